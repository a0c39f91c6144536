package vn.qcdc.flow.progress;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrgUnitRepository;
import vn.qcdc.flow.organisation.Roles;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.web.Requester;

/**
 * GET /api/progress?year=: the "Tiến độ QCDC" dashboard's data (read-only). Leadership, the
 * steering committee, auditors and administrators see the whole agency; a member of a unit sees
 * only the rows of their own unit(s) and no agency-wide report or complaint; anyone else 403.
 */
@RestController
@RequestMapping("/api/progress")
class ProgressController {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private final ProgressService progress;
  private final Requester requester;
  private final OrgUnitRepository units;
  private final Roles roles;

  ProgressController(ProgressService progress, Requester requester, OrgUnitRepository units,
      Roles roles) {
    this.roles = roles;
    this.progress = progress;
    this.requester = requester;
    this.units = units;
  }

  /**
   * Who sees the whole of the caller's agency: its leadership and steering committee (its own
   * roles: each agency has its own), its auditors and the installation's administrators.
   */
  private String[] fullView() {
    List<String> groups = new ArrayList<>(List.of(roles.getLeadership(),
        roles.getSteeringCommittee()));
    units.findAll().stream().filter(u -> u.getKind() == UnitKind.AUDITORS
        || u.getKind() == UnitKind.ADMINISTRATORS).forEach(u -> groups.add(u.getCode()));
    return groups.toArray(String[]::new);
  }

  @GetMapping
  ResponseEntity<?> year(@RequestParam(required = false) String year,
      HttpServletRequest request) {
    var user = requester.of(request).orElse(null);
    if (user == null) {
      return refuse(HttpStatus.UNAUTHORIZED, "Bạn cần đăng nhập để xem tiến độ QCDC.");
    }
    int y;
    try {
      y = year == null || year.isBlank() ? Clock.today().getYear() : Integer.parseInt(year.strip());
    } catch (NumberFormatException e) {
      return refuse(HttpStatus.BAD_REQUEST, "Năm không hợp lệ: «" + year + "».");
    }
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      return refuse(HttpStatus.BAD_REQUEST,
          "Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR + ".");
    }
    Set<String> visible = null;
    if (!user.inAny(fullView())) {
      Set<String> codes = units.findAll().stream().map(OrgUnit::getCode)
          .collect(Collectors.toSet());
      visible = user.groups().stream().filter(codes::contains).collect(Collectors.toSet());
      if (visible.isEmpty()) {
        return refuse(HttpStatus.FORBIDDEN, "Người dùng " + user.id()
            + " không thuộc đơn vị nào và không có quyền xem tiến độ QCDC.");
      }
    }
    return ResponseEntity.ok(progress.year(y, visible));
  }

  private static ResponseEntity<Map<String, String>> refuse(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
