package vn.qcdc.flow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Leadership's account of its own example-setting in a review period (II.4.a). */
@Entity
@Table(name = "qcdc_leadership_report")
public class LeadershipReport {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private String period;
  private String commitments;
  @Column(name = "dialogues_held")
  private int dialoguesHeld;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected LeadershipReport() {
  }

  LeadershipReport(int year, Period period, String commitments, int dialoguesHeld, String by,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.period = period.name();
    this.commitments = commitments;
    this.dialoguesHeld = dialoguesHeld;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public String getCommitments() {
    return commitments;
  }

  public int getDialoguesHeld() {
    return dialoguesHeld;
  }

  public String getAgency() {
    return agency;
  }
}
