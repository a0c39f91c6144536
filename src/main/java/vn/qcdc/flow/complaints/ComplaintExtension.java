package vn.qcdc.flow.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A decision on extending a case's resolution limit: approved or refused, with its reason. */
@Entity
@Table(name = "qcdc_complaint_extension")
public class ComplaintExtension {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "complaint_id")
  private String complaintId;
  private int seq;
  private boolean approved;
  private int days;
  private String reason;
  @Column(name = "previous_due")
  private LocalDate previousDue;
  @Column(name = "new_due")
  private LocalDate newDue;
  @Column(name = "decided_by")
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;

  protected ComplaintExtension() {
  }

  ComplaintExtension(String complaintId, int seq, boolean approved, int days, String reason,
      LocalDate previousDue, LocalDate newDue, String decidedBy, Instant decidedAt) {
    this.id = UUID.randomUUID().toString();
    this.complaintId = complaintId;
    this.seq = seq;
    this.approved = approved;
    this.days = days;
    this.reason = reason;
    this.previousDue = previousDue;
    this.newDue = newDue;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public boolean isApproved() {
    return approved;
  }

  public int getDays() {
    return days;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getPreviousDue() {
    return previousDue;
  }

  public LocalDate getNewDue() {
    return newDue;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getAgency() {
    return agency;
  }
}
