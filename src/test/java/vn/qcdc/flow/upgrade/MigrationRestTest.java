package vn.qcdc.flow.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.support.Logins;

/**
 * The migration endpoint over HTTP, as an administrator would call it after an upgrade:
 * only administrators, a dry run first, bad requests refused with nothing changed.
 * Shares RestYearTest's application context (same configuration) and leaves the current
 * models as the latest version, as it found them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:qcdc-rest;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class MigrationRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anAdministratorMigratesAnOldVersionAndNobodyElseMay() {
    ReleasedVersion.named("1.0.0").deploy(engine, "qcdc-flow 1.0.0 (released)");
    ReleasedYear.setDay(2026, 3, 2);
    Logins.login(engine, "tonghop");
    ProcessInstance complaint;
    try {
      complaint = engine.getFormService().submitStartForm(engine.getRepositoryService()
          .createProcessDefinitionQuery().processDefinitionKey("qcdc-complaint").latestVersion()
          .singleResult().getId(), Map.of("receivedDate", "2026-03-02", "channel", "BUU_DIEN",
          "citizenName", "Trần Thị B", "content", "Kiến nghị về giờ tiếp công dân.",
          "contentNature", "DE_XUAT_GOP_Y", "concernsAgency", true));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    int oldVersion = definitionOf(complaint).getVersion();
    ReleasedVersion.current().deploy(engine, "qcdc-flow");

    assertThat(call(HttpMethod.GET, "/api/upgrade/versions", null, null).getStatusCode().value())
        .isEqualTo(401);
    for (String user : List.of("truongban", "bcd", "tonghop", "kiemtoan")) {
      ResponseEntity<Map> refused = call(HttpMethod.POST, "/api/upgrade/migrations", user,
          Map.of("processKey", "qcdc-complaint", "fromVersion", oldVersion));
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(refused.getBody()).containsEntry("message", MigrationController.REFUSED);
    }
    assertThat(definitionOf(complaint).getVersion()).isEqualTo(oldVersion);

    ResponseEntity<Map> versions = call(HttpMethod.GET, "/api/upgrade/versions", "admin", null);
    assertThat(versions.getStatusCode().value()).isEqualTo(200);
    assertThat((Map<String, Object>) versions.getBody().get("qcdc-complaint"))
        .containsEntry(String.valueOf(oldVersion), 1);

    List<Map<String, Object>> bad = List.of(Map.of("processKey", "qcdc-complaint"),
        Map.of("processKey", "qcdc-complaint", "fromVersion", "một"),
        Map.of("processKey", "qcdc-complaint", "fromVersion", oldVersion, "dryRun", "có"),
        Map.of("processKey", "qcdc-complaint", "fromVersion", oldVersion,
            "renamedActivities", Map.of("ResolveCase", 3)));
    for (Map<String, Object> request : bad) {
      assertThat(call(HttpMethod.POST, "/api/upgrade/migrations", "admin", request)
          .getStatusCode().value()).as(request.toString()).isEqualTo(400);
    }
    ResponseEntity<Map> unknown = call(HttpMethod.POST, "/api/upgrade/migrations", "admin",
        Map.of("processKey", "qcdc-complaint", "fromVersion", 999));
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody()).containsEntry("message",
        "Không có quy trình «qcdc-complaint» phiên bản 999.");

    ResponseEntity<Map> dry = call(HttpMethod.POST, "/api/upgrade/migrations", "admin",
        Map.of("processKey", "qcdc-complaint", "fromVersion", oldVersion, "dryRun", true));
    assertThat(dry.getStatusCode().value()).isEqualTo(200);
    assertThat(dry.getBody()).containsEntry("instances", 1).containsEntry("migrated", false);
    assertThat((List<String>) dry.getBody().get("instructions"))
        .contains("ConfirmClassification -> ConfirmClassification");
    assertThat(definitionOf(complaint).getVersion()).isEqualTo(oldVersion);

    ResponseEntity<Map> done = call(HttpMethod.POST, "/api/upgrade/migrations", "admin",
        Map.of("processKey", "qcdc-complaint", "fromVersion", oldVersion));
    assertThat(done.getBody()).containsEntry("migrated", true);
    assertThat(definitionOf(complaint).getVersion()).isGreaterThan(oldVersion)
        .isEqualTo(engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey("qcdc-complaint").latestVersion().singleResult().getVersion());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId())
        .taskDefinitionKey("ConfirmClassification").count()).isEqualTo(1);
  }

  private org.camunda.bpm.engine.repository.ProcessDefinition definitionOf(ProcessInstance pi) {
    String id = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(pi.getId()).singleResult().getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(id);
  }

  private ResponseEntity<Map> call(HttpMethod method, String path, String user, Object body) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, vn.qcdc.flow.support.TestPasswords.of(user));
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(body, headers), Map.class);
  }
}
