package vn.qcdc.flow.dialogue;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.cycle.CycleStarted;
import vn.qcdc.flow.engine.AsTheApplication;

/** Starts the year's regular dialogues (II.4.b, qcdc.dialogue.regular-dates) with the cycle. */
@Component
public class RegularDialogues {

  private final DialogueService dialogues;
  private final DialogueRepository records;
  private final IdentityService identity;

  public RegularDialogues(DialogueService dialogues, DialogueRepository records,
      @Lazy IdentityService identity) {
    this.dialogues = dialogues;
    this.records = records;
    this.identity = identity;
  }

  @EventListener
  @Order(2)
  public void on(CycleStarted started) {
    AsTheApplication.run(identity, () -> {
      if (!records.existsByYearAndUnionRequestFalse(started.year())) {
        dialogues.startRegular(started.year());
      }
    });
  }
}
