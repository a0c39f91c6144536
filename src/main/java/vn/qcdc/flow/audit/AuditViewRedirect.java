package vn.qcdc.flow.audit;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The auditors' replay lives in Cockpit (plugin qcdc-audit, page #/qcdc-audit), with Cockpit's
 * session: the old addresses of the separate view lead there, so bookmarks keep working.
 */
@Controller
class AuditViewRedirect {

  static final String COCKPIT_REPLAY = "/camunda/app/cockpit/default/#/qcdc-audit";

  @GetMapping({"/audit", "/audit/", "/audit/index.html"})
  String view() {
    return "redirect:" + COCKPIT_REPLAY;
  }
}
