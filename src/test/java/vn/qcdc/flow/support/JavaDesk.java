package vn.qcdc.flow.support;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import vn.qcdc.flow.cycle.CycleService;

/** Acts through the engine's Java API, as Tasklist does on the server side. */
public class JavaDesk implements Desk {

  private final ProcessEngine engine;
  private final CycleService cycles;

  public JavaDesk(ProcessEngine engine, CycleService cycles) {
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
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(taskId, user);
      }
      engine.getFormService().submitTaskForm(taskId, values);
      return null;
    });
  }

  private <T> T as(String user, java.util.function.Supplier<T> action) {
    // As Tasklist does: the user with their groups, so authorizations apply.
    Logins.login(engine, user);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
