package vn.qcdc.flow.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up action of a dialogue, assigned to a unit with a due date (II.4.b). */
@Entity
@Table(name = "qcdc_dialogue_action")
public class DialogueAction {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "dialogue_id")
  private String dialogueId;
  private int seq;
  @Column(name = "unit_code")
  private String unitCode;
  private String action;
  @Column(name = "due_date")
  private LocalDate dueDate;
  @Column(name = "done_on")
  private LocalDate doneOn;
  private String result;
  private boolean escalated;

  protected DialogueAction() {
  }

  DialogueAction(String dialogueId, int seq, String unitCode, String action, LocalDate dueDate) {
    this.id = UUID.randomUUID().toString();
    this.dialogueId = dialogueId;
    this.seq = seq;
    this.unitCode = unitCode;
    this.action = action;
    this.dueDate = dueDate;
  }

  void done(LocalDate on, String result) {
    this.doneOn = on;
    this.result = result;
  }

  void escalate() {
    this.escalated = true;
  }

  public String getId() {
    return id;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getAction() {
    return action;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public boolean isEscalated() {
    return escalated;
  }

  public String getAgency() {
    return agency;
  }
}
