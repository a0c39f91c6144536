package vn.qcdc.flow.reporting;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.review.Period;

/** The versions of each report's Word document: generated, uploaded and issued. */
@Service
public class ReportDocuments {

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final int MAX_UPLOAD = 20 * 1024 * 1024;

  private final ReportDocumentRepository documents;
  private final PdfConverter pdf;

  ReportDocuments(ReportDocumentRepository documents, PdfConverter pdf) {
    this.documents = documents;
    this.pdf = pdf;
  }

  /** "Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở 6 tháng đầu năm 2022 (v2).docx". */
  static String fileName(int year, Period period, int version) {
    String title = ReportAssembler.title(year, period);
    return title.substring(0, 1).toUpperCase() + title.substring(1) + " (v" + version + ").docx";
  }

  ReportDocument store(ConsolidatedReport report, String source, byte[] content, String note,
      String by) {
    int version = latest(report.getId()).map(ReportDocument::getVersion).orElse(0) + 1;
    ReportDocument document = new ReportDocument(report.getId(), version, source,
        fileName(report.getYear(), Period.valueOf(report.getPeriod()), version), content,
        sha256(content), note, by, Clock.now());
    if (pdf.available()) {
      document.attachPdf(pdf.toPdf(content));
    }
    return documents.save(document);
  }

  /** A corrected version from the general-affairs department; it must be a readable .docx. */
  @Transactional
  public ReportDocument upload(ConsolidatedReport report, byte[] content, String note, String by) {
    if (!ConsolidatedReport.DRAFT.equals(report.getStatus())) {
      throw new InputRefusedException("Báo cáo đã được phê duyệt: không thể tải lên bản sửa.");
    }
    if (content == null || content.length == 0) {
      throw new InputRefusedException("Tệp tải lên rỗng.");
    }
    if (content.length > MAX_UPLOAD) {
      throw new InputRefusedException("Tệp tải lên quá lớn (tối đa 20 MB).");
    }
    DocxInspection.check(content);
    try (XWPFDocument ignored = new XWPFDocument(new ByteArrayInputStream(content))) {
      // Parsing it is the check: leadership must be able to open what it approves.
    } catch (Exception | LinkageError e) {
      throw new InputRefusedException("Tệp tải lên không phải văn bản Word (.docx) hợp lệ.");
    }
    return store(report, ReportDocument.UPLOADED, content,
        note == null || note.isBlank() ? "Bản sửa do Phòng Tổng hợp tải lên" : note, by);
  }

  public Optional<ReportDocument> latest(String reportId) {
    return documents.findFirstByReportIdOrderByVersionDesc(reportId);
  }

  public Optional<ReportDocument> version(String reportId, int version) {
    return documents.findByReportIdAndVersion(reportId, version);
  }

  public List<ReportDocument> versions(String reportId) {
    return documents.findByReportIdOrderByVersion(reportId);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
