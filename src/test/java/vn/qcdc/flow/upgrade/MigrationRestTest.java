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

  /**
   * The next release renames a step of the complaint: a case waiting there, with its legal
   * deadline timers, moves only when the rename is given, keeps its deadlines, and finishes on
   * the new model.
   */
  @Test
  void aRenamedStepIsMappedAndTheCaseFinishesOnTheNextModel() {
    ReleasedVersion current = ReleasedVersion.current();
    current.deploy(engine, "qcdc-flow");
    ReleasedYear.setDay(2026, 4, 1);
    String pid = startComplaint("2026-04-01");
    submit(pid, "ConfirmClassification", "tonghop", Map.of("caseKind", "KHIEU_NAI",
        "competence", "THUOC_THAM_QUYEN", "handlingUnit", "phong-tuyen-truyen"));
    submit(pid, "AcceptCase", "tuyentruyen", Map.of("acceptanceDecision", "THU_LY",
        "acceptanceDate", "2026-04-01"));
    int oldVersion = definitionOf(pid).getVersion();
    List<java.util.Date> deadlines = timers(pid);
    assertThat(deadlines).as("the resolution's warning and limit").hasSizeGreaterThanOrEqualTo(2);

    String model = new String(current.resources.get("processes/qcdc-complaint.bpmn"),
        java.nio.charset.StandardCharsets.UTF_8).replace("\"ResolveCase\"",
        "\"ResolveCaseFirstTime\"");
    var next = engine.getRepositoryService().createDeployment().name("qcdc-flow next")
        .addString("processes/qcdc-complaint.bpmn", model);
    current.forms().forEach((name, bytes) ->
        next.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
    next.deploy();

    ResponseEntity<Map> unmapped = call(HttpMethod.POST, "/api/upgrade/migrations", "admin",
        Map.of("processKey", "qcdc-complaint", "fromVersion", oldVersion));
    assertThat(unmapped.getStatusCode().value()).isEqualTo(422);
    assertThat(unmapped.getBody().get("problems").toString()).contains("ResolveCase");
    assertThat(definitionOf(pid).getVersion()).isEqualTo(oldVersion);

    ResponseEntity<Map> mapped = call(HttpMethod.POST, "/api/upgrade/migrations", "admin",
        Map.of("processKey", "qcdc-complaint", "fromVersion", oldVersion,
            "renamedActivities", Map.of("ResolveCase", "ResolveCaseFirstTime")));
    assertThat(mapped.getStatusCode().value()).as(String.valueOf(mapped.getBody()))
        .isEqualTo(200);
    assertThat(mapped.getBody()).containsEntry("migrated", true);
    assertThat((List<String>) mapped.getBody().get("instructions"))
        .contains("ResolveCase -> ResolveCaseFirstTime");
    assertThat(definitionOf(pid).getVersion()).isGreaterThan(oldVersion);
    assertThat(timers(pid)).as("deadlines kept").isEqualTo(deadlines);

    ReleasedYear.setDay(2026, 4, 20);
    submit(pid, "ResolveCaseFirstTime", "tuyentruyen", Map.of("resolutionOutcome", "RESOLVED",
        "decisionNumber", "07/QĐ-BTGTU", "decisionDate", "2026-04-20",
        "resolutionSummary", "Giải quyết khiếu nại lần đầu.", "citizenNotifiedOn", "2026-04-20"));
    submit(pid, "SuperviseCase", "thanhtra", Map.of("openSupervisionNote", false));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(pid).singleResult().getState()).isEqualTo("COMPLETED");
    assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(pid)
        .count()).isZero();
    current.deploy(engine, "qcdc-flow"); // the current models are the latest again
  }

  private String startComplaint(String received) {
    Logins.login(engine, "tonghop");
    try {
      return engine.getFormService().submitStartForm(engine.getRepositoryService()
          .createProcessDefinitionQuery().processDefinitionKey("qcdc-complaint").latestVersion()
          .singleResult().getId(), Map.of("receivedDate", received, "channel", "BUU_DIEN",
          "citizenName", "Lê Văn C", "content", "Khiếu nại quyết định kỷ luật.",
          "contentNature", "XEM_XET_LAI_QUYET_DINH", "concernsAgency", true)).getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void submit(String pid, String taskKey, String user, Map<String, Object> values) {
    var task = engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open " + taskKey).isNotNull();
    Logins.login(engine, user);
    try {
      engine.getTaskService().claim(task.getId(), user);
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<java.util.Date> timers(String pid) {
    return engine.getManagementService().createJobQuery().processInstanceId(pid).timers()
        .orderByJobDuedate().asc().list().stream().map(j -> j.getDuedate()).toList();
  }

  private org.camunda.bpm.engine.repository.ProcessDefinition definitionOf(String pid) {
    return engine.getRepositoryService().getProcessDefinition(engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceId(pid).singleResult()
        .getProcessDefinitionId());
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
