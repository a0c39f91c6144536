package vn.qcdc.flow.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import vn.qcdc.flow.engine.AgencyYear;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import java.time.Instant;
import java.time.LocalDate;

/** The year's QCDC plan as the steering committee drafted it and leadership approved it. */
@Entity
@IdClass(AgencyYear.class)
@Table(name = "qcdc_annual_plan")
public class AnnualPlan implements Persistable<AgencyYear> {

  /**
   * The agency the record belongs to, part of the key: one record per agency and year. Set
   * by the code (a key cannot be Hibernate's tenant id); the repository's queries add it.
   */
  @Id
  private String agency;

  @Id
  @Column(name = "cycle_year")
  private int year;
  private String title;
  @Column(name = "legal_basis")
  private String legalBasis;
  private String documents;
  @Column(name = "key_tasks")
  private String keyTasks;
  @Column(name = "dissemination_due")
  private LocalDate disseminationDue;
  private int revision;
  @Column(name = "drafted_by")
  private String draftedBy;
  @Column(name = "drafted_at")
  private Instant draftedAt;
  @Column(name = "approved_by")
  private String approvedBy;
  @Column(name = "approved_at")
  private Instant approvedAt;

  protected AnnualPlan() {
  }

  AnnualPlan(String agency, int year) {
    this.agency = agency;
    this.year = year;
  }

  void draft(String title, String legalBasis, String documents, String keyTasks,
      LocalDate disseminationDue, String by, Instant at) {
    this.title = title;
    this.legalBasis = legalBasis;
    this.documents = documents;
    this.keyTasks = keyTasks;
    this.disseminationDue = disseminationDue;
    this.draftedBy = by;
    this.draftedAt = at;
    this.approvedBy = null;
    this.approvedAt = null;
    this.revision++;
  }

  void approve(String by, Instant at) {
    this.approvedBy = by;
    this.approvedAt = at;
  }

  public int getYear() {
    return year;
  }

  public String getTitle() {
    return title;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public String getDocuments() {
    return documents;
  }

  public String getKeyTasks() {
    return keyTasks;
  }

  public LocalDate getDisseminationDue() {
    return disseminationDue;
  }

  public int getRevision() {
    return revision;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public String getAgency() {
    return agency;
  }

  /**
   * Several agencies have a record of the same year (the table's key is agency and year), so
   * a new record is inserted at once rather than merged, which would read by year alone.
   */
  @Transient
  private boolean stored;

  @PostLoad
  @PostPersist
  void stored() {
    stored = true;
  }

  @Override
  public AgencyYear getId() {
    return new AgencyYear(agency, year);
  }

  @Override
  public boolean isNew() {
    return !stored;
  }
}
