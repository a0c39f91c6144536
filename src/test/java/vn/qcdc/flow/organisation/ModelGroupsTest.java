package vn.qcdc.flow.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every candidate group of every current model is a role of the organisation
 * ({@code ${roles.leadership}}, several joined by commas) or the unit an instance works for
 * ({@code ${unitCode}}, {@code ${handlingUnit}}), never a literal group id; no current model
 * names starter groups (Camunda would take an expression there as a group id: organisation/Roles
 * says who starts what). Every bean a model calls is called one way: a delegate expression. The
 * released models keep their literals, and those group ids stay required of every organisation
 * file (Roles.RELEASED_GROUPS).
 */
class ModelGroupsTest {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final Pattern ROLE = Pattern.compile("\\$\\{roles\\.(\\w+)}");
  /** The variables that name the unit an instance works for, set by the start listeners. */
  /** The unit a task is about, or (qcdc-bloc-receipt) the bloc body's group, qcdc.bloc. */
  static final Set<String> UNIT_VARIABLES = Set.of("${unitCode}", "${handlingUnit}",
      "${blocBodyGroup}");

  static List<Path> models(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  @Test
  void currentModelsOfferTasksToRolesOrTheirUnitNeverToALiteralGroup() throws IOException {
    Set<String> roleNames = Arrays.stream(beanProperties()).collect(Collectors.toSet());
    List<String> wrong = new ArrayList<>();
    int roleEntries = 0;
    List<Path> models = models(Path.of("processes"));
    assertThat(models).hasSizeGreaterThanOrEqualTo(8);
    for (Path file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String groups = task.getCamundaCandidateGroups();
        if (groups == null) {
          wrong.add(file.getFileName() + "#" + task.getId() + ": offered to no group");
          continue;
        }
        for (String entry : groups.split(",")) {
          String e = entry.strip();
          Matcher role = ROLE.matcher(e);
          if (role.matches()) {
            roleEntries++;
            if (!roleNames.contains(role.group(1))) {
              wrong.add(file.getFileName() + "#" + task.getId() + ": no role " + role.group(1));
            }
          } else if (!UNIT_VARIABLES.contains(e)) {
            wrong.add(file.getFileName() + "#" + task.getId() + ": " + e);
          }
        }
        if (task.getCamundaCandidateUsers() != null) {
          wrong.add(file.getFileName() + "#" + task.getId() + ": candidate users");
        }
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.getCamundaCandidateStarterGroups() != null
            || process.getCamundaCandidateStarterUsers() != null) {
          wrong.add(file.getFileName() + "#" + process.getId() + ": starter groups or users");
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(roleEntries).isGreaterThanOrEqualTo(25);
  }

  @Test
  void currentModelsCallBeansOnlyByDelegateExpression() throws IOException {
    List<String> other = new ArrayList<>();
    int delegates = 0;
    for (Path file : models(Path.of("processes"))) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (BaseElement e : model.getModelElementsByType(BaseElement.class)) {
        if (e.getAttributeValueNs(CAMUNDA, "class") != null
            || e.getAttributeValueNs(CAMUNDA, "expression") != null) {
          other.add(file.getFileName() + "#" + e.getId());
        }
        if (e.getAttributeValueNs(CAMUNDA, "delegateExpression") != null) {
          delegates++;
        }
      }
      // Listeners are not BaseElements: read them from the XML.
      String xml = Files.readString(file);
      Matcher listener = Pattern.compile("<camunda:(?:task|execution)Listener\\b[^>]*>")
          .matcher(xml);
      while (listener.find()) {
        if (listener.group().contains("delegateExpression=")) {
          delegates++;
        } else {
          other.add(file.getFileName() + ": " + listener.group());
        }
      }
    }
    assertThat(other).isEmpty();
    assertThat(delegates).isGreaterThanOrEqualTo(60);
  }

  @Test
  void theGroupsReleasedModelsNameLiterallyStayRequired() throws IOException {
    Set<String> literal = new TreeSet<>();
    for (Path file : models(Path.of("src/test/resources/released"))) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String groups = task.getCamundaCandidateGroups();
        if (groups != null) {
          Arrays.stream(groups.split(",")).map(String::strip).filter(g -> !g.contains("{"))
              .forEach(literal::add);
        }
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.getCamundaCandidateStarterGroups() != null) {
          Arrays.stream(process.getCamundaCandidateStarterGroups().split(","))
              .map(String::strip).forEach(literal::add);
        }
      }
    }
    assertThat(literal).containsExactlyInAnyOrderElementsOf(Roles.RELEASED_GROUPS);
  }

  static String[] beanProperties() {
    try {
      return Arrays.stream(Introspector.getBeanInfo(Roles.class, Object.class)
          .getPropertyDescriptors()).filter(p -> p.getReadMethod() != null)
          .map(PropertyDescriptor::getName).toArray(String[]::new);
    } catch (java.beans.IntrospectionException e) {
      throw new IllegalStateException(e);
    }
  }
}
