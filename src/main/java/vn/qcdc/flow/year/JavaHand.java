package vn.qcdc.flow.year;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import vn.qcdc.flow.cycle.CycleService;

/**
 * Acts through the engine's Java API as Tasklist does on the server side: each call as the
 * user with their groups and tenants set on the identity service, so authorizations apply; the
 * cycle is started through the application's {@link CycleService}, as /api/cycles does.
 */
public class JavaHand implements Hand {

  protected final ProcessEngine engine;
  private final CycleService cycles;

  public JavaHand(ProcessEngine engine, CycleService cycles) {
    this.engine = engine;
    this.cycles = cycles;
  }

  @Override
  public String startCycle(int year, String user) {
    return as(user, () -> cycles.start(year).getId());
  }

  @Override
  public void submit(String taskId, String user, Map<String, Object> values) {
    as(user, () -> {
      var task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      if (task != null && task.getAssignee() == null) {
        engine.getTaskService().claim(taskId, user);
      }
      engine.getFormService().submitTaskForm(taskId, values);
      return null;
    });
  }

  @Override
  public String startForm(String processKey, String user, Map<String, Object> values) {
    return as(user, () -> engine.getFormService().submitStartForm(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult().getId(), values).getId());
  }

  /** A user's groups and tenants, as Tasklist's session and the REST filter read them. */
  public record Memberships(List<String> groups, List<String> tenants) {

    public static Memberships of(IdentityService identity, String user) {
      return new Memberships(
          identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
              .toList(),
          identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
              .stream().map(Tenant::getId).toList());
    }

    /** Authenticates {@code user} on the identity service with these memberships. */
    public void authenticate(IdentityService identity, String user) {
      identity.setAuthentication(user, groups, tenants);
    }
  }

  /**
   * Runs the action as the user with their groups and tenants, as Tasklist's session does,
   * read afresh each time (the board's election changes a user's groups within the year).
   */
  public <T> T as(String user, Supplier<T> action) {
    var identity = engine.getIdentityService();
    Memberships.of(identity, user).authenticate(identity, user);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
