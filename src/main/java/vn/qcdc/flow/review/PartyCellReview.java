package vn.qcdc.flow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The Party cell's assessment, in a review period, of how the Party committee and leadership led
 * the implementation of QCDC (I.2 "vai trò của cấp ủy và lãnh đạo cơ quan, nhất là người đứng
 * đầu cơ quan, bí thư cấp ủy"; II.4.b).
 */
@Entity
@Table(name = "qcdc_party_cell_review")
public class PartyCellReview {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private String period;
  private String assessment;
  private String findings;
  private String directions;
  @Column(name = "reviewed_by")
  private String reviewedBy;
  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  protected PartyCellReview() {
  }

  PartyCellReview(int year, Period period, String assessment, String findings, String directions,
      String reviewedBy, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.period = period.name();
    this.assessment = assessment;
    this.findings = findings;
    this.directions = directions;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = at;
  }

  /** GOOD, FAIR or WEAK. */
  public String getAssessment() {
    return assessment;
  }

  public String getFindings() {
    return findings;
  }

  public String getDirections() {
    return directions;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getAgency() {
    return agency;
  }
}
