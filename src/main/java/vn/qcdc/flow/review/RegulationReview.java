package vn.qcdc.flow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The periodic review of the agency's internal regulations (II.3.b). */
@Entity
@Table(name = "qcdc_regulation_review")
public class RegulationReview {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private String period;
  private int reviewed;
  private int amended;
  private String notes;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected RegulationReview() {
  }

  RegulationReview(int year, Period period, int reviewed, int amended, String notes, String by,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.period = period.name();
    this.reviewed = reviewed;
    this.amended = amended;
    this.notes = notes;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public int getReviewed() {
    return reviewed;
  }

  public int getAmended() {
    return amended;
  }

  public String getAgency() {
    return agency;
  }
}
