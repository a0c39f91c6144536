package vn.qcdc.flow.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The agency's report of a review period, as the general-affairs department
 * consolidated it, leadership approved it and it was submitted (III.3, Nơi nhận).
 */
@Entity
@Table(name = "qcdc_report")
public class ConsolidatedReport {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  public static final String DRAFT = "DRAFT";
  public static final String APPROVED = "APPROVED";
  public static final String SUBMITTED = "SUBMITTED";
  /** A superior body (the city bloc) returned the submitted report; it is being revised. */
  public static final String RETURNED = "RETURNED";

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private String period;
  private String title;
  private String summary;
  @Column(name = "late_units")
  private String lateUnits;
  @Column(name = "missing_units")
  private String missingUnits;
  @Column(name = "units_expected")
  private int unitsExpected;
  @Column(name = "units_filed")
  private int unitsFiled;
  private String status;
  private int revision;
  @Column(name = "consolidated_at")
  private Instant consolidatedAt;
  private String comments;
  @Column(name = "approved_by")
  private String approvedBy;
  @Column(name = "approved_at")
  private Instant approvedAt;
  @Column(name = "document_number")
  private String documentNumber;
  @Column(name = "document_date")
  private LocalDate documentDate;
  @Column(name = "sent_to_city")
  private boolean sentToCity;
  @Column(name = "sent_to_bloc")
  private boolean sentToBloc;
  private boolean archived;
  @Column(name = "submitted_by")
  private String submittedBy;
  @Column(name = "submitted_at")
  private Instant submittedAt;
  @Column(name = "next_period_proposals")
  private String nextPeriodProposals;
  private String delivery;
  @Column(name = "returned_at")
  private Instant returnedAt;

  protected ConsolidatedReport() {
  }

  ConsolidatedReport(int year, String period) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.period = period;
  }

  void consolidate(String title, String summary, String lateUnits, String missingUnits,
      int expected, int filed, Instant at) {
    this.title = title;
    this.summary = summary;
    this.lateUnits = lateUnits;
    this.missingUnits = missingUnits;
    this.unitsExpected = expected;
    this.unitsFiled = filed;
    this.consolidatedAt = at;
    this.status = DRAFT;
    this.revision = 1;
  }

  void returned(String comments, Instant at) {
    this.comments = comments;
    this.returnedAt = at;
  }

  /** A superior body returned the submitted report with a reason: it is revised again. */
  void returnedBySuperior(String reason, Instant at) {
    this.status = RETURNED;
    this.comments = reason;
    this.returnedAt = at;
  }

  void revised(String summary, String nextPeriodProposals) {
    this.summary = summary;
    this.nextPeriodProposals = nextPeriodProposals;
    this.revision++;
  }

  void proposeNext(String proposals) {
    this.nextPeriodProposals = proposals;
  }

  void approve(String by, Instant at) {
    this.status = APPROVED;
    this.approvedBy = by;
    this.approvedAt = at;
  }

  /** The number and date the records office gave it, and its archive copy (Lưu VT). */
  void numbered(String number, LocalDate date, String by) {
    this.documentNumber = number;
    this.documentDate = date;
    this.archived = true;
    this.submittedBy = by;
  }

  /** Every recipient has it: by e-mail, or by post where no mail server is configured. */
  void submitted(String delivery, boolean toCity, boolean toBloc, Instant at) {
    this.delivery = delivery;
    this.sentToCity = toCity;
    this.sentToBloc = toBloc;
    this.status = SUBMITTED;
    this.submittedAt = at;
  }

  public String getId() {
    return id;
  }

  public String getNextPeriodProposals() {
    return nextPeriodProposals;
  }

  public String getDelivery() {
    return delivery;
  }

  public Instant getReturnedAt() {
    return returnedAt;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public int getYear() {
    return year;
  }

  public String getPeriod() {
    return period;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getLateUnits() {
    return lateUnits;
  }

  public String getMissingUnits() {
    return missingUnits;
  }

  public int getUnitsExpected() {
    return unitsExpected;
  }

  public int getUnitsFiled() {
    return unitsFiled;
  }

  public String getStatus() {
    return status;
  }

  public int getRevision() {
    return revision;
  }

  public String getComments() {
    return comments;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public LocalDate getDocumentDate() {
    return documentDate;
  }

  public boolean isSentToCity() {
    return sentToCity;
  }

  public boolean isSentToBloc() {
    return sentToBloc;
  }

  public boolean isArchived() {
    return archived;
  }

  public String getAgency() {
    return agency;
  }
}
