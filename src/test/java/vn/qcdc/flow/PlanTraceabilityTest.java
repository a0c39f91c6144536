package vn.qcdc.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/** Every clause of the plan is carried by some deployed model element; none is pending. */
@SpringBootTest
@ActiveProfiles("test")
class PlanTraceabilityTest {

  private static final Pattern CLAUSE = Pattern.compile(
      "(?<![\\w.])(I{1,3}\\.\\d(?:\\.[a-d])?|Nơi nhận)(?![\\w.])");

  @Autowired
  RepositoryService repository;

  @Autowired
  vn.qcdc.flow.organisation.Roles roles;

  static List<String> planClauses() throws IOException {
    String text = new ClassPathResource("plan/clauses.tsv").getContentAsString(
        StandardCharsets.UTF_8);
    return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t")[0]).toList();
  }

  Set<String> carriedClauses() {
    return carriedClauses(null);
  }

  /** The clauses named by the latest version of one process, or of all when key is null. */
  Set<String> carriedClauses(String key) {
    Set<String> found = new LinkedHashSet<>();
    var query = repository.createProcessDefinitionQuery().latestVersion();
    if (key != null) {
      query.processDefinitionKey(key);
    }
    for (ProcessDefinition definition : query.list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (Documentation doc : model.getModelElementsByType(Documentation.class)) {
        Matcher m = CLAUSE.matcher(doc.getTextContent());
        while (m.find()) {
          found.add(m.group(1));
        }
      }
    }
    return found;
  }

  @Test
  void everyClauseIsCarriedByADeployedElement() throws IOException {
    List<String> clauses = planClauses();
    assertThat(clauses).hasSize(22).contains("II.1.a", "III.4", "Nơi nhận");
    Set<String> carried = carriedClauses();
    List<String> missing = clauses.stream().filter(c -> !carried.contains(c)).toList();
    assertThat(missing).as("clauses no deployed element names").isEmpty();
    // Nothing cites a clause the plan does not have (a section such as II.1 is fine).
    assertThat(carried).allSatisfy(c -> assertThat(clauses)
        .anySatisfy(k -> assertThat(k.equals(c) || k.startsWith(c + ".")).isTrue()));
  }

  @Test
  void theYearRoundClausesAreCarriedByTheirOwnProcesses() {
    assertThat(carriedClauses("qcdc-monthly-key-tasks")).contains("II.2.b", "III.2");
    assertThat(carriedClauses("qcdc-complaint")).contains("II.3.c", "II.5.b");
    assertThat(carriedClauses("qcdc-disclosure")).contains("II.3.d", "II.5.b");
    assertThat(carriedClauses("qcdc-dialogue")).contains("II.4.b", "I.2");
    // Issue 18: dissemination through the year, meeting by meeting, outside the annual cycle.
    assertThat(carriedClauses("qcdc-dissemination-session")).contains("II.1.c", "III.1");
    // The board's election is recorded by the conference, its state reported in the reviews.
    assertThat(carriedClauses("qcdc-conference")).contains("II.5.b");
    assertThat(carriedClauses("qcdc-review")).contains("II.3.a");
  }

  /**
   * The clauses the plan gives to named people (clauses.tsv, third column) are carried by a
   * user task offered to each of those groups, not only named somewhere.
   */
  @Test
  void theClausesThePlanGivesToNamedPeopleAreTheirTasks() throws IOException {
    String text = new ClassPathResource("plan/clauses.tsv").getContentAsString(
        StandardCharsets.UTF_8);
    Map<String, List<String>> owners = new java.util.LinkedHashMap<>();
    text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
        .filter(c -> c.length > 2).forEach(c -> owners.put(c[0], List.of(c[2].split(","))));
    assertThat(owners).containsKeys("I.2", "II.5.a", "III.3", "II.3.a");
    Map<String, Set<String>> groupsByClause = new java.util.HashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion()
        .list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        // The models name roles (${roles.leadership}): the groups are the roles' groups.
        String groups = task.getCamundaCandidateGroups();
        if (groups == null) {
          continue;
        }
        groups = java.util.regex.Pattern.compile("\\$\\{roles\\.(\\w+)}").matcher(groups)
            .replaceAll(m -> new org.springframework.beans.BeanWrapperImpl(roles)
                .getPropertyValue(m.group(1)).toString());
        if (groups.contains("${")) {
          continue;
        }
        for (Documentation doc : task.getDocumentations()) {
          Matcher m = CLAUSE.matcher(doc.getTextContent());
          while (m.find()) {
            groupsByClause.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>())
                .addAll(List.of(groups.split(",")));
          }
        }
      }
    }
    owners.forEach((clause, groups) -> assertThat(groupsByClause.getOrDefault(clause, Set.of()))
        .as("groups of the user tasks that carry " + clause).containsAll(groups));
    // III.3: the inspection goes to the member the committee names.
    BpmnModelInstance review = repository.getBpmnModelInstance(repository
        .createProcessDefinitionQuery().processDefinitionKey("qcdc-review").latestVersion()
        .singleResult().getId());
    UserTask inspect = review.getModelElementById("InspectUnit");
    assertThat(inspect.getCamundaAssignee()).isEqualTo("${inspectionTeams.inspectorOf(execution)}");
  }
}
