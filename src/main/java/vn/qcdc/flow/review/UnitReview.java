package vn.qcdc.flow.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** A unit's six-month or year-end review of its QCDC work (III.3, II.5.a, II.5.b). */
@Entity
@Table(name = "qcdc_unit_review")
public class UnitReview {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private String period;
  @Column(name = "unit_code")
  private String unitCode;
  @Column(name = "unit_kind")
  private String unitKind;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "qcdc_review_figure", joinColumns = @JoinColumn(name = "review_id"))
  @MapKeyColumn(name = "indicator")
  @MapKeyEnumerated(EnumType.STRING)
  private Map<Indicator, ReviewFigure> figures = new EnumMap<>(Indicator.class);
  @Column(name = "officials_listed")
  String officialsListed;
  @Column(name = "key_tasks_result")
  String keyTasksResult;
  String strengths;
  String shortcomings;
  String causes;
  String recommendations;
  @Column(name = "propaganda_activities")
  Integer propagandaActivities;
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

  void record(Indicator indicator, int value, Integer prefilled) {
    figures.put(indicator, new ReviewFigure(value, prefilled));
  }

  /** The filed figure of an indicator; 0 when this kind of unit does not report it. */
  public int figure(Indicator indicator) {
    ReviewFigure figure = figures.get(indicator);
    return figure == null ? 0 : figure.getValue();
  }

  public Map<Indicator, ReviewFigure> getFigures() {
    return Map.copyOf(figures);
  }

  public String getKeyTasksResult() {
    return keyTasksResult;
  }

  public String getCauses() {
    return causes;
  }

  public String getRecommendations() {
    return recommendations;
  }

  public Integer getPropagandaActivities() {
    return propagandaActivities;
  }

  public String getAdminSupervision() {
    return adminSupervision;
  }

  public String getFinanceSupervision() {
    return financeSupervision;
  }

  public String getOfficialsListed() {
    return officialsListed;
  }

  public java.time.Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getStrengths() {
    return strengths;
  }

  public String getShortcomings() {
    return shortcomings;
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

  public String getAgency() {
    return agency;
  }
}
