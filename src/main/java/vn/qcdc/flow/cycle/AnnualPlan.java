package vn.qcdc.flow.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import vn.qcdc.flow.engine.AgencyYear;
import vn.qcdc.flow.engine.AgencyYearRecord;
import java.time.Instant;
import java.time.LocalDate;

/** The year's QCDC plan as the steering committee drafted it and leadership approved it. */
@Entity
@IdClass(AgencyYear.class)
@Table(name = "qcdc_annual_plan")
public class AnnualPlan extends AgencyYearRecord {

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
    super(agency, year);
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
}
