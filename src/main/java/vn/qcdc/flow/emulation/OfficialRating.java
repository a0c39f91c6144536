package vn.qcdc.flow.emulation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An official a unit listed in its year-end review, rated by the table, confirmed by leadership. */
@Entity
@Table(name = "qcdc_official_rating")
public class OfficialRating {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  @Column(name = "unit_code")
  private String unitCode;
  @Column(name = "official_name")
  private String officialName;
  @Column(name = "task_completion")
  private int taskCompletion;
  private boolean disciplined;
  @Column(name = "proposed_rating")
  private String proposedRating;
  @Column(name = "final_rating")
  private String finalRating;
  @Column(name = "override_reason")
  private String overrideReason;
  @Column(name = "confirmed_by")
  private String confirmedBy;
  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected OfficialRating() {
  }

  OfficialRating(int year, String unitCode, String officialName) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.unitCode = unitCode;
    this.officialName = officialName;
  }

  void propose(int taskCompletion, boolean disciplined, Rating rating) {
    this.taskCompletion = taskCompletion;
    this.disciplined = disciplined;
    this.proposedRating = rating.name();
  }

  void confirm(Rating rating, String reason, String by, Instant at) {
    this.finalRating = rating.name();
    this.overrideReason = reason;
    this.confirmedBy = by;
    this.confirmedAt = at;
  }

  public int getYear() {
    return year;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getOfficialName() {
    return officialName;
  }

  public int getTaskCompletion() {
    return taskCompletion;
  }

  public boolean isDisciplined() {
    return disciplined;
  }

  public String getProposedRating() {
    return proposedRating;
  }

  public String getFinalRating() {
    return finalRating;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public String getAgency() {
    return agency;
  }
}
