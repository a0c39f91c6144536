package vn.qcdc.flow.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import vn.qcdc.flow.engine.AgencyYear;
import vn.qcdc.flow.engine.AgencyYearRecord;
import java.time.Instant;

/** The annual work plan the conference resolution yields (II.2.b). */
@Entity
@IdClass(AgencyYear.class)
@Table(name = "qcdc_work_plan")
public class WorkPlan extends AgencyYearRecord {

  @Column(name = "annual_plan")
  private String annualPlan;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected WorkPlan() {
  }

  WorkPlan(String agency, int year) {
    super(agency, year);
  }

  void record(String annualPlan, String by, Instant at) {
    this.annualPlan = annualPlan;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public String getAnnualPlan() {
    return annualPlan;
  }
}
