package vn.qcdc.flow.emulation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A unit's emulation rating for the year: proposed by the table, confirmed by leadership. */
@Entity
@Table(name = "qcdc_emulation_rating")
public class EmulationRating {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  @Column(name = "unit_code")
  private String unitCode;
  private String basis;
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

  protected EmulationRating() {
  }

  EmulationRating(int year, String unitCode) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.unitCode = unitCode;
  }

  void propose(String basis, Rating rating) {
    this.basis = basis;
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

  public String getBasis() {
    return basis;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public String getUnitCode() {
    return unitCode;
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

  public String getAgency() {
    return agency;
  }
}
