package vn.qcdc.flow.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' REST API (read-only, except that an export is recorded):
 * only the auditor group and administrators; everyone else gets 403 with a
 * Vietnamese message. Authentication is the basic auth of every /api call.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  private final AuditAccess access;
  private final AuditReplay replays;
  private final AuditExports exports;
  private final AuditTrail trail;
  private final AuditSeals seals;

  AuditController(AuditAccess access, AuditReplay replays, AuditExports exports,
      AuditTrail trail, AuditSeals seals) {
    this.access = access;
    this.replays = replays;
    this.exports = exports;
    this.trail = trail;
    this.seals = seals;
  }

  /** Who is asking: the view shows the name and hides itself from non-auditors. */
  @GetMapping("/me")
  Map<String, String> me() {
    return Map.of("userId", access.requireAuditor());
  }

  /** Cycles and other root instances, running and finished; filter by year and process key. */
  @GetMapping("/cycles")
  List<Replay.Instance> cycles(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String process) {
    return access.asAuditor(() -> replays.cycles(year, process));
  }

  /** The replay of a cycle: root instance id or business key (QCDC-2022). */
  @GetMapping("/cycles/{id}")
  Replay replay(@PathVariable String id) {
    return access.asAuditor(() -> replays.replay(id));
  }

  @GetMapping("/cycles/{id}/exports")
  List<Map<String, Object>> exportsOf(@PathVariable String id) {
    return access.asAuditor(() -> exports.exportsOf(replays.root(id).getId()));
  }

  @GetMapping(value = "/definitions/{definitionId}/xml", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<String> definitionXml(@PathVariable String definitionId) {
    String xml = access.asAuditor(() -> replays.definitionXml(definitionId));
    return ResponseEntity.ok().contentType(new MediaType("application", "xml",
        StandardCharsets.UTF_8)).body(xml);
  }

  /** Exports the trail: format csv, json or docx; the chain head is recorded first. */
  @GetMapping("/cycles/{id}/export")
  ResponseEntity<byte[]> export(@PathVariable String id,
      @RequestParam(defaultValue = "json") String format) {
    String user = access.requireAuditor();
    AuditExports.Format f;
    try {
      f = AuditExports.Format.valueOf(format.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new AuditBadRequestException("Định dạng xuất không hợp lệ: «" + format
          + "». Chọn csv, json hoặc docx.");
    }
    AuditExports.Export export = access.asAuditor(() -> exports.export(id, f, user));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(export.fileName()).build().toString()) // ASCII name
        .header("X-Audit-Export-Id", export.id())
        .header("X-Audit-Chain-Head", export.head())
        .contentType(MediaType.parseMediaType(export.contentType()))
        .body(export.content());
  }

  /** Verifies an export (the CSV or JSON file as the request body) against the recorded head. */
  @PostMapping("/verify")
  Map<String, Object> verify(@RequestBody byte[] file) {
    String text = new String(file, StandardCharsets.UTF_8);
    AuditVerifier.Result r;
    try {
      r = access.asAuditor(() -> exports.verify(text));
    } catch (IllegalArgumentException e) {
      throw new AuditBadRequestException(e.getMessage());
    }
    return Map.of("intact", r.intact(), "entries", r.entries(), "head", r.head(),
        "findings", r.findings(), "report", AuditVerifier.report(r));
  }

  /**
   * Checks the whole history against the chain and the seals in the database; with a body
   * (text holding published seals: the inspection board's e-mails, a report's appendix), those
   * seals too.
   */
  @RequestMapping(value = "/trail/verify", method = {org.springframework.web.bind.annotation
      .RequestMethod.GET, org.springframework.web.bind.annotation.RequestMethod.POST})
  Map<String, Object> verifyTrail(@RequestBody(required = false) String published) {
    if (published != null && published.length() > 1_000_000) {
      throw new AuditBadRequestException("Văn bản chứa dấu niêm phong quá dài (tối đa 1 MB).");
    }
    AuditTrailVerifier.Result r = access.asAuditor(() -> trail.verify(published));
    return Map.of("intact", r.intact(), "entries", r.entries(), "head", r.head(),
        "validSeals", r.validSeals(), "findings", r.findings(), "report", r.report());
  }

  /** Seals the chain's head now (e.g. before an inspection) and mails the seal. */
  @PostMapping("/trail/seal")
  Map<String, String> seal() {
    String user = access.requireAuditor();
    String line = access.asAuditor(() -> seals.seal("theo yêu cầu của " + user).line());
    return Map.of("seal", line);
  }

  @ExceptionHandler(AuditRefusedException.class)
  ResponseEntity<Map<String, String>> refused(AuditRefusedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(AuditNotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(AuditNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(AuditBadRequestException.class)
  ResponseEntity<Map<String, String>> badRequest(AuditBadRequestException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }

  static class AuditBadRequestException extends RuntimeException {
    AuditBadRequestException(String message) {
      super(message);
    }
  }
}
