package vn.qcdc.flow.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.qcdc.flow.organisation.UnitKind;

/**
 * The Java indicators ({@link ReviewService#figuresFor}) and the review forms name the same
 * figures: every figure a kind of unit must report is a number field of its form with the
 * indicator's key and label, and the form has no other number field than those (and the union's
 * own count, which ReviewService reads by name). No Spring: the forms are read from the
 * classpath, the form of each kind from the review model.
 */
class ReviewFormFieldsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  /** Number fields that are not indicators: read by ReviewService under their own name. */
  static final Map<String, Set<String>> OWN_NUMBERS = Map.of(
      "review-union", Set.of("propagandaActivities"));

  static String read(String resource) throws Exception {
    try (InputStream in = ReviewFormFieldsTest.class.getClassLoader()
        .getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** key -> label of every number field, in the form's order. */
  static Map<String, String> numberFields(String formId) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    collect(JSON.readTree(read("forms/" + formId + ".form")).path("components"), out);
    return out;
  }

  static void collect(JsonNode components, Map<String, String> out) {
    for (JsonNode c : components) {
      if ("number".equals(c.path("type").asText())) {
        out.put(c.path("key").asText(), c.path("label").asText());
      }
      collect(c.path("components"), out);
    }
  }

  @Test
  void eachKindsFormHasExactlyItsIndicators() throws Exception {
    String model = read("processes/qcdc-review.bpmn");
    Map<UnitKind, String> formOf = Map.of(UnitKind.DEPARTMENT, "review-unit",
        UnitKind.CENTRE, "review-unit", UnitKind.UNION, "review-union",
        UnitKind.INSPECTION_BOARD, "review-inspection-board");
    List<String> checked = new ArrayList<>();
    for (var e : formOf.entrySet()) {
      String form = e.getValue();
      assertThat(model).as("the review model binds " + form)
          .contains("camunda:formRef=\"" + form + "\"");
      Map<String, String> numbers = numberFields(form);
      numbers.keySet().removeAll(OWN_NUMBERS.getOrDefault(form, Set.of()));
      Map<String, String> expected = new LinkedHashMap<>();
      for (Indicator i : ReviewService.figuresFor(e.getKey())) {
        expected.put(i.key(), i.label());
      }
      assertThat(expected).as(e.getKey() + " has figures").isNotEmpty();
      assertThat(numbers).as(form + " for " + e.getKey()).containsExactlyEntriesOf(expected);
      checked.add(form);
    }
    assertThat(checked).contains("review-unit", "review-union", "review-inspection-board");
  }

  @Test
  void kindsWithoutAReviewFormReportNoFigures() {
    for (UnitKind kind : UnitKind.values()) {
      if (!Set.of(UnitKind.DEPARTMENT, UnitKind.CENTRE, UnitKind.UNION,
          UnitKind.INSPECTION_BOARD).contains(kind)) {
        assertThat(ReviewService.figuresFor(kind)).as(kind.name()).isEmpty();
      }
    }
  }
}
