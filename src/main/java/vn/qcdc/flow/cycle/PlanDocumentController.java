package vn.qcdc.flow.cycle;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.flow.web.Requester;

/**
 * The issued plan (Word and PDF), linked from every unit's dissemination task: every official
 * of the agency disseminates it, so any signed-in user of the agency may read it; nobody else.
 * /plans/... is for the browser with its Tasklist session, /api/plans/... for programs.
 */
@RestController
class PlanDocumentController {

  private final JdbcTemplate jdbc;
  private final Requester requester;

  private final vn.qcdc.flow.tenancy.AgencyContext agencies;

  PlanDocumentController(JdbcTemplate jdbc, Requester requester,
      vn.qcdc.flow.tenancy.AgencyContext agencies) {
    this.agencies = agencies;
    this.jdbc = jdbc;
    this.requester = requester;
  }

  @GetMapping({"/api/plans/{year}/document", "/plans/{year}/document"})
  ResponseEntity<?> word(@PathVariable int year, HttpServletRequest request) {
    return serve(year, false, request);
  }

  @GetMapping({"/api/plans/{year}/document.pdf", "/plans/{year}/document.pdf"})
  ResponseEntity<?> pdf(@PathVariable int year, HttpServletRequest request) {
    return serve(year, true, request);
  }

  private ResponseEntity<?> serve(int year, boolean pdf, HttpServletRequest request) {
    if (requester.of(request).isEmpty()) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(Map.of("message", "Cần đăng nhập để xem kế hoạch."));
    }
    var rows = jdbc.queryForList("SELECT document_number, file_name, content, pdf_content"
        + " FROM qcdc_plan_document WHERE agency = ? AND cycle_year = ?", agencies.agency(), year);
    if (rows.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
          "Kế hoạch năm " + year + " chưa được ban hành."));
    }
    Map<String, Object> row = rows.get(0);
    String fileName = (String) row.get("file_name");
    byte[] body = (byte[]) row.get(pdf ? "pdf_content" : "content");
    if (body == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
          "Kế hoạch năm " + year + " chưa có bản PDF (máy chủ chưa cài LibreOffice khi ban"
              + " hành)."));
    }
    if (pdf) {
      fileName = fileName.replaceAll("\\.docx$", ".pdf");
    }
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return ResponseEntity.ok()
        .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(PlanIssue.DOCX))
        .header(HttpHeaders.CONTENT_DISPOSITION, (pdf ? "inline" : "attachment")
            + "; filename=\"ke-hoach-qcdc-" + year + (pdf ? ".pdf" : ".docx")
            + "\"; filename*=UTF-8''" + encoded)
        .header("X-Document-Number", URLEncoder.encode((String) row.get("document_number"),
            StandardCharsets.UTF_8))
        .body(body);
  }
}
