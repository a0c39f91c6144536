package vn.qcdc.flow.production;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.year.JavaHand.Memberships;

/**
 * The year of {@link AgencyYear} driven through the engine's Java API, inside a node (the
 * {@code /test/java-year} hook of {@link NodeHooks}): the same engine, models, beans and
 * database as the REST driver, without HTTP, JSON and the per-request authentication.
 *
 * <p>Each call runs as its user with the user's groups and tenants set on the
 * {@link IdentityService}, as Tasklist does from its session: looked up once per user (at
 * "log-in"), where REST's HTTP basic filter checks the password and looks them up on every
 * request. Authorization stays on. The cycle is started through the application's
 * {@link CycleService}, as /api/cycles does; the clock is the node's {@code /test/clock}.
 */
final class JavaApiYear extends AgencyYear {

  private final ProcessEngine engine;
  private final CycleService cycles;
  private final Map<String, Memberships> logins = new HashMap<>();

  JavaApiYear(ProcessEngine engine, CycleService cycles, int year) {
    super(year);
    this.engine = engine;
    this.cycles = cycles;
  }

  @Override
  void moveClock(String localDateTime) {
    NodeHooks.TestClock.set(localDateTime);
  }

  @Override
  void startCycle(String user) {
    as(user, () -> cycles.start(year));
  }

  @Override
  List<String> openTaskIds(String key) {
    return as(READER, () -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(businessKey()).taskDefinitionKey(key)
        .orderByTaskId().asc().list().stream().map(Task::getId).toList());
  }

  @Override
  String candidateGroup(String taskId) {
    return as(READER, () -> {
      for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(taskId)) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          return link.getGroupId();
        }
      }
      throw new AssertionError("Task " + taskId + " has no candidate group");
    });
  }

  @Override
  Object taskVariable(String taskId, String name) {
    return as(READER, () -> engine.getTaskService().getVariable(taskId, name));
  }

  @Override
  Map<String, Object> taskLocalVariables(String taskId) {
    return as(READER, () -> new LinkedHashMap<>(
        engine.getTaskService().getVariablesLocal(taskId)));
  }

  /** Claim and submit as REST's driver does, with the same retry when a job raced it. */
  @Override
  void submitAs(String taskId, String user, Map<String, Object> values) {
    as(user, () -> {
      try {
        engine.getTaskService().claim(taskId, user);
      } catch (TaskAlreadyClaimedException e) {
        if (!user.equals(e.getTaskAssignee())) {
          throw e;
        }
      }
      for (int attempt = 0; ; attempt++) {
        try {
          engine.getFormService().submitTaskForm(taskId, values);
          return null;
        } catch (OptimisticLockingException e) {
          if (attempt == 4) {
            throw e;
          }
          AppNode.sleep(100L * (attempt + 1)); // a job touched the same process: send again
        }
      }
    });
  }

  @Override
  boolean cycleFinished() {
    return as(READER, () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CycleService.PROCESS_KEY).processInstanceBusinessKey(businessKey())
        .finished().count() == 1);
  }

  @Override
  String firstMember(String group) {
    return as(READER, () -> engine.getIdentityService().createUserQuery().memberOfGroup(group)
        .orderByUserId().asc().listPage(0, 1).stream().map(u -> u.getId()).findFirst()
        .orElse(null));
  }

  private <T> T as(String user, Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    logins.computeIfAbsent(user, u -> Memberships.of(identity, u)).authenticate(identity, user);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
