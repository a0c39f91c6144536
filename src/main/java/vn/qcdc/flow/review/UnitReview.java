package vn.qcdc.flow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A unit's six-month or year-end review of its QCDC work (III.3, II.5.a, II.5.b). */
@Entity
@Table(name = "qcdc_unit_review")
public class UnitReview {

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private String period;
  @Column(name = "unit_code")
  private String unitCode;
  @Column(name = "unit_kind")
  private String unitKind;
  @Column(name = "dissemination_sessions")
  int disseminationSessions;
  int participants;
  @Column(name = "proposals_received")
  int proposalsReceived;
  @Column(name = "proposals_answered")
  int proposalsAnswered;
  @Column(name = "key_tasks_result")
  String keyTasksResult;
  String strengths;
  String shortcomings;
  String causes;
  String recommendations;
  @Column(name = "propaganda_activities")
  Integer propagandaActivities;
  @Column(name = "supervisions_held")
  Integer supervisionsHeld;
  @Column(name = "sentiment_report")
  String sentimentReport;
  @Column(name = "admin_supervision")
  String adminSupervision;
  @Column(name = "finance_supervision")
  String financeSupervision;
  @Column(name = "due_date")
  private LocalDate dueDate;
  private boolean late;
  @Column(name = "submitted_by")
  private String submittedBy;
  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected UnitReview() {
  }

  UnitReview(int year, Period period, String unitCode, String unitKind) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.period = period.name();
    this.unitCode = unitCode;
    this.unitKind = unitKind;
  }

  void submitted(String by, Instant at, LocalDate dueDate, boolean late) {
    this.submittedBy = by;
    this.submittedAt = at;
    this.dueDate = dueDate;
    this.late = late;
  }

  public int getYear() {
    return year;
  }

  public String getPeriod() {
    return period;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getUnitKind() {
    return unitKind;
  }

  public int getDisseminationSessions() {
    return disseminationSessions;
  }

  public int getParticipants() {
    return participants;
  }

  public int getProposalsReceived() {
    return proposalsReceived;
  }

  public int getProposalsAnswered() {
    return proposalsAnswered;
  }

  public String getStrengths() {
    return strengths;
  }

  public String getShortcomings() {
    return shortcomings;
  }

  public Integer getSupervisionsHeld() {
    return supervisionsHeld;
  }

  public String getSentimentReport() {
    return sentimentReport;
  }

  public boolean isLate() {
    return late;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }
}
