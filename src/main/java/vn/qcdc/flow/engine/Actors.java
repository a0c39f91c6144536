package vn.qcdc.flow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did a step: the authenticated user, else the task's assignee. */
public final class Actors {

  private Actors() {
  }

  /** The user the engine acts for now (a start form's starter), or null. */
  public static String current(org.camunda.bpm.engine.IdentityService identity) {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  public static String of(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task.getAssignee();
  }
}
