package vn.qcdc.flow.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.emulation.EmulationRatingRepository;
import vn.qcdc.flow.keytasks.KeyTaskService;
import vn.qcdc.flow.reporting.ConsolidatedReportRepository;
import vn.qcdc.flow.support.YearDriver;

/**
 * A year started on each released version, upgraded in January to the current code and
 * models, and finished: either staying on the released models (the rule: compatibility) or
 * migrated to the current ones ({@link ModelMigration}, the exception). Subclasses pick the
 * database.
 *
 * <p>The upgrade is what a new release does to a running node: the application deploys its
 * models as a new version, and the engine parses the released definitions again with the new
 * code's parse listeners (here by emptying its deployment cache, as a restart would).
 */
@SpringBootTest
abstract class UpgradeScenarios {

  /**
   * The year each release's scenarios run in: one the working calendar knows (complaint
   * deadlines), and used by no other test of the same application context.
   */
  static final Map<String, int[]> YEARS = Map.of("1.0.0", new int[] {2025, 2026},
      "1.1.0", new int[] {2027, 2030}, "1.2.0", new int[] {2042, 2044},
      "1.3.0", new int[] {2046, 2048}, "1.4.0", new int[] {2050, 2052});

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  KeyTaskService keyTasks;
  @Autowired
  ConsolidatedReportRepository reports;
  @Autowired
  EmulationRatingRepository ratings;
  @Autowired
  vn.qcdc.flow.upgrade.ModelMigration migration;

  static Stream<String> releases() {
    return ReleasedVersion.all().stream().map(v -> v.version);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "released {0}: the year stays on its models")
  @MethodSource("releases")
  void aYearStartedOnAReleaseFinishesOnItsModelsWithTheCurrentCode(String version) {
    ReleasedYear year = january(version, 0);
    String current = upgrade();

    year.workToTheEnd();

    assertTheYearEnded(year);
    // The released models carried the rest of what they had started ...
    assertThat(year.releasedTasksAfterUpgrade).containsKeys("RecordDissemination",
        "SubmitProposals", "AnswerProposal", "RecordConference", "IssueWorkPlan",
        "ApproveDisclosure", "ResolveCase", "SuperviseCase", "ProposeDialogueTopics",
        "HoldDialogue", "CompleteDialogueAction", "SetMonthlyKeyTasks", "ReportKeyTasks",
        "ConfirmRating");
    assertThat(year.releasedTasksAfterUpgrade.get("RecordDissemination")).isEqualTo(4);
    assertThat(definitionsOf(year, "qcdc-annual-cycle", "qcdc-dissemination", "qcdc-conference",
        "qcdc-complaint", "qcdc-disclosure", "qcdc-monthly-key-tasks"))
        .allSatisfy(d -> assertThat(d.getDeploymentId()).as(d.getKey())
            .isNotEqualTo(current));
    // ... and what started after the upgrade ran on the current models.
    assertThat(definitionsOf(year, "qcdc-review")).hasSize(1)
        .allSatisfy(d -> assertThat(d.getDeploymentId()).isEqualTo(current));
    assertThat(year.currentTasks).containsKeys("FileUnitReview", "InspectUnit", "SubmitReport");
  }

  @ParameterizedTest(name = "released {0}: the year is migrated to the current models")
  @MethodSource("releases")
  void aYearStartedOnAReleaseIsMigratedToTheCurrentModelsAndFinishes(String version) {
    ReleasedYear year = january(version, 1);
    String current = upgrade();

    // Every kind of wait state the year is in: call activities, parallel multi-instance
    // tasks and their boundary timers, single tasks, intermediate timers, event subprocesses.
    Map<String, Map<Integer, Long>> before = migration.runningVersions();
    int migratedVersions = 0;
    for (var byKey : before.entrySet()) {
      for (var version2 : byKey.getValue().entrySet()) {
        if (!isCurrent(byKey.getKey(), version2.getKey(), current)) {
          ModelMigration.Result dry = migration.migrate(byKey.getKey(), version2.getKey(),
              Map.of(), true);
          assertThat(dry.problems()).as("dry run of " + byKey.getKey()).isEmpty();
          assertThat(dry.migrated()).isFalse();
          ModelMigration.Result done = migration.migrate(byKey.getKey(), version2.getKey(),
              Map.of(), false);
          assertThat(done.problems()).as(byKey.getKey()).isEmpty();
          assertThat(done.migrated()).isTrue();
          migratedVersions++;
        }
      }
    }
    assertThat(migratedVersions).as("released versions migrated").isGreaterThanOrEqualTo(6);
    assertThat(year.running()).allSatisfy(pi -> assertThat(engine.getRepositoryService()
        .getProcessDefinition(pi.getProcessDefinitionId()).getDeploymentId())
        .as(pi.getBusinessKey()).isEqualTo(current));

    year.workToTheEnd();

    assertTheYearEnded(year);
    assertThat(year.releasedTasksAfterUpgrade).as("released tasks after migration").isEmpty();
    assertThat(year.currentTasks).containsKeys("RecordDissemination", "ApproveDisclosure",
        "ResolveCase", "HoldDialogue", "ReportKeyTasks", "ConfirmRating", "SubmitReport");
  }

  private ReleasedYear january(String version, int which) {
    int[] years = YEARS.get(version);
    assertThat(years).as("a year for released " + version + " in UpgradeScenarios.YEARS")
        .isNotNull();
    ReleasedVersion release = ReleasedVersion.named(version);
    String deployment = release.deploy(engine, "qcdc-flow " + version + " (released)");
    ReleasedYear year = new ReleasedYear(engine, cycles, release, deployment, years[which]);
    year.januaryOnTheRelease(keyTasks);
    // The state the upgrade meets: the cycle in dissemination and the conference, four units
    // still to disseminate, proposals pending, a complaint accepted, a disclosure in review.
    assertThat(year.open("RecordDissemination")).hasSize(4);
    assertThat(year.open("SubmitProposals")).hasSize(4);
    assertThat(year.open("ResolveCase")).hasSize(1);
    assertThat(year.open("ApproveDisclosure")).hasSize(1);
    assertThat(year.open("ProposeDialogueTopics")).isNotEmpty();
    assertThat(year.running()).allSatisfy(pi -> assertThat(engine.getRepositoryService()
        .getProcessDefinition(pi.getProcessDefinitionId()).getDeploymentId())
        .as(pi.getBusinessKey() + " runs on released " + version).isEqualTo(deployment));
    year.upgraded();
    return year;
  }

  /** Deploys this build's models as the next version and drops the parsed definitions. */
  private String upgrade() {
    String id = ReleasedVersion.current().deploy(engine, "qcdc-flow");
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getDeploymentCache().discardProcessDefinitionCache();
    configuration.getDeploymentCache().discardDecisionDefinitionCache();
    return id;
  }

  private boolean isCurrent(String key, int version, String currentDeployment) {
    ProcessDefinition d = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(key).processDefinitionVersion(version).singleResult();
    return d.getDeploymentId().equals(currentDeployment);
  }

  private void assertTheYearEnded(ReleasedYear year) {
    assertThat(year.running()).as("processes of " + year.year + " still running").isEmpty();
    List<HistoricProcessInstance> history = historyOf(year);
    assertThat(history).extracting(HistoricProcessInstance::getState).containsOnly("COMPLETED");
    assertThat(engine.getHistoryService().createHistoricIncidentQuery().list().stream()
        .filter(i -> history.stream().anyMatch(h -> h.getId().equals(i.getProcessInstanceId()))))
        .as("incidents").isEmpty();
    assertThat(reports.findByYearAndPeriod(year.year, "H1")).get()
        .satisfies(r -> assertThat(r.getStatus()).isEqualTo("SUBMITTED"));
    assertThat(reports.findByYearAndPeriod(year.year, "YEAR")).get()
        .satisfies(r -> assertThat(r.getStatus()).isEqualTo("SUBMITTED"));
    assertThat(ratings.findByYear(year.year)).hasSize(YearDriver.RATED_UNITS.size());
  }

  private List<HistoricProcessInstance> historyOf(ReleasedYear year) {
    return year.prefixes().stream().flatMap(like -> engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(like).list()
        .stream()).toList();
  }

  private Set<ProcessDefinition> definitionsOf(ReleasedYear year, String... keys) {
    Set<String> wanted = Set.of(keys);
    return historyOf(year).stream().filter(h -> wanted.contains(h.getProcessDefinitionKey()))
        .map(h -> engine.getRepositoryService().getProcessDefinition(h.getProcessDefinitionId()))
        .collect(Collectors.toSet());
  }
}
