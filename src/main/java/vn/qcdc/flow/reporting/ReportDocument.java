package vn.qcdc.flow.reporting;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a report's Word document. Every generation and every upload is a new version;
 * none is overwritten, so what leadership approved and what was sent can always be shown.
 */
@Entity
@Table(name = "qcdc_report_document")
public class ReportDocument {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  public static final String GENERATED = "GENERATED";
  public static final String UPLOADED = "UPLOADED";
  public static final String ISSUED = "ISSUED";

  @Id
  private String id;
  @Column(name = "report_id")
  private String reportId;
  private int version;
  private String source;
  @Column(name = "file_name")
  private String fileName;
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", columnDefinition = "LONGBLOB")
  private byte[] content;
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf_content", columnDefinition = "LONGBLOB")
  private byte[] pdfContent;
  @Column(name = "size_bytes")
  private int size;
  private String sha256;
  private String note;
  @Column(name = "created_by")
  private String createdBy;
  @Column(name = "created_at")
  private Instant createdAt;

  protected ReportDocument() {
  }

  ReportDocument(String reportId, int version, String source, String fileName, byte[] content,
      String sha256, String note, String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.reportId = reportId;
    this.version = version;
    this.source = source;
    this.fileName = fileName;
    this.content = content;
    this.size = content.length;
    this.sha256 = sha256;
    this.note = note;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public String getReportId() {
    return reportId;
  }

  public int getVersion() {
    return version;
  }

  public String getSource() {
    return source;
  }

  public String getFileName() {
    return fileName;
  }

  public byte[] getContent() {
    return content;
  }

  public int getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getNote() {
    return note;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The PDF of this version, or null where LibreOffice was not installed. */
  public byte[] getPdfContent() {
    return pdfContent;
  }

  void attachPdf(byte[] pdf) {
    this.pdfContent = pdf;
  }

  public String getPdfFileName() {
    return fileName.replaceAll("\\.docx$", ".pdf");
  }

  public String getAgency() {
    return agency;
  }
}
