package vn.qcdc.flow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The steering committee's inspection of a unit in a review period (III.3). */
@Entity
@Table(name = "qcdc_inspection")
public class Inspection {

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
  @Column(name = "inspection_date")
  private LocalDate inspectionDate;
  private String rating;
  @Column(name = "findings_count")
  private int findingsCount;
  private String findings;
  private String inspector;
  @Column(name = "assigned_inspector")
  private String assignedInspector;
  @Column(name = "union_representative")
  private String unionRepresentative;
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

  /** The member the steering committee named and the union's representative, if any. */
  Inspection namedBy(String assignedInspector, String unionRepresentative) {
    this.assignedInspector = assignedInspector;
    this.unionRepresentative = unionRepresentative;
    return this;
  }

  /** Who recorded the inspection (the named member, or a colleague who stood in). */
  public String getInspector() {
    return inspector;
  }

  /** The member the steering committee assigned (null for a selection without names). */
  public String getAssignedInspector() {
    return assignedInspector;
  }

  public String getUnionRepresentative() {
    return unionRepresentative;
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

  public String getAgency() {
    return agency;
  }
}
