package vn.qcdc.flow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One of the year's key tasks assigned from above (II.3, first point): its title as the plan
 * lists it, the unit that leads it, and its state as that unit last reported it.
 */
@Entity
@Table(name = "qcdc_year_key_task")
public class YearKeyTask {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private int seq;
  private String title;
  @Column(name = "owner_unit")
  private String ownerUnit;
  private String state;
  @Column(name = "progress_note")
  private String progressNote;
  @Column(name = "updated_period")
  private String updatedPeriod;
  @Column(name = "updated_by")
  private String updatedBy;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Column(name = "assigned_by")
  private String assignedBy;

  protected YearKeyTask() {
  }

  YearKeyTask(int year, int seq, String title, String ownerUnit, String assignedBy) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.seq = seq;
    this.title = title;
    this.ownerUnit = ownerUnit;
    this.assignedBy = assignedBy;
    this.state = YearKeyTasks.NOT_STARTED;
  }

  /** True when the state or note changed. */
  boolean report(String state, String note, String period, String by, Instant at) {
    if (state.equals(this.state) && java.util.Objects.equals(note, progressNote)) {
      return false;
    }
    this.state = state;
    this.progressNote = note;
    this.updatedPeriod = period;
    this.updatedBy = by;
    this.updatedAt = at;
    return true;
  }

  public int getYear() {
    return year;
  }

  public int getSeq() {
    return seq;
  }

  public String getTitle() {
    return title;
  }

  public String getOwnerUnit() {
    return ownerUnit;
  }

  public String getState() {
    return state;
  }

  public String getProgressNote() {
    return progressNote;
  }

  public String getUpdatedPeriod() {
    return updatedPeriod;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public String getAgency() {
    return agency;
  }
}
