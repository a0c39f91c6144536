package vn.qcdc.flow.register;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.organisation.Roles;
import vn.qcdc.flow.web.Requester;

/**
 * The register for general affairs (who keeps it) and leadership: read and export over REST
 * (/api/register, HTTP basic) or with the Tasklist session (/register/...); general affairs
 * numbers a document written outside the application and cancels a number that will not be used.
 */
@RestController
class RegisterController {

  static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final DocumentRegister register;
  private final Requester requester;
  private final Roles roles;

  RegisterController(DocumentRegister register, Requester requester, Roles roles) {
    this.roles = roles;
    this.register = register;
    this.requester = requester;
  }

  /** The caller's agency's general affairs and leadership (read per request). */
  private String[] readers() {
    return new String[] {roles.getGeneralAffairs(), roles.getLeadership()};
  }

  @GetMapping({"/api/register", "/register"})
  Map<String, Object> index(HttpServletRequest request) {
    allow(request, readers());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("agency", register.agencySymbol());
    out.put("current", register.seriesOf(Clock.today()));
    out.put("series", register.series());
    return out;
  }

  @GetMapping({"/api/register/{series}", "/register/{series}"})
  List<Map<String, Object>> entries(@PathVariable String series, HttpServletRequest request) {
    allow(request, readers());
    return register.entries(series).stream().map(RegisterController::describe).toList();
  }

  @GetMapping({"/api/register/{series}/export.xlsx", "/register/{series}/export.xlsx"})
  ResponseEntity<byte[]> export(@PathVariable String series, HttpServletRequest request) {
    allow(request, readers());
    byte[] body = RegisterExport.xlsx(register.agencySymbol(), series, register.entries(series));
    String name = "so-van-ban-di-" + series.replace(' ', '-') + ".xlsx";
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name
            + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .body(body);
  }

  /** Body: {"kind": "TB", "subject": "...", "documentDate": "2022-03-01"}. */
  @PostMapping("/api/register")
  ResponseEntity<Map<String, Object>> issue(@RequestBody Map<String, Object> body,
      HttpServletRequest request) {
    Requester.User user = allow(request, roles.getGeneralAffairs());
    DocumentKind kind = DocumentKind.ofCode(String.valueOf(body.get("kind"))).orElseThrow(() ->
        new InputRefusedException("«Loại văn bản» phải là một trong: "
            + String.join(", ", java.util.Arrays.stream(DocumentKind.values())
                .map(k -> k.code() + " (" + k.label() + ")").toList()) + "."));
    String subject = text(body.get("subject"), "Trích yếu nội dung");
    LocalDate date = date(body.get("documentDate"));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(describe(register.issueNow(kind, date, subject, user.id())));
  }

  /** Body: {"reason": "..."}. A number held by an open task is cancelled with its process. */
  @PostMapping("/api/register/entries/{id}/cancel")
  Map<String, Object> cancel(@PathVariable String id, @RequestBody Map<String, Object> body,
      HttpServletRequest request) {
    Requester.User user = allow(request, roles.getGeneralAffairs());
    RegisterEntry entry = register.find(id).orElseThrow(() ->
        new NotFound("Không có số văn bản này trong sổ văn bản đi."));
    if (RegisterEntry.RESERVED.equals(entry.status()) && entry.reference() != null) {
      throw new InputRefusedException("Số " + entry.number() + " đang chờ ban hành tại một"
          + " nhiệm vụ; số chỉ bị hủy cùng quy trình của nhiệm vụ đó.");
    }
    return describe(register.cancel(id, text(body.get("reason"), "Lý do hủy"), user.id()));
  }

  private static String text(Object raw, String label) {
    if (raw != null && !(raw instanceof String)) {
      throw new InputRefusedException("«" + label + "» phải là chuỗi ký tự.");
    }
    String value = raw == null ? "" : ((String) raw).strip();
    if (value.isEmpty()) {
      throw new InputRefusedException("«" + label + "» là bắt buộc.");
    }
    if (value.length() > 1000 || value.matches("(?s).*<\\s*[a-zA-Z/!?].*")
        || value.matches("(?s).*[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F].*")
        || value.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
      throw new InputRefusedException("«" + label + "» dài quá 1000 ký tự hoặc chứa mã HTML,"
          + " ký tự điều khiển, ký tự ngoài bảng mã cơ bản.");
    }
    return value;
  }

  private static LocalDate date(Object raw) {
    LocalDate date;
    try {
      date = raw == null ? null : LocalDate.parse(String.valueOf(raw));
    } catch (DateTimeParseException e) {
      date = null;
    }
    if (date == null || date.isAfter(Clock.today()) || date.getYear() < 2000) {
      throw new InputRefusedException("«Ngày ban hành» phải là ngày dạng yyyy-MM-dd, không sau"
          + " ngày hôm nay.");
    }
    return date;
  }

  static Map<String, Object> describe(RegisterEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("number", e.number());
    m.put("kind", e.kind().code());
    m.put("kindLabel", e.kind().label());
    m.put("series", e.series());
    m.put("seq", e.seq());
    m.put("subject", e.subject());
    m.put("status", e.status());
    m.put("statusLabel", e.statusLabel());
    m.put("origin", e.origin());
    m.put("documentDate", e.documentDate());
    m.put("reservedBy", e.reservedBy());
    m.put("issuedBy", e.issuedBy());
    m.put("cancelledBy", e.cancelledBy());
    m.put("cancelReason", e.cancelReason());
    return m;
  }

  private Requester.User allow(HttpServletRequest request, String... groups) {
    Requester.User user = requester.of(request).orElseThrow(() -> new Refused(
        HttpStatus.UNAUTHORIZED, "Cần đăng nhập để xem sổ văn bản đi."));
    if (!user.inAny(groups)) {
      throw new Refused(HttpStatus.FORBIDDEN, "Người dùng " + user.id()
          + " không có quyền với sổ văn bản đi.");
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
