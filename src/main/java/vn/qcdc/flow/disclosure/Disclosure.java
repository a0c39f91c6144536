package vn.qcdc.flow.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One financial disclosure of the year (II.3.d) and its supervision (II.5.b). */
@Entity
@Table(name = "qcdc_disclosure")
public class Disclosure {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  @Column(name = "item_code")
  private String itemCode;
  @Column(name = "item_label")
  private String itemLabel;
  private String budget;
  private String spending;
  private String salaries;
  private String bonuses;
  private String entitlements;
  @Column(name = "prepared_by")
  private String preparedBy;
  @Column(name = "approved_by")
  private String approvedBy;
  @Column(name = "publication_form")
  private String publicationForm;
  private String place;
  @Column(name = "published_on")
  private LocalDate publishedOn;
  @Column(name = "posted_days")
  private Integer postedDays;
  private String questions;
  private String answers;
  @Column(name = "open_question")
  private boolean openQuestion;
  private String status;
  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Disclosure() {
  }

  Disclosure(int year, String itemCode, String itemLabel) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.itemCode = itemCode;
    this.itemLabel = itemLabel;
    this.status = "PREPARING";
  }

  void prepare(String budget, String spending, String salaries, String bonuses,
      String entitlements, String by, Instant at) {
    this.budget = budget;
    this.spending = spending;
    this.salaries = salaries;
    this.bonuses = bonuses;
    this.entitlements = entitlements;
    this.preparedBy = by;
    this.status = "PREPARED";
    this.updatedAt = at;
  }

  void decide(boolean approved, String by, Instant at) {
    this.approvedBy = approved ? by : null;
    this.status = approved ? "APPROVED" : "RETURNED";
    this.updatedAt = at;
  }

  void publish(String form, String place, LocalDate on, int days, Instant at) {
    this.publicationForm = form;
    this.place = place;
    this.publishedOn = on;
    this.postedDays = days;
    this.status = "PUBLISHED";
    this.updatedAt = at;
  }

  void question(String text, Instant at) {
    this.questions = questions == null ? text : questions + "\n" + text;
    this.openQuestion = true;
    this.status = "QUESTIONED";
    this.updatedAt = at;
  }

  void answer(String text, Instant at) {
    this.answers = answers == null ? text : answers + "\n" + text;
    this.openQuestion = false;
    this.status = "ANSWERED";
    this.updatedAt = at;
  }

  void close(Instant at) {
    if (openQuestion) {
      throw new IllegalStateException("Đợt công khai " + itemLabel
          + " còn câu hỏi của Ban Thanh tra nhân dân chưa được trả lời.");
    }
    this.status = "CLOSED";
    this.updatedAt = at;
  }

  public int getYear() {
    return year;
  }

  public String getItemCode() {
    return itemCode;
  }

  public String getItemLabel() {
    return itemLabel;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public Integer getPostedDays() {
    return postedDays;
  }

  public String getQuestions() {
    return questions;
  }

  public String getAnswers() {
    return answers;
  }

  public boolean isOpenQuestion() {
    return openQuestion;
  }

  public String getStatus() {
    return status;
  }

  public String getSalaries() {
    return salaries;
  }

  public String getAgency() {
    return agency;
  }
}
