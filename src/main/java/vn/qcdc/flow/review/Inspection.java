package vn.qcdc.flow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The steering committee's inspection of a unit in a review period (III.3). */
@Entity
@Table(name = "qcdc_inspection")
public class Inspection {

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private String period;
  @Column(name = "unit_code")
  private String unitCode;
  @Column(name = "inspection_date")
  private LocalDate inspectionDate;
  private String rating;
  @Column(name = "findings_count")
  private int findingsCount;
  private String findings;
  private String inspector;
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected Inspection() {
  }

  Inspection(int year, Period period, String unitCode, LocalDate date, String rating,
      int findingsCount, String findings, String inspector, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.period = period.name();
    this.unitCode = unitCode;
    this.inspectionDate = date;
    this.rating = rating;
    this.findingsCount = findingsCount;
    this.findings = findings;
    this.inspector = inspector;
    this.recordedAt = at;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public LocalDate getInspectionDate() {
    return inspectionDate;
  }

  public String getPeriod() {
    return period;
  }

  public String getRating() {
    return rating;
  }

  public int getFindingsCount() {
    return findingsCount;
  }
}
