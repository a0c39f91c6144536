package vn.qcdc.flow.keytasks;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.conference.WorkPlanIssued;
import vn.qcdc.flow.engine.AsTheApplication;

/** Starts the monthly key-task process (II.2.b) when the conference's work plan is issued. */
@Component
public class KeyTasksOnWorkPlan {

  private final KeyTaskService keyTasks;
  private final IdentityService identity;

  public KeyTasksOnWorkPlan(KeyTaskService keyTasks, @Lazy IdentityService identity) {
    this.keyTasks = keyTasks;
    this.identity = identity;
  }

  @EventListener
  public void on(WorkPlanIssued issued) {
    AsTheApplication.run(identity, () -> keyTasks.start(issued.year()));
  }
}
