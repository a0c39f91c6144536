package vn.qcdc.flow.complaints;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

  ComplaintController(ComplaintRepository complaints, ComplaintAccess access,
      IdentityService identity) {
    this.complaints = complaints;
    this.access = access;
    this.identity = identity;
  }

  @GetMapping("/{caseNumber}")
  ResponseEntity<Map<String, Object>> get(@PathVariable String caseNumber) {
    Authentication auth = identity.getCurrentAuthentication();
    Complaint c = complaints.findByCaseNumber(caseNumber).orElse(null);
    if (c == null || auth == null || !access.isHandler(auth.getUserId(),
        c.getProcessInstanceId())) {
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
}
