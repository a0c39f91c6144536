package vn.qcdc.flow.blocview;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.review.Period;
import vn.qcdc.flow.web.Requester;

/**
 * The bloc's view over the agencies (members of the bloc's bodies and administrators only;
 * anyone else 403, learning nothing):
 * <ul>
 *   <li>GET /api/bloc/progress?year=: the dashboard (Cockpit "Khối: tiến độ báo cáo");</li>
 *   <li>GET /api/bloc/reports/{year}/{period}: the stored consolidated report (404: none yet);
 *       .../document and .../document.pdf download it;</li>
 *   <li>POST /api/bloc/reports/{year}/{period}: generates it again as a new version, once the
 *       bloc's deadline has passed (409 before).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/bloc")
class BlocController {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private final BlocProgressService progress;
  private final BlocReports reports;
  private final Requester requester;
  private final BlocViewProperties properties;

  BlocController(BlocProgressService progress, BlocReports reports, Requester requester,
      BlocViewProperties properties) {
    this.progress = progress;
    this.reports = reports;
    this.requester = requester;
    this.properties = properties;
  }

  /** Who may see the bloc's view: null when allowed, else the refusal. */
  private ResponseEntity<?> refusal(HttpServletRequest request) {
    var user = requester.of(request).orElse(null);
    if (user == null) {
      return refuse(HttpStatus.UNAUTHORIZED, "Bạn cần đăng nhập để xem tiến độ báo cáo của Khối.");
    }
    List<String> allowed = new ArrayList<>(properties.groups());
    allowed.add(BlocViewProperties.ADMINISTRATORS);
    if (!user.inAny(allowed.toArray(String[]::new))) {
      return refuse(HttpStatus.FORBIDDEN, "Người dùng " + user.id() + " không thuộc Đảng ủy Khối"
          + " hay Ban Chỉ đạo thành phố: chỉ các cơ quan này xem được tiến độ báo cáo của Khối.");
    }
    return null;
  }

  @GetMapping("/progress")
  ResponseEntity<?> progress(@RequestParam(required = false) String year,
      HttpServletRequest request) {
    ResponseEntity<?> refused = refusal(request);
    if (refused != null) {
      return refused;
    }
    return ResponseEntity.ok(progress.year(year(year)));
  }

  @GetMapping("/reports/{year}/{period}")
  ResponseEntity<?> stored(@PathVariable String year, @PathVariable String period,
      HttpServletRequest request) {
    ResponseEntity<?> refused = refusal(request);
    if (refused != null) {
      return refused;
    }
    int y = year(year);
    Period p = period(period);
    return reports.stored(y, p).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> refuse(HttpStatus.NOT_FOUND, notYet(y, p)));
  }

  @PostMapping("/reports/{year}/{period}")
  ResponseEntity<?> generate(@PathVariable String year, @PathVariable String period,
      HttpServletRequest request) {
    ResponseEntity<?> refused = refusal(request);
    if (refused != null) {
      return refused;
    }
    int y = year(year);
    Period p = period(period);
    try {
      String by = requester.of(request).orElseThrow().id();
      return ResponseEntity.ok(reports.regenerate(y, p, by));
    } catch (IllegalStateException e) {
      return refuse(HttpStatus.CONFLICT, e.getMessage());
    }
  }

  @GetMapping({"/reports/{year}/{period}/document", "/reports/{year}/{period}/document.pdf"})
  ResponseEntity<?> document(@PathVariable String year, @PathVariable String period,
      HttpServletRequest request) {
    ResponseEntity<?> refused = refusal(request);
    if (refused != null) {
      return refused;
    }
    int y = year(year);
    Period p = period(period);
    boolean asPdf = request.getRequestURI().endsWith(".pdf");
    var content = reports.document(y, p, asPdf);
    if (content.isEmpty()) {
      return refuse(HttpStatus.NOT_FOUND, asPdf && reports.stored(y, p)
          .isPresent() ? "Báo cáo tổng hợp này chưa có bản PDF (máy chủ không có LibreOffice)."
          : notYet(y, p));
    }
    return ResponseEntity.ok()
        .contentType(asPdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(BlocReports.fileName(y, p, asPdf)).build().toString())
        .body(content.get());
  }

  private String notYet(int year, Period period) {
    return "Chưa có báo cáo tổng hợp " + period.label(year).toLowerCase(Locale.ROOT)
        + " của Khối: báo cáo được lập sau hạn nộp ngày "
        + Formats.date(reports.deadline(year, period)) + ".";
  }

  /** A year or period that is not one: 400 with the reason, nothing done. */
  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(BadRequest.class)
  ResponseEntity<Map<String, String>> badRequest(BadRequest e) {
    return refuse(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  /** The year asked (this year when none). */
  private static int year(String year) {
    int y;
    try {
      y = year == null || year.isBlank() ? Clock.today().getYear()
          : Integer.parseInt(year.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest("Năm không hợp lệ: «" + year + "».");
    }
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      throw new BadRequest("Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR + ".");
    }
    return y;
  }

  private static Period period(String period) {
    try {
      return Period.valueOf(period.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("Kỳ báo cáo phải là H1 (6 tháng đầu năm) hoặc YEAR (cả năm).");
    }
  }

  private static ResponseEntity<Map<String, String>> refuse(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
