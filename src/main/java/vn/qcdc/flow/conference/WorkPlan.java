package vn.qcdc.flow.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import vn.qcdc.flow.engine.AgencyYear;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import java.time.Instant;

/** The annual work plan the conference resolution yields (II.2.b). */
@Entity
@IdClass(AgencyYear.class)
@Table(name = "qcdc_work_plan")
public class WorkPlan implements Persistable<AgencyYear> {

  /**
   * The agency the record belongs to, part of the key: one record per agency and year. Set
   * by the code (a key cannot be Hibernate's tenant id); the repository's queries add it.
   */
  @Id
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

  WorkPlan(String agency, int year) {
    this.agency = agency;
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

  /**
   * Several agencies have a record of the same year (the table's key is agency and year), so
   * a new record is inserted at once rather than merged, which would read by year alone.
   */
  @Transient
  private boolean stored;

  @PostLoad
  @PostPersist
  void stored() {
    stored = true;
  }

  @Override
  public AgencyYear getId() {
    return new AgencyYear(agency, year);
  }

  @Override
  public boolean isNew() {
    return !stored;
  }
}
