package vn.qcdc.flow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 6: what people read in Tasklist is written for them. No form text, label,
 * description or option label carries an internal code (XUAT_SAC), an API path, a raw address
 * (also one filled in from a variable, {{...Url}}) or an HTTP verb; a value such as {{year}}
 * reads as what it is; links are written as Vietnamese words; no element name or dynamic task name
 * says how the machine works ("bảng quyết định", "văn bản Word").
 */
class TextForPeopleTest {

  /** An internal code: upper-case words joined by underscores. */
  private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
  /** Technical text a reader should never see. */
  private static final Pattern TECHNICAL = Pattern.compile(
      "/api|https?://|\\bPOST\\b|\\bGET\\b|\\{\\{[^}]*(?i:url|path|link)[^}]*}}"
          + "|bảng quyết định|\\(văn bản Word\\)|\\bDMN\\b|\\bBPMN\\b|\\bnull\\b|\\bJSON\\b",
      Pattern.CASE_INSENSITIVE);
  /** The target of a Markdown link, which the reader does not see. */
  private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");

  @Test
  void everyFormReadsAsVietnameseForPeople() throws IOException {
    List<String> found = new ArrayList<>();
    int read = 0;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = new ObjectMapper().readTree(file.toFile());
        for (JsonNode component : form.get("components")) {
          for (String field : List.of("text", "label", "description", "dateLabel")) {
            JsonNode value = component.get(field);
            if (value != null) {
              read++;
              check(file + "#" + component.get("id").asText() + "." + field,
                  LINK_TARGET.matcher(value.asText()).replaceAll("]"), found);
            }
          }
          JsonNode values = component.get("values");
          if (values != null) {
            for (JsonNode option : values) {
              read++;
              check(file + "#" + component.get("id").asText() + " option",
                  option.get("label").asText(), found);
            }
          }
        }
      }
    }
    assertThat(read).isGreaterThan(300);
    assertThat(found).isEmpty();
  }

  @Test
  void everyElementAndTaskNameReadsAsVietnameseForPeople() throws IOException {
    List<String> found = new ArrayList<>();
    int read = 0;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (BaseElement e : model.getModelElementsByType(BaseElement.class)) {
          String name = e.getAttributeValue("name");
          if (name != null) {
            read++;
            check(file + "#" + e.getId(), name, found);
          }
        }
        for (CamundaProperty p : model.getModelElementsByType(CamundaProperty.class)) {
          if (DynamicTaskNames.PROPERTY.equals(p.getCamundaName())) {
            read++;
            // The expressions are replaced by data before anyone reads the name.
            check(file + " taskName", p.getCamundaValue().replaceAll("\\$\\{[^}]*}", "x"),
                found);
          }
        }
      }
    }
    assertThat(read).isGreaterThan(150);
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckCatchesWhatTheIssueFound() {
    List<String> found = new ArrayList<>();
    check("a", "Mức (XUAT_SAC, TOT)", found);
    check("b", "Phân loại đơn (bảng quyết định)", found);
    check("c", "Gửi POST /api/reports/{năm}/{kỳ}/document", found);
    check("d", "Tải về: {{reportDownloadUrl}}", found);
    check("e", LINK_TARGET.matcher("[Tải bản Word]({{reportDownloadUrl}})").replaceAll("]"),
        found);
    assertThat(found).hasSize(4);
  }

  private static void check(String where, String text, List<String> found) {
    if (CODE.matcher(text).find() || TECHNICAL.matcher(text).find()) {
      found.add(where + ": " + text);
    }
  }
}
