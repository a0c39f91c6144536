package vn.qcdc.flow.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.flow.web.Requester;

/**
 * /api/upgrade, administrators only: which old process versions still have running instances,
 * and the migration of one of them to the latest version (docs/upgrading.md).
 *
 * <pre>
 * GET  /api/upgrade/versions
 * POST /api/upgrade/migrations {"processKey": "qcdc-dissemination", "fromVersion": 1,
 *                               "renamedActivities": {"Old": "New"}, "dryRun": true}
 * </pre>
 */
@RestController
@RequestMapping("/api/upgrade")
class MigrationController {

  static final String ADMINISTRATORS = "camunda-admin";
  static final String REFUSED = "Chỉ quản trị hệ thống (camunda-admin) được chuyển phiên bản"
      + " quy trình.";

  private final ModelMigration migration;
  private final Requester requester;

  MigrationController(ModelMigration migration, Requester requester) {
    this.migration = migration;
    this.requester = requester;
  }

  @GetMapping("/versions")
  ResponseEntity<?> versions(HttpServletRequest request) {
    if (!isAdministrator(request)) {
      return refused();
    }
    return ResponseEntity.ok(migration.runningVersions());
  }

  @PostMapping(value = "/migrations", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> migrate(HttpServletRequest request, @RequestBody JsonNode body) {
    if (!isAdministrator(request)) {
      return refused();
    }
    if (body == null || !body.path("processKey").isTextual()
        || !body.path("fromVersion").canConvertToExactIntegral()
        || body.has("dryRun") && !body.get("dryRun").isBoolean()
        || body.has("renamedActivities") && !body.get("renamedActivities").isObject()) {
      return ResponseEntity.badRequest().body(Map.of("message", "Cần {\"processKey\": mã quy"
          + " trình, \"fromVersion\": số phiên bản, \"renamedActivities\": {cũ: mới},"
          + " \"dryRun\": true|false}."));
    }
    Map<String, String> renamed = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = body.path("renamedActivities").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isTextual()) {
        return ResponseEntity.badRequest().body(Map.of("message",
            "Mã hoạt động mới của «" + e.getKey() + "» phải là chuỗi."));
      }
      renamed.put(e.getKey(), e.getValue().asText());
    }
    ModelMigration.Result result = migration.migrate(body.get("processKey").asText(),
        body.get("fromVersion").asInt(), renamed, body.path("dryRun").asBoolean(false));
    return ResponseEntity.status(result.problems().isEmpty() ? HttpStatus.OK
        : HttpStatus.UNPROCESSABLE_ENTITY).body(result);
  }

  private boolean isAdministrator(HttpServletRequest request) {
    return requester.of(request).map(u -> u.inAny(ADMINISTRATORS)).orElse(false);
  }

  private static ResponseEntity<Map<String, String>> refused() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", REFUSED));
  }
}
