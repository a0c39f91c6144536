package vn.qcdc.flow.upgrade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.engine.InputRefusedException;

/**
 * Moves the running instances of an older version of a process to the latest version, for the
 * rare release whose models cannot keep serving instances started on the previous ones (see
 * docs/upgrading.md: compatibility is the rule, migration the exception).
 *
 * <p>The plan maps every activity that keeps its id ({@code mapEqualActivities}, which also
 * maps multi-instance bodies and keeps timers and boundary events by updating their triggers),
 * plus the activities the release renamed. The whole migration of one version is one engine
 * command: it moves every instance or, when one cannot move, none.
 */
@Service
public class ModelMigration {

  private final RepositoryService repository;
  private final RuntimeService runtime;

  public ModelMigration(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /** What a migration did, or would do when it is a dry run. */
  public record Result(String processKey, int fromVersion, int toVersion, long instances,
      List<String> instructions, List<String> problems, boolean migrated) {}

  /**
   * Migrates every running instance of {@code processKey} version {@code fromVersion} to the
   * latest version. {@code renamed} maps an activity id of the old version to its id in the
   * new one. A dry run validates the plan and the instances and changes nothing.
   */
  public Result migrate(String processKey, int fromVersion, Map<String, String> renamed,
      boolean dryRun) {
    ProcessDefinition source = repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).processDefinitionVersion(fromVersion).singleResult();
    if (source == null) {
      throw new InputRefusedException("Không có quy trình «" + processKey + "» phiên bản "
          + fromVersion + ".");
    }
    ProcessDefinition target = repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    if (target.getVersion() == fromVersion) {
      throw new InputRefusedException("Phiên bản " + fromVersion + " của «" + processKey
          + "» đã là phiên bản mới nhất: không có gì để chuyển.");
    }
    MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId())
        .mapEqualActivities().updateEventTriggers();
    var oldModel = repository.getBpmnModelInstance(source.getId());
    renamed.forEach((from, to) -> {
      var instruction = builder.mapActivities(from, to);
      // A renamed timer or catch event takes the new model's trigger; a task has none.
      if (oldModel.getModelElementById(from) instanceof CatchEvent) {
        instruction.updateEventTrigger();
      }
    });
    ProcessInstanceQuery instances = runtime.createProcessInstanceQuery()
        .processDefinitionId(source.getId());
    long count = instances.count();
    MigrationPlan plan;
    try {
      plan = builder.build();
    } catch (MigrationPlanValidationException e) {
      List<String> problems = new ArrayList<>();
      e.getValidationReport().getInstructionReports().forEach(r -> problems.add(
          describe(r.getMigrationInstruction()) + ": " + String.join("; ", r.getFailures())));
      return new Result(processKey, fromVersion, target.getVersion(), count, List.of(),
          problems, false);
    }
    List<String> instructions = plan.getInstructions().stream().map(ModelMigration::describe)
        .toList();
    if (dryRun || count == 0) {
      return new Result(processKey, fromVersion, target.getVersion(), count, instructions,
          List.of(), false);
    }
    try {
      runtime.newMigration(plan).processInstanceQuery(instances).execute();
    } catch (MigratingProcessInstanceValidationException e) {
      List<String> problems = new ArrayList<>();
      e.getValidationReport().getActivityInstanceReports().forEach(r -> problems.add(
          "hoạt động " + r.getSourceScopeId() + ": " + String.join("; ", r.getFailures())));
      e.getValidationReport().getTransitionInstanceReports().forEach(r -> problems.add(
          "chuyển tiếp " + r.getSourceScopeId() + ": " + String.join("; ", r.getFailures())));
      problems.addAll(e.getValidationReport().getFailures());
      return new Result(processKey, fromVersion, target.getVersion(), count, instructions,
          problems, false);
    }
    return new Result(processKey, fromVersion, target.getVersion(), count, instructions,
        List.of(), true);
  }

  /** Every QCDC process key with the versions that still have running instances. */
  public Map<String, Map<Integer, Long>> runningVersions() {
    Map<String, Map<Integer, Long>> found = new LinkedHashMap<>();
    for (ProcessDefinition d : repository.createProcessDefinitionQuery()
        .processDefinitionKeyLike("qcdc-%").orderByProcessDefinitionKey().asc()
        .orderByProcessDefinitionVersion().asc().list()) {
      long running = runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count();
      if (running > 0) {
        found.computeIfAbsent(d.getKey(), k -> new LinkedHashMap<>()).put(d.getVersion(), running);
      }
    }
    return found;
  }

  private static String describe(MigrationInstruction instruction) {
    return instruction.getSourceActivityId() + " -> " + instruction.getTargetActivityId();
  }
}
