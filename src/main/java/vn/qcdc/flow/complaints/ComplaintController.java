package vn.qcdc.flow.complaints;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.flow.organisation.Roles;

/**
 * /api/complaints/{caseNumber}: the case file with the citizen's identity, for the people
 * handling the case only (their Camunda authorization on the case); 403 for anyone else.
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

  private final ComplaintRepository complaints;
  private final ComplaintAccess access;
  private final IdentityService identity;

  private final BreakGlass breakGlass;
  private final Roles roles;

  ComplaintController(ComplaintRepository complaints, ComplaintAccess access,
      IdentityService identity, BreakGlass breakGlass, Roles roles) {
    this.complaints = complaints;
    this.access = access;
    this.identity = identity;
    this.breakGlass = breakGlass;
    this.roles = roles;
  }

  /** The break-glass readings, for the People's Inspection Board and leadership. */
  @GetMapping("/identity-access")
  ResponseEntity<?> identityAccess() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || !groupsOf(auth).stream().anyMatch(g ->
        g.equals(roles.getInspectionBoard())
            || g.equals(roles.getLeadership()))) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
          "Chỉ Ban Thanh tra nhân dân và Lãnh đạo được xem nhật ký truy cập thông tin người gửi"
              + " đơn."));
    }
    return ResponseEntity.ok(breakGlass.list());
  }

  @GetMapping("/{caseNumber}")
  ResponseEntity<Map<String, Object>> get(@PathVariable String caseNumber,
      @RequestHeader(name = "X-Reason", required = false) String reasonHeader,
      @RequestParam(name = "reason", required = false) String reasonParam) {
    Authentication auth = identity.getCurrentAuthentication();
    Complaint c = complaints.findByCaseNumber(caseNumber).orElse(null);
    boolean handler = c != null && auth != null
        && access.isHandler(auth.getUserId(), c.getProcessInstanceId());
    if (!handler && c != null && auth != null
        && groupsOf(auth).contains(Groups.CAMUNDA_ADMIN)) {
      String reason = reasonHeader != null
          ? URLDecoder.decode(reasonHeader, StandardCharsets.UTF_8) : reasonParam;
      if (!BreakGlass.acceptable(reason)) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
            "Quản trị viên không xử lý vụ việc " + caseNumber + " chỉ được xem thông tin người"
                + " gửi đơn khi nêu lý do (tiêu đề X-Reason, ít nhất "
                + BreakGlass.MIN_REASON_LENGTH + " ký tự); lần xem được ghi lại và báo cho Ban"
                + " Thanh tra nhân dân."));
      }
      breakGlass.record(c.getCaseNumber(), c.getProcessInstanceId(), auth.getUserId(), reason);
      handler = true;
    }
    if (!handler) {
      // The same answer whether the case exists or not: no probing for case numbers.
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
          "Không có quyền xem hồ sơ vụ việc " + caseNumber
              + ": chỉ người được giao xử lý vụ việc được xem thông tin người gửi đơn."));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("caseNumber", c.getCaseNumber());
    view.put("receivedOn", c.getReceivedOn());
    view.put("channel", c.getChannel());
    view.put("citizenName", c.getCitizenName());
    view.put("citizenAddress", c.getCitizenAddress());
    view.put("citizenContact", c.getCitizenContact());
    view.put("content", c.getContent());
    view.put("caseKind", c.getCaseKind());
    view.put("handlingUnit", c.getHandlingUnit());
    view.put("status", c.getStatus());
    view.put("acceptanceDue", c.getAcceptanceDue());
    view.put("acceptedLate", c.isAcceptedLate());
    view.put("resolutionDue", c.getResolutionDue());
    view.put("extensions", c.getExtensions());
    view.put("resolvedOn", c.getResolvedOn());
    view.put("onTime", c.getOnTime());
    return ResponseEntity.ok(view);
  }

  private List<String> groupsOf(Authentication auth) {
    return auth.getGroupIds() != null ? auth.getGroupIds()
        : identity.createGroupQuery().groupMember(auth.getUserId()).list().stream()
            .map(Group::getId).toList();
  }
}
