package vn.qcdc.flow.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The annual work plan the conference resolution yields (II.2.b). */
@Entity
@Table(name = "qcdc_work_plan")
public class WorkPlan {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  @Column(name = "cycle_year")
  private int year;
  @Column(name = "annual_plan")
  private String annualPlan;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected WorkPlan() {
  }

  WorkPlan(int year) {
    this.year = year;
  }

  void record(String annualPlan, String by, Instant at) {
    this.annualPlan = annualPlan;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public int getYear() {
    return year;
  }

  public String getAnnualPlan() {
    return annualPlan;
  }

  public String getAgency() {
    return agency;
  }
}
