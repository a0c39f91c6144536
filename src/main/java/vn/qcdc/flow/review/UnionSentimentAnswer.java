package vn.qcdc.flow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The Party committee's or leadership's answer to what the union reported of the officials'
 * thoughts and aspirations in a review period (II.5.a "phản ánh tâm tư, nguyện vọng ... đến
 * cấp ủy Đảng, lãnh đạo Ban"; I.2).
 */
@Entity
@Table(name = "qcdc_union_sentiment_answer")
public class UnionSentimentAnswer {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private String period;
  @Column(name = "union_code")
  private String unionCode;
  private String sentiment;
  private String answer;
  private String measures;
  @Column(name = "answered_by")
  private String answeredBy;
  @Column(name = "answered_as")
  private String answeredAs;
  @Column(name = "answered_at")
  private Instant answeredAt;

  protected UnionSentimentAnswer() {
  }

  UnionSentimentAnswer(int year, Period period, String unionCode, String sentiment,
      String answer, String measures, String answeredBy, String answeredAs, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.period = period.name();
    this.unionCode = unionCode;
    this.sentiment = sentiment;
    this.answer = answer;
    this.measures = measures;
    this.answeredBy = answeredBy;
    this.answeredAs = answeredAs;
    this.answeredAt = at;
  }

  public String getUnionCode() {
    return unionCode;
  }

  public String getSentiment() {
    return sentiment;
  }

  public String getAnswer() {
    return answer;
  }

  public String getMeasures() {
    return measures;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  /** The group the answer was given for: cap-uy or lanh-dao. */
  public String getAnsweredAs() {
    return answeredAs;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getAgency() {
    return agency;
  }
}
