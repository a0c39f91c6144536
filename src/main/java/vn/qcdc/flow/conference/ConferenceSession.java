package vn.qcdc.flow.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One holding of the officials' conference; a second one when the first lacked a quorum. */
@Entity
@Table(name = "qcdc_conference")
public class ConferenceSession {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private int attempt;
  @Column(name = "conference_date")
  private LocalDate conferenceDate;
  @Column(name = "total_officials")
  private int totalOfficials;
  private int attendance;
  @Column(name = "votes_for")
  private int votesFor;
  @Column(name = "quorum_met")
  private boolean quorumMet;
  @Column(name = "resolution_adopted")
  private boolean resolutionAdopted;
  @Column(name = "resolution_summary")
  private String resolutionSummary;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected ConferenceSession() {
  }

  ConferenceSession(int year, int attempt, LocalDate date, int totalOfficials, int attendance,
      int votesFor, boolean quorumMet, boolean resolutionAdopted, String resolutionSummary,
      String by, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.attempt = attempt;
    this.conferenceDate = date;
    this.totalOfficials = totalOfficials;
    this.attendance = attendance;
    this.votesFor = votesFor;
    this.quorumMet = quorumMet;
    this.resolutionAdopted = resolutionAdopted;
    this.resolutionSummary = resolutionSummary;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public int getYear() {
    return year;
  }

  public int getAttempt() {
    return attempt;
  }

  public LocalDate getConferenceDate() {
    return conferenceDate;
  }

  public int getTotalOfficials() {
    return totalOfficials;
  }

  public int getAttendance() {
    return attendance;
  }

  public int getVotesFor() {
    return votesFor;
  }

  public boolean isQuorumMet() {
    return quorumMet;
  }

  public boolean isResolutionAdopted() {
    return resolutionAdopted;
  }

  public String getResolutionSummary() {
    return resolutionSummary;
  }

  public String getAgency() {
    return agency;
  }
}
