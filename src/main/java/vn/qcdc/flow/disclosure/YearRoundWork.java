package vn.qcdc.flow.disclosure;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.dialogue.DialogueService;
import vn.qcdc.flow.keytasks.KeyTaskService;

/**
 * Starts the year-round work beside the annual cycle: the year's disclosures and regular
 * dialogues when the cycle starts, the monthly key tasks when the work plan is issued. Each
 * runs as its own process with its own business key, in the caller's transaction.
 */
@Component("yearRoundWork")
public class YearRoundWork {

  private final RuntimeService runtime;
  private final DialogueService dialogues;
  private final KeyTaskService keyTasks;
  private final IdentityService identity;

  public YearRoundWork(@Lazy RuntimeService runtime, DialogueService dialogues,
      KeyTaskService keyTasks, @Lazy IdentityService identity) {
    this.identity = identity;
    this.runtime = runtime;
    this.dialogues = dialogues;
    this.keyTasks = keyTasks;
  }

  public static String disclosureKey(int year) {
    return "QCDC-" + year + "-CK";
  }

  /** Called by the cycle's start listener. */
  public void cycleStarted(int year) {
    asTheApplication(() -> {
      if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(disclosureKey(year))
          .count() == 0) {
        runtime.createProcessInstanceByKey(DisclosureService.PROCESS_KEY)
            .businessKey(disclosureKey(year)).setVariable("year", year).execute();
        dialogues.startRegular(year);
      }
    });
  }

  /** Called when the conference's work plan is issued. */
  public void workPlanIssued(int year) {
    asTheApplication(() -> keyTasks.start(year));
  }

  /**
   * These processes are started by the application, not by the user who started the cycle
   * or issued the plan: with authorizations on, that user needs no right to start them.
   */
  private void asTheApplication(Runnable start) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      start.run();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
