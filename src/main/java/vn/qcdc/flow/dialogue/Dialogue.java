package vn.qcdc.flow.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A democratic dialogue (II.4.b): why, the topics, when it was held, who came, the minutes. */
@Entity
@Table(name = "qcdc_dialogue")
public class Dialogue {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private int seq;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "union_request")
  private boolean unionRequest;
  @Column(name = "request_reason")
  private String requestReason;
  private String topics;
  @Column(name = "dialogue_date")
  private LocalDate dialogueDate;
  private Integer participants;
  @Column(name = "chaired_by")
  private String chairedBy;
  private String minutes;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "created_at")
  private Instant createdAt;

  protected Dialogue() {
  }

  Dialogue(int year, int seq, String processInstanceId, boolean unionRequest,
      String requestReason, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.seq = seq;
    this.processInstanceId = processInstanceId;
    this.unionRequest = unionRequest;
    this.requestReason = requestReason;
    this.createdAt = at;
  }

  void addTopics(String unitName, String text) {
    String line = unitName + ": " + text;
    this.topics = topics == null ? line : topics + "\n" + line;
  }

  void hold(LocalDate date, int participants, String chairedBy, String minutes, String by) {
    this.dialogueDate = date;
    this.participants = participants;
    this.chairedBy = chairedBy;
    this.minutes = minutes;
    this.recordedBy = by;
  }

  public String getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public int getSeq() {
    return seq;
  }

  public boolean isUnionRequest() {
    return unionRequest;
  }

  public String getTopics() {
    return topics;
  }

  public LocalDate getDialogueDate() {
    return dialogueDate;
  }

  public Integer getParticipants() {
    return participants;
  }

  public String getMinutes() {
    return minutes;
  }

  public String getAgency() {
    return agency;
  }
}
