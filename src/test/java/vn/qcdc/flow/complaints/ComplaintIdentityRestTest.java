package vn.qcdc.flow.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
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
import vn.qcdc.flow.engine.Clock;

/**
 * A denouncer's identity over REST, as the demo users: the reception officer records it, a
 * department member who does not handle the case finds it nowhere (Camunda's variables,
 * history, form history, the case API); the handling unit and leadership read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:qcdc-rest-complaints;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class ComplaintIdentityRestTest {

  static final String NAME = "Đặng Thị Tố Giác";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  HttpHeaders as(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, vn.qcdc.flow.support.TestPasswords.of(user));
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  ResponseEntity<String> get(String user, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(as(user)), String.class);
  }

  ResponseEntity<Map> post(String user, String path, Object body) {
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, as(user)), Map.class);
  }

  static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("value", value);
    v.put("type", type);
    return v;
  }

  @Test
  void theDenouncersIdentityIsVisibleOnlyToTheCaseHandlers() {
    ClockUtil.setCurrentTime(Clock.startOfDay(LocalDate.of(2022, 8, 1)));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("receivedDate", typed("2022-08-01", "String"));
    variables.put("channel", typed("BUU_DIEN", "String"));
    variables.put("citizenName", typed(NAME, "String"));
    variables.put("citizenAddress", typed("45 Nguyễn Huệ", "String"));
    variables.put("citizenContact", typed("0912 345 678", "String"));
    variables.put("content", typed("Tố cáo cán bộ nhận quà khi thẩm định hồ sơ.", "String"));
    variables.put("contentNature", typed("BAO_VI_PHAM", "String"));
    variables.put("concernsAgency", typed(true, "Boolean"));
    ResponseEntity<Map> started = post("tonghop",
        "/engine-rest/process-definition/key/qcdc-complaint/submit-form",
        Map.of("variables", variables));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String pid = (String) started.getBody().get("id");
    String caseNumber = (String) started.getBody().get("businessKey");
    assertThat(caseNumber).startsWith("ĐT-2022-");

    // The reception officer confirms: a denunciation, handled by the propaganda department.
    Task confirm = engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey("ConfirmClassification").singleResult();
    assertThat(post("tonghop", "/engine-rest/task/" + confirm.getId() + "/claim",
        Map.of("userId", "tonghop")).getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(post("tonghop", "/engine-rest/task/" + confirm.getId() + "/submit-form",
        Map.of("variables", Map.of("caseKind", typed("TO_CAO", "String"),
            "competence", typed("THUOC_THAM_QUYEN", "String"),
            "handlingUnit", typed("phong-tuyen-truyen", "String")))).getStatusCode()
        .is2xxSuccessful()).isTrue();

    // A member of another department: nowhere in the engine, refused by the case API.
    for (String path : List.of(
        "/engine-rest/process-instance/" + pid + "/variables",
        "/engine-rest/variable-instance?processInstanceIdIn=" + pid,
        "/engine-rest/history/variable-instance?processInstanceId=" + pid,
        "/engine-rest/history/detail?processInstanceId=" + pid,
        "/engine-rest/task?processInstanceId=" + pid)) {
      ResponseEntity<String> seen = get("baochi", path);
      assertThat(seen.getBody()).as(path).doesNotContain(NAME).doesNotContain("0912 345 678");
    }
    // Another department does not even reach the case's history (the allow-list refuses a
    // unit's history reads); that the identity never enters the engine is checked on every
    // path above.
    assertThat(get("baochi", "/engine-rest/history/variable-instance?processInstanceId=" + pid)
        .getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> refused = get("baochi", "/api/complaints/" + caseNumber);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody()).contains("chỉ người được giao xử lý vụ việc")
        .doesNotContain(NAME);
    // Nor can the People's Inspection Board, who supervise without handling.
    assertThat(get("thanhtra", "/api/complaints/" + caseNumber).getStatusCode().value())
        .isEqualTo(403);

    // The handlers: reception, the handling unit, leadership.
    for (String handler : List.of("tonghop", "tuyentruyen", "truongban")) {
      ResponseEntity<String> file = get(handler, "/api/complaints/" + caseNumber);
      assertThat(file.getStatusCode().value()).as(handler).isEqualTo(200);
      assertThat(file.getBody()).as(handler).contains(NAME).contains("0912 345 678");
    }
    breakGlass(caseNumber);

    // The grants that decide it are Camunda authorizations on the case's instance.
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(pid)
        .list()).extracting(a -> a.getGroupId())
        .contains("phong-tong-hop", "lanh-dao", "phong-tuyen-truyen")
        .doesNotContain("phong-bao-chi", "ban-thanh-tra");
  }

  /**
   * An administrator does not handle the case: refused without a reason, let through with one,
   * and the People's Inspection Board sees who read it, when and why.
   */
  void breakGlass(String caseNumber) {
    String path = "/api/complaints/" + caseNumber;
    ResponseEntity<String> bare = get("admin", path);
    assertThat(bare.getStatusCode().value()).isEqualTo(403);
    assertThat(bare.getBody()).contains("khi nêu lý do").doesNotContain(NAME);
    HttpHeaders shortReason = as("admin");
    shortReason.set("X-Reason", "xem");
    assertThat(http.exchange(path, HttpMethod.GET, new HttpEntity<>(shortReason), String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(get("thanhtra", "/api/complaints/identity-access").getBody()).isEqualTo("[]");

    String reason = "Quyết định số 12/QĐ-TTr ngày 02/8/2022 của Thanh tra thành phố";
    HttpHeaders withReason = as("admin");
    withReason.set("X-Reason", java.net.URLEncoder.encode(reason,
        java.nio.charset.StandardCharsets.UTF_8));
    ResponseEntity<String> read = http.exchange(path, HttpMethod.GET,
        new HttpEntity<>(withReason), String.class);
    assertThat(read.getStatusCode().value()).isEqualTo(200);
    assertThat(read.getBody()).contains(NAME);

    ResponseEntity<String> log = get("thanhtra", "/api/complaints/identity-access");
    assertThat(log.getStatusCode().value()).isEqualTo(200);
    assertThat(log.getBody()).contains(caseNumber).contains("\"userId\":\"admin\"")
        .contains(reason).doesNotContain(NAME);
    assertThat(get("baochi", "/api/complaints/identity-access").getStatusCode().value())
        .isEqualTo(403);
  }
}
