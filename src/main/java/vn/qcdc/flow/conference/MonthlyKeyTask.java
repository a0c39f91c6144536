package vn.qcdc.flow.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A month's key tasks (nhiệm vụ trọng tâm tháng), from the conference resolution (II.2.b). */
@Entity
@Table(name = "qcdc_monthly_key_task")
public class MonthlyKeyTask {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  @Column(name = "month_no")
  private int month;
  private String tasks;

  protected MonthlyKeyTask() {
  }

  MonthlyKeyTask(int year, int month) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.month = month;
  }

  void setTasks(String tasks) {
    this.tasks = tasks;
  }

  public int getYear() {
    return year;
  }

  public int getMonth() {
    return month;
  }

  public String getTasks() {
    return tasks;
  }

  public String getAgency() {
    return agency;
  }
}
