package vn.qcdc.flow.emulation;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.Roles;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.web.Requester;

/** The year's emulation results as .csv or .xlsx, for leadership and the emulation council. */
@RestController
class EmulationController {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final EmulationExport export;
  private final Requester requester;
  private final Roles roles;
  private final OrganisationRegistry organisation;

  EmulationController(EmulationExport export, Requester requester, Roles roles,
      OrganisationRegistry organisation) {
    this.roles = roles;
    this.organisation = organisation;
    this.export = export;
    this.requester = requester;
  }

  /**
   * The caller's agency's leadership, steering committee and general affairs (its own roles,
   * read per request), its auditors and the installation's administrators.
   */
  private String[] readers() {
    List<String> readers = new ArrayList<>(List.of(roles.getLeadership(),
        roles.getSteeringCommittee(), roles.getGeneralAffairs()));
    organisation.ofKinds(Set.of(UnitKind.AUDITORS, UnitKind.ADMINISTRATORS))
        .forEach(u -> readers.add(u.getCode()));
    return readers.toArray(String[]::new);
  }

  @GetMapping({"/api/emulation/{year}/ratings.{format}", "/emulation/{year}/ratings.{format}"})
  ResponseEntity<?> ratings(@PathVariable int year, @PathVariable String format,
      HttpServletRequest request) {
    var user = requester.of(request);
    if (user.isEmpty()) {
      return refuse(HttpStatus.UNAUTHORIZED, "Cần đăng nhập để xem kết quả thi đua.");
    }
    if (!user.get().inAny(readers())) {
      return refuse(HttpStatus.FORBIDDEN, "Người dùng " + user.get().id()
          + " không có quyền xem kết quả thi đua.");
    }
    if (export.rows(year).isEmpty()) {
      return refuse(HttpStatus.NOT_FOUND, "Năm " + year + " chưa có kết quả xếp loại chất lượng.");
    }
    String name = "Kết quả xếp loại chất lượng năm " + year + "." + format;
    String disposition = "attachment; filename=\"xep-loai-thi-dua-" + year + "." + format
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return switch (format) {
      case "csv" -> ResponseEntity.ok()
          .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, disposition).body(export.csv(year));
      case "xlsx" -> ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
          .header(HttpHeaders.CONTENT_DISPOSITION, disposition).body(export.xlsx(year));
      default -> refuse(HttpStatus.NOT_FOUND, "Định dạng không hỗ trợ: " + format
          + " (csv hoặc xlsx).");
    };
  }

  private static ResponseEntity<Map<String, String>> refuse(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", message));
  }
}
