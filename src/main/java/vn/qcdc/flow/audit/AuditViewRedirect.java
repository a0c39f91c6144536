package vn.qcdc.flow.audit;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** /audit and /audit/ open the auditors' view (static/audit/index.html, built from npm). */
@Controller
class AuditViewRedirect {

  @GetMapping({"/audit", "/audit/"})
  String view() {
    return "redirect:/audit/index.html";
  }
}
