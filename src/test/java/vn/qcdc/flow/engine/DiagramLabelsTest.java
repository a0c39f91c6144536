package vn.qcdc.flow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/**
 * No diagram shows a raw expression: every element name of every model is plain text, and a
 * user task whose instances are named from data carries the expression in its {@code taskName}
 * property (DynamicTaskNames), which must name a real expression.
 */
class DiagramLabelsTest {

  @Test
  void noElementNameHoldsAnExpressionAndDynamicNamesAreProperties() throws IOException {
    List<String> raw = new ArrayList<>();
    int dynamic = 0;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (BaseElement e : model.getModelElementsByType(BaseElement.class)) {
          String name = e.getAttributeValue("name");
          if (name != null && (name.contains("${") || name.contains("#{"))) {
            raw.add(file.getFileName() + ": " + e.getId() + " = " + name);
          }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          for (CamundaProperty p : model.getModelElementsByType(CamundaProperty.class)) {
            if (p.getParentElement().getParentElement().getParentElement() == task
                && DynamicTaskNames.PROPERTY.equals(p.getCamundaName())) {
              assertThat(p.getCamundaValue()).as(task.getId()).contains("${");
              assertThat(task.getName()).as(task.getId()).isNotBlank();
              dynamic++;
            }
          }
        }
      }
    }
    assertThat(raw).isEmpty();
    // every user task named from data (issue 18 added two; issue 16 four: the bloc receipt and
    // the return's revision, approval and submission)
    assertThat(dynamic).isEqualTo(43);
  }
}
