package vn.qcdc.flow.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A unit's proposal (kiến nghị) to the officials' conference, and leadership's answer. */
@Entity
@Table(name = "qcdc_proposal")
public class Proposal {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  @Column(name = "unit_code")
  private String unitCode;
  private int seq;
  private String content;
  @Column(name = "submitted_by")
  private String submittedBy;
  @Column(name = "submitted_at")
  private Instant submittedAt;
  @Column(name = "answer_kind")
  private String answerKind;
  private String answer;
  @Column(name = "answered_by")
  private String answeredBy;
  @Column(name = "answered_at")
  private Instant answeredAt;

  protected Proposal() {
  }

  Proposal(int year, String unitCode, int seq, String content, String by, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.unitCode = unitCode;
    this.seq = seq;
    this.content = content;
    this.submittedBy = by;
    this.submittedAt = at;
  }

  void answer(String kind, String text, String by, Instant at) {
    this.answerKind = kind;
    this.answer = text;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  public String getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public int getSeq() {
    return seq;
  }

  public String getContent() {
    return content;
  }

  public String getAnswerKind() {
    return answerKind;
  }

  public String getAnswer() {
    return answer;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public String getAgency() {
    return agency;
  }
}
