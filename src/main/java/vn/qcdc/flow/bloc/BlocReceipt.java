package vn.qcdc.flow.bloc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A bloc body's receipt of one submitted revision of an agency's report. */
@Entity
@Table(name = "qcdc_bloc_receipt")
public class BlocReceipt {

  public static final String RECEIVED = "RECEIVED";
  public static final String ACCEPTED = "ACCEPTED";
  public static final String RETURNED = "RETURNED";
  /** Not decided before the agency sent a later revision, which replaced it. */
  public static final String SUPERSEDED = "SUPERSEDED";

  @Id
  private String id;
  /** The agency (tenant id) whose report it is; Hibernate reads the current agency's only. */
  @TenantId
  private String agency;
  @Column(name = "report_id")
  private String reportId;
  @Column(name = "cycle_year")
  private int year;
  private String period;
  private int revision;
  private String body;
  private String status;
  /** Submitted at or before the end of the bloc's deadline day; null: the bloc set none. */
  @Column(name = "on_time")
  private Boolean onTime;
  private String reason;
  @Column(name = "decided_by")
  private String decidedBy;
  @Column(name = "received_at")
  private Instant receivedAt;
  @Column(name = "decided_at")
  private Instant decidedAt;

  protected BlocReceipt() {
  }

  BlocReceipt(String agency, String reportId, int year, String period, int revision,
      String body, Boolean onTime, Instant receivedAt) {
    this.id = UUID.randomUUID().toString();
    this.agency = agency;
    this.reportId = reportId;
    this.year = year;
    this.period = period;
    this.revision = revision;
    this.body = body;
    this.onTime = onTime;
    this.receivedAt = receivedAt;
    this.status = RECEIVED;
  }

  void accept(String by, Instant at) {
    decide(ACCEPTED, null, by, at);
  }

  void returned(String reason, String by, Instant at) {
    decide(RETURNED, reason, by, at);
  }

  void superseded(Instant at) {
    decide(SUPERSEDED, null, null, at);
  }

  private void decide(String status, String reason, String by, Instant at) {
    if (!RECEIVED.equals(this.status)) {
      throw new IllegalStateException("Receipt " + id + " was decided already: " + this.status);
    }
    this.status = status;
    this.reason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public String getId() {
    return id;
  }

  public String getAgency() {
    return agency;
  }

  public String getReportId() {
    return reportId;
  }

  public int getYear() {
    return year;
  }

  public String getPeriod() {
    return period;
  }

  public int getRevision() {
    return revision;
  }

  public String getBody() {
    return body;
  }

  public String getStatus() {
    return status;
  }

  public Boolean getOnTime() {
    return onTime;
  }

  public String getReason() {
    return reason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
