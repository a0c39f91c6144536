package vn.qcdc.flow.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.tenancy.AgencyContext;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.Roles;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.review.Period;
import vn.qcdc.flow.web.Requester;

/**
 * The agency's reports over REST (/api/reports, HTTP basic) and, for the link in the approval
 * form, under /reports with the Tasklist session. Leadership, the steering committee, the
 * general-affairs department, auditors and administrators read; only the general-affairs
 * department uploads a corrected version, and only before approval.
 */
@RestController
class ReportController {

  private final ReportingService reporting;
  private final ReportDocuments documents;
  private final ReportDispatchRepository dispatches;
  private final Requester requester;
  /** The city bloc's bodies (bloc/), who read every agency's reports. */
  private final List<String> blocReaders;
  private final OrganisationRegistry organisation;
  private final AgencyContext agencies;
  private final Roles roles;

  ReportController(ReportingService reporting, ReportDocuments documents,
      ReportDispatchRepository dispatches, Requester requester, Roles roles,
      List<ReportReaders> others, OrganisationRegistry organisation, AgencyContext agencies) {
    this.roles = roles;
    this.organisation = organisation;
    this.agencies = agencies;
    List<String> bloc = new ArrayList<>();
    others.forEach(o -> bloc.addAll(o.readerGroups())); // the city bloc's bodies
    this.blocReaders = List.copyOf(bloc);
    this.reporting = reporting;
    this.documents = documents;
    this.dispatches = dispatches;
    this.requester = requester;
  }

  // /reports and /reports/{year}/{period}: the same, for a browser with its Tasklist session
  // (the forms link there; the /api routes are for programs with basic authentication).
  @GetMapping({"/api/reports", "/reports"})
  List<Map<String, Object>> list(HttpServletRequest request) {
    allow(request, readers());
    return reporting.all().stream().map(this::describe).toList();
  }

  @GetMapping({"/api/reports/{year}/{period}", "/reports/{year}/{period}"})
  Map<String, Object> one(@PathVariable int year, @PathVariable String period,
      @RequestParam(required = false) String agency, HttpServletRequest request) {
    allow(request, readers());
    return describe(find(year, period, agency));
  }

  @GetMapping({"/api/reports/{year}/{period}/document", "/reports/{year}/{period}/document"})
  ResponseEntity<byte[]> download(@PathVariable int year, @PathVariable String period,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String agency, HttpServletRequest request) {
    allow(request, readers());
    ConsolidatedReport report = find(year, period, agency);
    ReportDocument document = (version == null ? documents.latest(report.getId())
        : documents.version(report.getId(), version))
        .orElseThrow(() -> new NotFound("Báo cáo chưa có văn bản"
            + (version == null ? "" : " phiên bản " + version) + "."));
    String encoded = URLEncoder.encode(document.getFileName(), StandardCharsets.UTF_8)
        .replace("+", "%20");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ReportDocuments.DOCX))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-qcdc-" + year
            + "-" + period + "-v" + document.getVersion() + ".docx\"; filename*=UTF-8''" + encoded)
        .header("X-Report-Version", String.valueOf(document.getVersion()))
        .header("X-Content-SHA256", document.getSha256())
        .body(document.getContent());
  }

  @GetMapping({"/api/reports/{year}/{period}/document.pdf",
      "/reports/{year}/{period}/document.pdf"})
  ResponseEntity<byte[]> downloadPdf(@PathVariable int year, @PathVariable String period,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String agency, HttpServletRequest request) {
    allow(request, readers());
    ConsolidatedReport report = find(year, period, agency);
    ReportDocument document = (version == null ? documents.latest(report.getId())
        : documents.version(report.getId(), version))
        .orElseThrow(() -> new NotFound("Báo cáo chưa có văn bản"
            + (version == null ? "" : " phiên bản " + version) + "."));
    if (document.getPdfContent() == null) {
      throw new NotFound("Phiên bản " + document.getVersion() + " chưa có bản PDF (máy chủ"
          + " chưa cài LibreOffice khi tạo phiên bản này).");
    }
    String encoded = URLEncoder.encode(document.getPdfFileName(), StandardCharsets.UTF_8)
        .replace("+", "%20");
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"bao-cao-qcdc-" + year
            + "-" + period + "-v" + document.getVersion() + ".pdf\"; filename*=UTF-8''" + encoded)
        .header("X-Report-Version", String.valueOf(document.getVersion()))
        .body(document.getPdfContent());
  }

  /**
   * The upload of the page reached from the revision task, with the Tasklist session. A cookie
   * alone is not enough: the page sends X-Requested-With, which no other site can send without
   * a CORS preflight this application never grants.
   */
  @PostMapping(value = "/reports/{year}/{period}/document", consumes = {
      ReportDocuments.DOCX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  ResponseEntity<Map<String, Object>> uploadFromTasklist(@PathVariable int year,
      @PathVariable String period,
      @RequestHeader(value = "X-Note", required = false) String note,
      @RequestHeader(value = "X-Requested-With", required = false) String requestedWith,
      HttpServletRequest request) throws java.io.IOException {
    if (!"qcdc-upload".equals(requestedWith)) {
      throw new Refused(HttpStatus.FORBIDDEN, "Chỉ tải lên được từ trang tải lên bản sửa.");
    }
    // The body is read by upload, after its permission check (issue 13).
    return upload(year, period, note, request);
  }

  @PostMapping(value = "/api/reports/{year}/{period}/document", consumes = {
      ReportDocuments.DOCX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  ResponseEntity<Map<String, Object>> upload(@PathVariable int year, @PathVariable String period,
      @RequestHeader(value = "X-Note", required = false) String note,
      HttpServletRequest request) throws java.io.IOException {
    Requester.User user = allow(request, roles.getGeneralAffairs());
    ConsolidatedReport report = find(year, period);
    // Read only now, after the permission check, and never past the limit (web/UploadLimits
    // has already refused a declared length over it).
    byte[] content = request.getInputStream().readNBytes(ReportDocuments.MAX_UPLOAD + 1);
    String decodedNote = note == null ? null
        : java.net.URLDecoder.decode(note, StandardCharsets.UTF_8);
    ReportDocument document = documents.upload(report, content, decodedNote, user.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(version(document));
  }

  private Map<String, Object> describe(ConsolidatedReport report) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("year", report.getYear());
    out.put("period", report.getPeriod());
    out.put("title", report.getTitle());
    out.put("status", report.getStatus());
    out.put("revision", report.getRevision());
    out.put("documentNumber", report.getDocumentNumber());
    out.put("documentDate", report.getDocumentDate());
    out.put("approvedBy", report.getApprovedBy());
    out.put("delivery", report.getDelivery());
    out.put("versions", documents.versions(report.getId()).stream().map(this::version).toList());
    out.put("dispatches", dispatches.findByReportId(report.getId()).stream().map(d -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("recipient", d.getRecipientName());
      m.put("address", d.getAddress());
      m.put("channel", d.getChannel());
      m.put("documentVersion", d.getDocumentVersion());
      m.put("sentAt", d.getSentAt());
      return m;
    }).toList());
    return out;
  }

  private Map<String, Object> version(ReportDocument d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", d.getVersion());
    m.put("source", d.getSource());
    m.put("fileName", d.getFileName());
    m.put("size", d.getSize());
    m.put("pdf", d.getPdfContent() != null);
    m.put("sha256", d.getSha256());
    m.put("note", d.getNote());
    m.put("createdBy", d.getCreatedBy());
    m.put("createdAt", d.getCreatedAt());
    return m;
  }

  /**
   * Who reads the caller's agency's reports: its leadership, steering committee, general
   * affairs and auditors (their groups are the caller's agency's), the administrators and the
   * bloc's bodies.
   */
  private String[] readers() {
    List<String> all = new ArrayList<>(blocReaders);
    all.add("camunda-admin");
    if (!AgencyContext.BLOC.equals(agencies.current())) {
      all.addAll(List.of(roles.getLeadership(), roles.getSteeringCommittee(),
          roles.getGeneralAffairs()));
      organisation.ofKind(UnitKind.AUDITORS).forEach(u -> all.add(u.getCode()));
    }
    return all.toArray(String[]::new);
  }

  /**
   * The report of the caller's agency; the bloc's bodies, who read every agency's, name the
   * agency ({@code ?agency=}, the receipt's links do).
   */
  private ConsolidatedReport find(int year, String period, String agency) {
    if (!AgencyContext.BLOC.equals(agencies.current())) {
      return find(year, period);
    }
    if (agency == null || agency.isBlank()) {
      throw new NotFound("Cần nêu cơ quan (tham số agency) của báo cáo.");
    }
    return AgencyContext.call(agency, () -> find(year, period));
  }

  private ConsolidatedReport find(int year, String period) {
    Period p;
    try {
      p = Period.valueOf(period);
    } catch (IllegalArgumentException e) {
      throw new NotFound("Kỳ báo cáo không hợp lệ: " + period + " (H1 hoặc YEAR).");
    }
    return reporting.report(year, p).orElseThrow(() -> new NotFound(
        "Chưa có báo cáo " + p.label(year).toLowerCase() + "."));
  }

  private Requester.User allow(HttpServletRequest request, String... groups) {
    Requester.User user = requester.of(request).orElseThrow(() -> new Refused(
        HttpStatus.UNAUTHORIZED, "Cần đăng nhập để xem báo cáo."));
    if (!user.inAny(groups)) {
      throw new Refused(HttpStatus.FORBIDDEN, "Người dùng " + user.id()
          + " không có quyền với báo cáo này.");
    }
    return user;
  }

  static class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }

  static class Refused extends RuntimeException {
    final HttpStatus status;

    Refused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<Map<String, String>> notFound(NotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<Map<String, String>> refused(Refused e) {
    return ResponseEntity.status(e.status).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(InputRefusedException.class)
  ResponseEntity<Map<String, String>> badInput(InputRefusedException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }
}
