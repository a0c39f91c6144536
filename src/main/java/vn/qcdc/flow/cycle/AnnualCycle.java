package vn.qcdc.flow.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import vn.qcdc.flow.engine.AgencyYear;
import vn.qcdc.flow.engine.AgencyYearRecord;
import java.time.Instant;

/** One year of the plan: at most one per year, enforced by the primary key. */
@Entity
@IdClass(AgencyYear.class)
@Table(name = "qcdc_cycle")
public class AnnualCycle extends AgencyYearRecord {

  public static final String RUNNING = "RUNNING";
  public static final String CLOSED = "CLOSED";
  /** The years a cycle may be started for (the start form and /api/cycles). */
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  @Column(name = "business_key")
  private String businessKey;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  private String status;
  @Column(name = "started_by")
  private String startedBy;
  @Column(name = "started_at")
  private Instant startedAt;
  @Column(name = "closed_at")
  private Instant closedAt;

  protected AnnualCycle() {
  }

  AnnualCycle(String agency, int year, String processInstanceId, String startedBy,
      Instant startedAt) {
    super(agency, year);
    this.businessKey = businessKey(year);
    this.processInstanceId = processInstanceId;
    this.status = RUNNING;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  public static String businessKey(int year) {
    return "QCDC-" + year;
  }

  void close(Instant at) {
    status = CLOSED;
    closedAt = at;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getStatus() {
    return status;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
