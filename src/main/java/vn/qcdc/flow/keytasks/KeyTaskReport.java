package vn.qcdc.flow.keytasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A unit's month: the key tasks it was set and, at month end, how many it did (II.2.b). */
@Entity
@Table(name = "qcdc_key_task_report")
public class KeyTaskReport {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  @Column(name = "month_no")
  private int month;
  @Column(name = "unit_code")
  private String unitCode;
  private String tasks;
  @Column(name = "tasks_set")
  private int tasksSet;
  @Column(name = "tasks_done")
  private Integer tasksDone;
  private String report;
  private boolean late;
  @Column(name = "reported_by")
  private String reportedBy;
  @Column(name = "reported_at")
  private Instant reportedAt;

  protected KeyTaskReport() {
  }

  KeyTaskReport(int year, int month, String unitCode) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.month = month;
    this.unitCode = unitCode;
  }

  void set(String tasks, int count) {
    this.tasks = tasks;
    this.tasksSet = count;
  }

  void report(int done, String report, boolean late, String by, Instant at) {
    this.tasksDone = done;
    this.report = report;
    this.late = late;
    this.reportedBy = by;
    this.reportedAt = at;
  }

  public int getMonth() {
    return month;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public int getTasksSet() {
    return tasksSet;
  }

  public Integer getTasksDone() {
    return tasksDone;
  }

  public boolean isLate() {
    return late;
  }

  public String getAgency() {
    return agency;
  }
}
