package vn.qcdc.flow.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * Hostile input against the REST API and the form submissions of the cycle
 * start, the plan, dissemination and the conference: every request here is
 * wrong in one way, must get a 4xx with a message that names the problem, and
 * must leave the database exactly as it was (row counts of every qcdc_*,
 * ACT_RU_* and ACT_HI_* table, every runtime variable's value, every task's
 * assignee). Each request is a test of its own, so a regression names the case.
 *
 * <p>The open tasks the requests aim at are set up once, in years of their own
 * (2023-2029) on a database of its own: dissemination and the
 * conference record open in 2023, proposals in 2024, answers in 2025, the work plan in
 * 2026, the plan draft in 2028 and its approval in 2029. Every task is claimed by the
 * member of the right group who then sends the bad data, so the refusal is about the
 * data, not about rights.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
public abstract class HostileInputScenarios {

  static final String LONG_TEXT = "Quán triệt ".repeat(400); // 4400 characters, over 4000
  static final String HTML = "<script>alert('xss')</script><b>Đã quán triệt</b>";
  static final String SQL = "'; DROP TABLE qcdc_dissemination; --";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  DataSource dataSource;

  final ObjectMapper json = new ObjectMapper();
  DatabaseFingerprint fingerprint;
  Map<String, Object> before;
  final Map<String, String> tasks = new LinkedHashMap<>();
  /** The rating proposed for the general department in 2019 (the valid confirmation). */
  String proposedRating;

  /** One hostile request and what the refusal must say. */
  record Bad(String name, HttpMethod method, String path, String user, String contentType,
      String body, int status, String says) {
  }

  @BeforeAll
  void openTasksInEveryStateTheRequestsNeed() {
    JavaDesk desk = new JavaDesk(engine, cycles);

    YearDriver y23 = new YearDriver(engine, desk, 2023);
    y23.start();
    y23.draftAndApprovePlan();
    for (String unit : YearDriver.DISSEMINATION_UNITS) {
      if (!unit.equals("phong-ly-luan")) {
        y23.disseminate(unit, 5);
      }
    }
    submitAllProposals(y23, null);
    y23.runDueJobs();
    y23.answerAllProposals();
    tasks.put("dissemination", claim(y23.taskOf("RecordDissemination", "phong-ly-luan"),
        "lyluan"));
    tasks.put("conference", claim(y23.task("RecordConference"), "bcd"));
    tasks.put("finished", engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey("QCDC-2023").taskDefinitionKey("DraftPlan").finished()
        .singleResult().getId());

    YearDriver y24 = new YearDriver(engine, desk, 2024);
    y24.start();
    y24.draftAndApprovePlan();
    submitAllProposals(y24, "phong-bao-chi");
    tasks.put("proposals", claim(y24.taskOf("SubmitProposals", "phong-bao-chi"), "baochi"));

    YearDriver y25 = new YearDriver(engine, desk, 2025);
    y25.start();
    y25.draftAndApprovePlan();
    submitAllProposals(y25, null);
    y25.runDueJobs();
    tasks.put("answer", claim(y25.tasks("AnswerProposal").get(0), "truongban"));

    YearDriver y26 = new YearDriver(engine, desk, 2026);
    y26.start();
    y26.draftAndApprovePlan();
    submitAllProposals(y26, null);
    y26.runDueJobs();
    y26.answerAllProposals();
    y26.recordConference(45, 40, 38);
    tasks.put("workplan", claim(y26.task("IssueWorkPlan"), "truongban"));

    YearDriver y28 = new YearDriver(engine, desk, 2028);
    y28.start();
    tasks.put("draft", claim(y28.task("DraftPlan"), "bcd"));

    YearDriver y29 = new YearDriver(engine, desk, 2029);
    y29.start();
    y29.submit(y29.task("DraftPlan"), "bcd", Map.of("yearKeyTasks", "Chuyển đổi số",
        "disseminationDueDate", "2029-02-15"));
    tasks.put("approve", claim(y29.task("ApprovePlan"), "truongban"));

    // Issue 3's forms (reviews, report, ratings) in years of their own, before 2023 so that
    // the dates of their valid values are not after the engine's today (2023-03-01).
    // 2019: a whole year up to the leadership's confirmation of the ratings; the general
    // department listed one official for the emulation rating.
    YearDriver y19 = new YearDriver(engine, desk, 2019);
    y19.start();
    y19.firstHalf();
    y19.clock(6, 15);
    y19.runDueJobs();
    y19.wholeReview("01-BC/BTGTU");
    y19.clock(11, 20);
    y19.runDueJobs();
    for (String unit : YearDriver.REVIEW_UNITS) {
      y19.fileReview(unit, unit.equals("phong-tong-hop")
          ? Map.of("officialsListed", "Phạm Thị Dung; 95; không") : Map.of());
    }
    y19.reviewSideBranches(List.of("phong-ly-luan"));
    y19.runDueJobs();
    y19.approveAndSubmitReport("02-BC/BTGTU");
    y19.runDueJobs();
    Task rating = y19.tasks("ConfirmRating").stream().filter(t -> "phong-tong-hop".equals(
        engine.getTaskService().getVariable(t.getId(), "unitCode"))).findFirst().orElseThrow();
    proposedRating = (String) engine.getTaskService().getVariable(rating.getId(),
        "proposedRating");
    tasks.put("rating", claim(rating, "truongban"));

    // 2020: the year-end review, four units still to file: three claim their task, the
    // propaganda department's stays in its group's list.
    YearDriver y20 = new YearDriver(engine, desk, 2020);
    y20.start();
    y20.firstHalf();
    y20.clock(6, 15);
    y20.runDueJobs();
    y20.wholeReview("01-BC/BTGTU");
    y20.clock(11, 20);
    y20.runDueJobs();
    for (String unit : YearDriver.REVIEW_UNITS) {
      if (!List.of("phong-tong-hop", "phong-tuyen-truyen", "cong-doan", "ban-thanh-tra")
          .contains(unit)) {
        y20.fileReview(unit);
      }
    }
    tasks.put("review", claim(y20.taskOf("FileUnitReview", "phong-tong-hop"), "tonghop"));
    tasks.put("union", claim(y20.taskOf("FileUnionReview", "cong-doan"), "congdoan"));
    tasks.put("board", claim(y20.taskOf("FileInspectionBoardReview", "ban-thanh-tra"),
        "thanhtra"));
    tasks.put("otherUnitReview", y20.taskOf("FileUnitReview", "phong-tuyen-truyen").getId());

    // 2021: the six-month report approved, waiting for its number at the records office.
    YearDriver y21 = new YearDriver(engine, desk, 2021);
    y21.start();
    y21.firstHalf();
    y21.clock(6, 15);
    y21.runDueJobs();
    for (String unit : YearDriver.REVIEW_UNITS) {
      y21.fileReview(unit);
    }
    y21.reviewSideBranches(List.of("phong-ly-luan"));
    y21.runDueJobs();
    y21.submit(y21.task("ApproveReport"), "truongban", Map.of("reportDecision", "approve"));
    tasks.put("submission", claim(y21.task("SubmitReport"), "tonghop"));

    // The engine's today for the date rules: early March of 2023.
    ClockUtil.setCurrentTime(Clock.startOfDay(LocalDate.of(2023, 3, 1)));
    fingerprint = new DatabaseFingerprint(dataSource);
    before = fingerprint.take();
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private void submitAllProposals(YearDriver y, String except) {
    for (String unit : List.of("phong-tong-hop", "phong-tuyen-truyen", "phong-ly-luan",
        "phong-bao-chi", "phong-van-hoa", "trung-tam-du-luan", "cong-doan")) {
      if (!unit.equals(except)) {
        y.submitProposals(unit, unit.equals("phong-tuyen-truyen") ? "Bổ sung máy tính" : null);
      }
    }
  }

  private String claim(Task task, String user) {
    engine.getTaskService().claim(task.getId(), user);
    return task.getId();
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void theSuiteHasOverAHundredDistinctRequests() {
    List<Bad> all = cases();
    Set<String> distinct = new HashSet<>();
    for (Bad bad : all) {
      distinct.add(bad.method() + " " + bad.path() + " " + bad.user() + " " + bad.contentType()
          + " " + bad.body());
    }
    assertThat(distinct).hasSize(all.size());
    assertThat(all.stream().map(Bad::name).distinct().count()).isEqualTo(all.size());
    assertThat(all.size()).isGreaterThanOrEqualTo(100);
    assertThat(fingerprint.tables()).hasSizeGreaterThan(20)
        .anyMatch(t -> t.equalsIgnoreCase("qcdc_dissemination"))
        .anyMatch(t -> t.equalsIgnoreCase("ACT_RU_TASK"))
        .anyMatch(t -> t.equalsIgnoreCase("ACT_HI_VARINST"));
  }

  @TestFactory
  @org.junit.jupiter.api.Order(2)
  Stream<DynamicTest> everyBadRequestIsRefusedClearlyAndChangesNothing() {
    return cases().stream().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> {
      ResponseEntity<String> response = send(bad);
      int status = response.getStatusCode().value();
      String message = messageOf(response.getBody());
      assertThat(status).as("%s -> %s %s", bad.name(), status, response.getBody())
          .isEqualTo(bad.status());
      assertThat(message).as("%s: the message of %s", bad.name(), response.getBody())
          .isNotBlank().containsIgnoringCase(bad.says());
      Map<String, Object> after = fingerprint.take();
      Map<String, String> changed = new java.util.TreeMap<>();
      Set<String> keys = new HashSet<>(before.keySet());
      keys.addAll(after.keySet());
      for (String key : keys) {
        if (!java.util.Objects.equals(before.get(key), after.get(key))) {
          changed.put(key, before.get(key) + " -> " + after.get(key));
        }
      }
      if (!changed.isEmpty()) {
        before = after; // one leak must not fail every later case
      }
      assertThat(changed).as("%s left a trace in the database", bad.name()).isEmpty();
    }));
  }

  ResponseEntity<String> send(Bad bad) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(bad.user(), vn.qcdc.flow.support.TestPasswords.of(bad.user()));
    if (bad.contentType() != null) {
      headers.set(HttpHeaders.CONTENT_TYPE, bad.contentType());
    }
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    String path = bad.path();
    for (Map.Entry<String, String> task : tasks.entrySet()) {
      path = path.replace("{" + task.getKey() + "}", task.getValue());
    }
    return http.exchange(path, bad.method(), new HttpEntity<>(bad.body(), headers), String.class);
  }

  String messageOf(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try {
      JsonNode node = json.readTree(body);
      return node.path("message").asText("");
    } catch (Exception e) {
      return "";
    }
  }

  // ------------------------------------------------------------------ cases

  static final String JSON = "application/json";

  final List<Bad> cases = new ArrayList<>();

  List<Bad> cases() {
    if (!cases.isEmpty()) {
      return cases;
    }
    cycleStart();
    planDraft();
    planApproval();
    dissemination();
    proposals();
    answers();
    conference();
    workPlan();
    tasksThemselves();
    reviews();
    report();
    ratings();
    someoneElsesTask();
    return cases;
  }

  void api(String name, String body, int status, String says) {
    cases.add(new Bad(name, HttpMethod.POST, "/api/cycles", "bcd", JSON, body, status, says));
  }

  void cycleStart() {
    String year = "«Năm thực hiện» phải là số nguyên từ 2000 đến 2100";
    String unreadable = "JSON không hợp lệ";
    api("cycle: truncated JSON", "{\"year\":", 400, unreadable);
    api("cycle: not JSON at all", "năm 2080", 400, unreadable);
    api("cycle: empty body", "", 400, unreadable);
    api("cycle: a JSON array", "[2080]", 400, unreadable);
    api("cycle: year as words", "{\"year\":\"hai nghìn không trăm tám mươi\"}", 400, year);
    api("cycle: year with a fraction", "{\"year\":2080.5}", 400, year);
    api("cycle: year null", "{\"year\":null}", 400, year);
    api("cycle: no year", "{}", 400, year);
    api("cycle: negative year", "{\"year\":-2080}", 400, year);
    api("cycle: year zero", "{\"year\":0}", 400, year);
    api("cycle: year before 2000", "{\"year\":1999}", 400, year);
    api("cycle: year after 2100", "{\"year\":2101}", 400, year);
    api("cycle: year beyond int", "{\"year\":99999999999}", 400, year);
    api("cycle: year 1e400", "{\"year\":1e400}", 400, year);
    api("cycle: SQL in year", "{\"year\":\"2080; DROP TABLE qcdc_cycle\"}", 400, year);
    api("cycle: HTML in year", "{\"year\":\"<script>alert(1)</script>\"}", 400, year);
    api("cycle: year boolean", "{\"year\":true}", 400, year);
    api("cycle: year in a list", "{\"year\":[2080]}", 400, year);
    api("cycle: year as object", "{\"year\":{\"value\":2080}}", 400, year);
    api("cycle: second cycle of a year", "{\"year\":2023}", 409, "đã được khởi động");
    api("cycle: second cycle, year as text", "{\"year\":\"2024\"}", 409, "đã được khởi động");
    cases.add(new Bad("cycle: form-encoded instead of JSON", HttpMethod.POST, "/api/cycles",
        "bcd", "application/x-www-form-urlencoded", "year=2080", 415, "application/json"));
    cases.add(new Bad("cycle: text/plain", HttpMethod.POST, "/api/cycles", "bcd", "text/plain",
        "{\"year\":2080}", 415, "application/json"));
    String start = "/engine-rest/process-definition/key/qcdc-annual-cycle/start";
    String submitStart = "/engine-rest/process-definition/key/qcdc-annual-cycle/submit-form";
    cases.add(new Bad("cycle via Camunda: second cycle of a year", HttpMethod.POST, start, "bcd",
        JSON, "{\"variables\":{\"year\":{\"value\":2025,\"type\":\"Integer\"}}}", 409,
        "đã được khởi động"));
    cases.add(new Bad("cycle via Camunda: no year", HttpMethod.POST, start, "bcd", JSON,
        "{\"variables\":{}}", 400, "Năm thực hiện"));
    cases.add(new Bad("cycle via Camunda: year as text", HttpMethod.POST, start, "bcd", JSON,
        "{\"variables\":{\"year\":{\"value\":\"năm nay\",\"type\":\"String\"}}}", 400,
        "Năm thực hiện"));
    cases.add(new Bad("cycle via Camunda: business key of another year", HttpMethod.POST, start,
        "bcd", JSON, "{\"businessKey\":\"QCDC-2081\",\"variables\":{\"year\":{\"value\":2080,"
        + "\"type\":\"Integer\"}}}", 400, "QCDC-2080"));
    cases.add(new Bad("cycle start form: negative year", HttpMethod.POST, submitStart, "bcd",
        JSON, "{\"variables\":{\"year\":{\"value\":-1,\"type\":\"Long\"}}}", 400,
        "Năm thực hiện"));
    cases.add(new Bad("cycle start form: huge year", HttpMethod.POST, submitStart, "bcd",
        JSON, "{\"variables\":{\"year\":{\"value\":9223372036854775807,\"type\":\"Long\"}}}",
        400, "Năm thực hiện"));
    cases.add(new Bad("cycle start form: second cycle", HttpMethod.POST, submitStart, "bcd",
        JSON, "{\"variables\":{\"year\":{\"value\":2026,\"type\":\"Long\"}}}", 409,
        "đã được khởi động"));
  }

  /** A submit-form of a task with values as Tasklist sends them. */
  void form(String name, String task, String user, Map<String, Object> values, int status,
      String says) {
    cases.add(new Bad(name, HttpMethod.POST, "/engine-rest/task/{" + task + "}/submit-form",
        user, JSON, variables(values), status, says));
  }

  /** A typed value that is not what the form would send. */
  record Typed(Object value, String type) {
  }

  String variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((key, value) -> {
      Map<String, Object> v = new LinkedHashMap<>();
      if (value instanceof Typed t) {
        v.put("value", t.value());
        v.put("type", t.type());
      } else {
        v.put("value", value);
        v.put("type", value == null ? "Null" : value instanceof Boolean ? "Boolean"
            : value instanceof Long ? "Long" : value instanceof Double ? "Double" : "String");
      }
      variables.put(key, v);
    });
    try {
      return json.writeValueAsString(Map.of("variables", variables));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    for (int i = 0; i < keyValues.length; i += 2) {
      copy.put((String) keyValues[i], keyValues[i + 1]);
    }
    return copy;
  }

  static Map<String, Object> without(Map<String, Object> base, String key) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    copy.remove(key);
    return copy;
  }

  void planDraft() {
    Map<String, Object> ok = new LinkedHashMap<>();
    ok.put("planTitle", "Kế hoạch thực hiện quy chế dân chủ ở cơ sở năm 2028");
    ok.put("legalBasis", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15");
    ok.put("planDocuments", "Luật 10/2022/QH15");
    ok.put("yearKeyTasks", "Chuyển đổi số");
    ok.put("disseminationDueDate", "2028-02-15");
    String due = "Hạn hoàn thành quán triệt";
    form("plan: due date in the year before", "draft", "bcd",
        with(ok, "disseminationDueDate", "2027-12-31"), 400, "phải nằm trong năm 2028");
    form("plan: due date in the year after", "draft", "bcd",
        with(ok, "disseminationDueDate", "2029-01-01"), 400, "phải nằm trong năm 2028");
    form("plan: due date in 1900", "draft", "bcd",
        with(ok, "disseminationDueDate", "1900-01-01"), 400, "phải nằm trong năm 2028");
    form("plan: due date 9999-12-31", "draft", "bcd",
        with(ok, "disseminationDueDate", "9999-12-31"), 400, "phải nằm trong năm 2028");
    form("plan: due date dd/MM/yyyy", "draft", "bcd",
        with(ok, "disseminationDueDate", "15/02/2028"), 400, "không phải là ngày hợp lệ");
    form("plan: due date 30 February", "draft", "bcd",
        with(ok, "disseminationDueDate", "2028-02-30"), 400, "không phải là ngày hợp lệ");
    form("plan: due date month 13", "draft", "bcd",
        with(ok, "disseminationDueDate", "2028-13-01"), 400, "không phải là ngày hợp lệ");
    form("plan: due date in words", "draft", "bcd",
        with(ok, "disseminationDueDate", "giữa tháng hai"), 400, "không phải là ngày hợp lệ");
    form("plan: due date blank", "draft", "bcd",
        with(ok, "disseminationDueDate", "  "), 400, "«" + due + "» là bắt buộc");
    form("plan: due date as a number", "draft", "bcd",
        with(ok, "disseminationDueDate", 20280215L), 400, "không phải là ngày hợp lệ");
    form("plan: SQL in due date", "draft", "bcd",
        with(ok, "disseminationDueDate", "2028-02-15' OR '1'='1"), 400,
        "không phải là ngày hợp lệ");
    form("plan: title over 255 characters", "draft", "bcd",
        with(ok, "planTitle", "Kế hoạch ".repeat(30)), 400, "«Tên kế hoạch» dài quá 255");
    form("plan: title blank", "draft", "bcd", with(ok, "planTitle", "   "), 400,
        "«Tên kế hoạch» là bắt buộc");
    form("plan: title null", "draft", "bcd", with(ok, "planTitle", null), 400,
        "«Tên kế hoạch» là bắt buộc");
    form("plan: HTML in title", "draft", "bcd", with(ok, "planTitle", HTML), 400,
        "không được chứa mã HTML");
    form("plan: documents over 4000 characters", "draft", "bcd",
        with(ok, "planDocuments", LONG_TEXT), 400, "«Văn bản cần quán triệt» dài quá 4000");
    form("plan: key tasks of 100000 characters", "draft", "bcd",
        with(ok, "yearKeyTasks", "x".repeat(100_000)), 400, "dài quá 4000");
    form("plan: key tasks empty", "draft", "bcd", with(ok, "yearKeyTasks", ""), 400,
        "«Nhiệm vụ trọng tâm năm được giao» là bắt buộc");
    form("plan: legal basis null", "draft", "bcd", with(ok, "legalBasis", null), 400,
        "«Căn cứ pháp lý» là bắt buộc");
    form("plan: HTML in legal basis", "draft", "bcd",
        with(ok, "legalBasis", "<img src=x onerror=alert(1)>"), 400, "không được chứa mã HTML");
    form("plan: NUL character in key tasks", "draft", "bcd",
        with(ok, "yearKeyTasks", "Chuyển đổi số\u0000"), 400, "ký tự điều khiển");
    form("plan: due date typed Integer with letters", "draft", "bcd",
        with(ok, "disseminationDueDate", new Typed("abc", "Integer")), 400, "abc");
    form("plan: due date typed Date, not a date", "draft", "bcd",
        with(ok, "disseminationDueDate", new Typed("not-a-date", "Date")), 400, "not-a-date");
    form("plan: unknown value type", "draft", "bcd",
        with(ok, "yearKeyTasks", new Typed("Chuyển đổi số", "Tiếng Việt")), 400, "Tiếng Việt");
  }

  void planApproval() {
    String decision = "«Quyết định»";
    form("approval: no decision", "approve", "truongban", Map.of(), 400,
        decision + " là bắt buộc");
    form("approval: unknown decision", "approve", "truongban", Map.of("planDecision", "maybe"),
        400, decision + " có giá trị không hợp lệ: maybe");
    form("approval: decision in capitals", "approve", "truongban",
        Map.of("planDecision", "APPROVE"), 400, decision + " có giá trị không hợp lệ");
    form("approval: decision as boolean", "approve", "truongban",
        Map.of("planDecision", true), 400, decision + " có giá trị không hợp lệ: true");
    form("approval: decision as number", "approve", "truongban",
        Map.of("planDecision", 1L), 400, decision + " có giá trị không hợp lệ: 1");
    form("approval: SQL in decision", "approve", "truongban",
        Map.of("planDecision", "approve' OR '1'='1"), 400, decision + " có giá trị không hợp lệ");
    form("approval: returned without a reason", "approve", "truongban",
        Map.of("planDecision", "return"), 400, "Khi trả lại phải ghi «Lý do trả lại»");
    form("approval: returned with a blank reason", "approve", "truongban",
        Map.of("planDecision", "return", "planReturnReason", "   "), 400,
        "Khi trả lại phải ghi «Lý do trả lại»");
    form("approval: reason over 4000 characters", "approve", "truongban",
        Map.of("planDecision", "return", "planReturnReason", LONG_TEXT), 400,
        "«Lý do trả lại» dài quá 4000");
    form("approval: HTML in reason", "approve", "truongban",
        Map.of("planDecision", "return", "planReturnReason", HTML), 400,
        "không được chứa mã HTML");
    // II.3: the form requires a leading unit (a department or centre) for each key task.
    form("approval: key task without a leading unit", "approve", "truongban",
        Map.of("planDecision", "approve"), 400, "Nhiệm vụ 1: chưa chọn đơn vị chủ trì.");
    form("approval: a person as leading unit", "approve", "truongban",
        Map.of("planDecision", "approve", "yearKeyTaskItems",
            new Typed("[{\"keyTaskOwner\":\"truongban\"}]", "Json")), 400,
        "Nhiệm vụ 1: đơn vị chủ trì không hợp lệ.");
    form("approval: leading units cleared", "approve", "truongban",
        Map.of("planDecision", "approve", "yearKeyTaskItems", new Typed(null, "Json")), 400,
        "«Đơn vị chủ trì từng nhiệm vụ trọng tâm năm được giao» là bắt buộc");
  }

  void dissemination() {
    Map<String, Object> ok = new LinkedHashMap<>();
    ok.put("meetingDate", "2023-02-10");
    ok.put("meetingKind", "HOP_CO_QUAN");
    ok.put("attendance", 5L);
    ok.put("documentsCovered", "Luật 10/2022/QH15");
    String attendance = "«Số người tham dự»";
    String date = "«Ngày họp quán triệt»";
    form("dissemination: meeting in the year before", "dissemination", "lyluan",
        with(ok, "meetingDate", "2022-12-31"), 400, date + " phải nằm trong năm 2023");
    form("dissemination: meeting in the year after", "dissemination", "lyluan",
        with(ok, "meetingDate", "2024-01-02"), 400, date + " phải nằm trong năm 2023");
    form("dissemination: meeting after today", "dissemination", "lyluan",
        with(ok, "meetingDate", "2023-12-01"), 400, date + " không được sau ngày hôm nay");
    form("dissemination: meeting 30 February", "dissemination", "lyluan",
        with(ok, "meetingDate", "2023-02-30"), 400, "không phải là ngày hợp lệ");
    form("dissemination: meeting date missing", "dissemination", "lyluan",
        without(ok, "meetingDate"), 400, date + " là bắt buộc");
    form("dissemination: meeting date typed Date in 1970", "dissemination", "lyluan",
        with(ok, "meetingDate", new Typed("1970-01-01T00:00:00.000+0700", "Date")), 400,
        date + " phải nằm trong năm 2023");
    form("dissemination: unknown meeting kind", "dissemination", "lyluan",
        with(ok, "meetingKind", "HOP_KIN"), 400, "«Hình thức» có giá trị không hợp lệ: HOP_KIN");
    form("dissemination: meeting kind blank", "dissemination", "lyluan",
        with(ok, "meetingKind", ""), 400, "«Hình thức» là bắt buộc");
    form("dissemination: SQL in meeting kind", "dissemination", "lyluan",
        with(ok, "meetingKind", SQL), 400, "«Hình thức» có giá trị không hợp lệ");
    form("dissemination: HTML in meeting kind", "dissemination", "lyluan",
        with(ok, "meetingKind", "<b>HOP_CO_QUAN</b>"), 400, "«Hình thức» có giá trị không hợp lệ");
    form("dissemination: negative attendance", "dissemination", "lyluan",
        with(ok, "attendance", -1L), 400, attendance + " phải nằm trong khoảng từ 0 đến 6");
    form("dissemination: attendance above the headcount", "dissemination", "lyluan",
        with(ok, "attendance", 7L), 400, attendance + " phải nằm trong khoảng từ 0 đến 6");
    form("dissemination: attendance beyond int", "dissemination", "lyluan",
        with(ok, "attendance", 2147483648L), 400, "đã nhập 2147483648");
    form("dissemination: attendance Long.MAX_VALUE", "dissemination", "lyluan",
        with(ok, "attendance", Long.MAX_VALUE), 400, attendance + " phải nằm trong khoảng");
    form("dissemination: attendance Long.MIN_VALUE", "dissemination", "lyluan",
        with(ok, "attendance", Long.MIN_VALUE), 400, attendance + " phải nằm trong khoảng");
    form("dissemination: attendance 1e20", "dissemination", "lyluan",
        with(ok, "attendance", 1e20), 400, attendance);
    form("dissemination: attendance with a fraction", "dissemination", "lyluan",
        with(ok, "attendance", 5.5), 400, attendance + " phải là một số nguyên");
    form("dissemination: attendance in words", "dissemination", "lyluan",
        with(ok, "attendance", "năm"), 400, attendance + " phải là một số nguyên");
    form("dissemination: attendance as boolean", "dissemination", "lyluan",
        with(ok, "attendance", true), 400, attendance + " phải là một số nguyên");
    form("dissemination: attendance missing", "dissemination", "lyluan",
        without(ok, "attendance"), 400, attendance + " là bắt buộc");
    form("dissemination: attendance typed Integer with letters", "dissemination", "lyluan",
        with(ok, "attendance", new Typed("five", "Integer")), 400, "five");
    form("dissemination: attendance typed Short overflow", "dissemination", "lyluan",
        with(ok, "attendance", new Typed(99999, "Short")), 400, "99999");
    form("dissemination: documents missing", "dissemination", "lyluan",
        without(ok, "documentsCovered"), 400, "«Văn bản đã quán triệt» là bắt buộc");
    form("dissemination: documents blank", "dissemination", "lyluan",
        with(ok, "documentsCovered", "\n\t "), 400, "«Văn bản đã quán triệt» là bắt buộc");
    form("dissemination: documents over 4000 characters", "dissemination", "lyluan",
        with(ok, "documentsCovered", LONG_TEXT), 400, "«Văn bản đã quán triệt» dài quá 4000");
    form("dissemination: HTML in documents", "dissemination", "lyluan",
        with(ok, "documentsCovered", HTML), 400, "không được chứa mã HTML");
    form("dissemination: emoji in documents", "dissemination", "lyluan",
        with(ok, "documentsCovered", "Luật 10/2022/QH15 \uD83D\uDC4D"), 400,
        "«Văn bản đã quán triệt» chứa ký tự không được hỗ trợ");
    form("dissemination: HTML iframe in notes", "dissemination", "lyluan",
        with(ok, "disseminationNotes", "<iframe src=\"https://evil.example\"></iframe>"), 400,
        "«Ghi chú» không được chứa mã HTML");
    form("dissemination: notes over 4000 characters", "dissemination", "lyluan",
        with(ok, "disseminationNotes", LONG_TEXT), 400, "«Ghi chú» dài quá 4000");
    form("dissemination: control character in notes", "dissemination", "lyluan",
        with(ok, "disseminationNotes", "Ghi chú\u0007"), 400, "ký tự điều khiển");
    form("dissemination: SQL in documents and a negative attendance", "dissemination",
        "lyluan", with(ok, "documentsCovered", SQL, "attendance", -5L), 400,
        attendance + " phải nằm trong khoảng");
    form("dissemination: raised headcount smuggled in", "dissemination", "lyluan",
        with(ok, "headcount", 1000L, "attendance", 900L), 400,
        attendance + " phải nằm trong khoảng từ 0 đến 6");
    form("dissemination: another unit's code smuggled in", "dissemination", "lyluan",
        with(ok, "unitCode", "phong-bao-chi"), 400, "unitCode");
    form("dissemination: the year smuggled in", "dissemination", "lyluan",
        with(ok, "year", 2099L), 400, "year");
    form("dissemination: every field wrong at once", "dissemination", "lyluan",
        Map.of("meetingDate", "x", "meetingKind", "y", "attendance", "z"), 400,
        "không phải là ngày hợp lệ");
  }

  void proposals() {
    form("proposals: neither text nor 'none'", "proposals", "baochi", Map.of(), 400,
        "Hãy nhập kiến nghị");
    form("proposals: text and 'none' both", "proposals", "baochi",
        Map.of("proposalsText", "Thêm máy in", "noProposals", true), 400, "bỏ một trong hai");
    form("proposals: only whitespace", "proposals", "baochi",
        Map.of("proposalsText", " \n \n "), 400, "Hãy nhập kiến nghị");
    form("proposals: over 4000 characters", "proposals", "baochi",
        Map.of("proposalsText", LONG_TEXT), 400, "«Kiến nghị, đề xuất» dài quá 4000");
    form("proposals: HTML", "proposals", "baochi",
        Map.of("proposalsText", HTML), 400, "«Kiến nghị, đề xuất» không được chứa mã HTML");
    form("proposals: 'none' as text 'maybe'", "proposals", "baochi",
        Map.of("noProposals", "maybe"), 400, "Hãy nhập kiến nghị");
    form("proposals: 'none' false and no text", "proposals", "baochi",
        Map.of("noProposals", false), 400, "Hãy nhập kiến nghị");
    form("proposals: 'none' typed Boolean from 'yes'", "proposals", "baochi",
        Map.of("noProposals", new Typed("yes", "Boolean")), 400, "yes");
  }

  void answers() {
    Map<String, Object> ok = Map.of("answerKind", "ACCEPTED", "answerText", "Tiếp thu.");
    form("answer: kind missing", "answer", "truongban", without(ok, "answerKind"), 400,
        "«Hướng xử lý» là bắt buộc");
    form("answer: unknown kind", "answer", "truongban", with(ok, "answerKind", "REJECTED"), 400,
        "«Hướng xử lý» có giá trị không hợp lệ: REJECTED");
    form("answer: kind in lower case", "answer", "truongban",
        with(ok, "answerKind", "accepted"), 400, "«Hướng xử lý» có giá trị không hợp lệ");
    form("answer: SQL in kind", "answer", "truongban", with(ok, "answerKind", SQL), 400,
        "«Hướng xử lý» có giá trị không hợp lệ");
    form("answer: text blank", "answer", "truongban", with(ok, "answerText", "  "), 400,
        "«Nội dung trả lời» là bắt buộc");
    form("answer: text over 4000 characters", "answer", "truongban",
        with(ok, "answerText", LONG_TEXT), 400, "«Nội dung trả lời» dài quá 4000");
    form("answer: HTML in text", "answer", "truongban", with(ok, "answerText", HTML), 400,
        "«Nội dung trả lời» không được chứa mã HTML");
    form("answer: proposal id smuggled in", "answer", "truongban",
        with(ok, "proposalId", "00000000-0000-0000-0000-000000000000"), 400, "proposalId");
  }

  void conference() {
    Map<String, Object> ok = new LinkedHashMap<>();
    ok.put("conferenceDate", "2023-02-20");
    ok.put("totalOfficials", 45L);
    ok.put("attendance", 40L);
    ok.put("votesFor", 38L);
    ok.put("resolutionSummary", "Thông qua kế hoạch công tác năm.");
    String total = "«Tổng số cán bộ, công chức được triệu tập»";
    String present = "«Số người dự hội nghị»";
    String votes = "«Số người tán thành Nghị quyết»";
    form("conference: date in the year before", "conference", "bcd",
        with(ok, "conferenceDate", "2022-06-01"), 400, "phải nằm trong năm 2023");
    form("conference: date in 2200", "conference", "bcd",
        with(ok, "conferenceDate", "2200-06-01"), 400, "phải nằm trong năm 2023");
    form("conference: date missing", "conference", "bcd", without(ok, "conferenceDate"), 400,
        "«Ngày tổ chức hội nghị» là bắt buộc");
    form("conference: nobody convened", "conference", "bcd", with(ok, "totalOfficials", 0L),
        400, total + " phải nằm trong khoảng từ 1 đến 100000");
    form("conference: negative officials", "conference", "bcd",
        with(ok, "totalOfficials", -45L), 400, total + " phải nằm trong khoảng");
    form("conference: 100001 officials", "conference", "bcd",
        with(ok, "totalOfficials", 100_001L), 400, total + " phải nằm trong khoảng");
    form("conference: officials with a fraction", "conference", "bcd",
        with(ok, "totalOfficials", 45.5), 400, total + " phải là một số nguyên");
    form("conference: more present than convened", "conference", "bcd",
        with(ok, "attendance", 46L), 400, present + " phải nằm trong khoảng từ 0 đến 45");
    form("conference: negative attendance", "conference", "bcd",
        with(ok, "attendance", -1L), 400, present + " phải nằm trong khoảng");
    form("conference: attendance in words", "conference", "bcd",
        with(ok, "attendance", "bốn mươi"), 400, present + " phải là một số nguyên");
    form("conference: more votes than present", "conference", "bcd",
        with(ok, "votesFor", 41L), 400, votes + " phải nằm trong khoảng từ 0 đến 40");
    form("conference: negative votes", "conference", "bcd", with(ok, "votesFor", -38L), 400,
        votes + " phải nằm trong khoảng");
    form("conference: votes missing", "conference", "bcd", without(ok, "votesFor"), 400,
        votes + " là bắt buộc");
    form("conference: resolution missing", "conference", "bcd",
        without(ok, "resolutionSummary"), 400, "«Nội dung chính của Nghị quyết Hội nghị» là bắt buộc");
    form("conference: resolution over 4000 characters", "conference", "bcd",
        with(ok, "resolutionSummary", LONG_TEXT), 400, "dài quá 4000");
    form("conference: HTML in resolution", "conference", "bcd",
        with(ok, "resolutionSummary", HTML), 400, "không được chứa mã HTML");
    form("conference: SQL in resolution, votes over attendance", "conference", "bcd",
        with(ok, "resolutionSummary", SQL, "votesFor", 99L), 400, votes);
    form("conference: attempt counter smuggled in", "conference", "bcd",
        with(ok, "conferenceAttempt", 7L), 400, "conferenceAttempt");
  }

  void workPlan() {
    Map<String, Object> ok = new LinkedHashMap<>();
    ok.put("annualWorkPlan", "Kế hoạch công tác năm 2026.");
    for (int m = 1; m <= 12; m++) {
      ok.put("keyTasksMonth" + m, "Nhiệm vụ tháng " + m);
    }
    form("work plan: annual plan blank", "workplan", "truongban",
        with(ok, "annualWorkPlan", " "), 400, "«Kế hoạch công tác năm» là bắt buộc");
    form("work plan: July left empty", "workplan", "truongban",
        with(ok, "keyTasksMonth7", ""), 400, "«Nhiệm vụ trọng tâm tháng 7» là bắt buộc");
    form("work plan: December over 4000 characters", "workplan", "truongban",
        with(ok, "keyTasksMonth12", LONG_TEXT), 400, "«Nhiệm vụ trọng tâm tháng 12» dài quá");
    form("work plan: HTML in March", "workplan", "truongban",
        with(ok, "keyTasksMonth3", HTML), 400, "«Nhiệm vụ trọng tâm tháng 3» không được chứa");
    form("work plan: a thirteenth month", "workplan", "truongban",
        with(ok, "keyTasksMonth13", "Tháng thứ mười ba"), 400, "keyTasksMonth13");
  }

  void tasksThemselves() {
    String body = variables(Map.of("meetingDate", "2023-02-10", "meetingKind", "HOP_CO_QUAN",
        "attendance", 5L, "documentsCovered", "Luật 10/2022/QH15"));
    cases.add(new Bad("task: submit a finished task", HttpMethod.POST,
        "/engine-rest/task/{finished}/submit-form", "bcd", JSON, body, 404, "Không tìm thấy công việc"));
    cases.add(new Bad("task: complete a finished task", HttpMethod.POST,
        "/engine-rest/task/{finished}/complete", "bcd", JSON, body, 404, "Không tìm thấy công việc"));
    cases.add(new Bad("task: submit to an unknown id", HttpMethod.POST,
        "/engine-rest/task/khong-co/submit-form", "lyluan", JSON, body, 404, "Không tìm thấy công việc"));
    cases.add(new Bad("task: SQL as task id", HttpMethod.POST,
        "/engine-rest/task/1' OR '1'='1/complete", "lyluan", JSON, body, 404, "Không tìm thấy công việc"));
    cases.add(new Bad("task: complete with bad data", HttpMethod.POST,
        "/engine-rest/task/{dissemination}/complete", "lyluan", JSON,
        variables(Map.of("attendance", -3L)), 400, "«Số người tham dự»"));
    cases.add(new Bad("task: complete without a body", HttpMethod.POST,
        "/engine-rest/task/{dissemination}/complete", "lyluan", JSON, "{}", 400,
        "«Ngày họp quán triệt» là bắt buộc"));
    cases.add(new Bad("task: truncated JSON", HttpMethod.POST,
        "/engine-rest/task/{dissemination}/submit-form", "lyluan", JSON, "{\"variables\":{",
        400, "JSON"));
    cases.add(new Bad("task: not JSON at all", HttpMethod.POST,
        "/engine-rest/task/{dissemination}/submit-form", "lyluan", JSON, "attendance=5", 400,
        "JSON"));
    cases.add(new Bad("task: variables as a list", HttpMethod.POST,
        "/engine-rest/task/{dissemination}/submit-form", "lyluan", JSON,
        "{\"variables\":[{\"attendance\":5}]}", 400, "JSON"));
    cases.add(new Bad("task: a variable that is not an object", HttpMethod.POST,
        "/engine-rest/task/{dissemination}/submit-form", "lyluan", JSON,
        "{\"variables\":{\"attendance\":5}}", 400, "JSON"));
    cases.add(new Bad("task: XML instead of JSON", HttpMethod.POST,
        "/engine-rest/task/{dissemination}/submit-form", "lyluan", "application/xml",
        "<variables><attendance>5</attendance></variables>", 415, "Unsupported Media Type"));
    cases.add(new Bad("task: claim a task someone else of the group holds", HttpMethod.POST,
        "/engine-rest/task/{rating}/claim", "phoban", JSON,
        "{\"userId\":\"phoban\"}", 409, "đã được người khác nhận (truongban)"));
    cases.add(new Bad("task: claim another unit's task someone holds", HttpMethod.POST,
        "/engine-rest/task/{dissemination}/claim", "baochi", JSON,
        "{\"userId\":\"baochi\"}", 403, "baochi không có quyền thực hiện thao tác này"));
    cases.add(new Bad("task: claim an unknown task", HttpMethod.POST,
        "/engine-rest/task/khong-co/claim", "baochi", JSON, "{\"userId\":\"baochi\"}", 404,
        "Không tìm thấy công việc"));
  }

  // ----------------------------------------------- issue 3's forms, authorization

  /** A department's year-end review as the form sends it: every figure 0, the texts. */
  static Map<String, Object> departmentReview() {
    Map<String, Object> ok = new LinkedHashMap<>();
    for (var indicator : vn.qcdc.flow.review.ReviewService.figuresFor(
        vn.qcdc.flow.organisation.UnitKind.DEPARTMENT)) {
      ok.put(indicator.key(), 0L);
    }
    ok.put("keyTasksResult", "Hoàn thành các nhiệm vụ trọng tâm.");
    ok.put("strengths", "Thực hiện nghiêm túc.");
    ok.put("shortcomings", "Còn chậm báo cáo.");
    ok.put("officialsListed", "Phạm Thị Dung; 95; không");
    return ok;
  }

  static String label(vn.qcdc.flow.review.Indicator indicator) {
    return "«" + indicator.label() + "»";
  }

  void reviews() {
    Map<String, Object> ok = departmentReview();
    String participants = label(vn.qcdc.flow.review.Indicator.PARTICIPANTS);
    String received = label(vn.qcdc.flow.review.Indicator.PROPOSALS_RECEIVED);
    String answered = label(vn.qcdc.flow.review.Indicator.PROPOSALS_ANSWERED);
    String complaints = label(vn.qcdc.flow.review.Indicator.COMPLAINTS_RECEIVED);
    String resolved = label(vn.qcdc.flow.review.Indicator.COMPLAINTS_RESOLVED);
    String onTime = label(vn.qcdc.flow.review.Indicator.COMPLAINTS_ON_TIME);
    String keyDone = label(vn.qcdc.flow.review.Indicator.KEY_TASKS_DONE);
    String keySet = label(vn.qcdc.flow.review.Indicator.KEY_TASKS_SET);
    String inspections = label(vn.qcdc.flow.review.Indicator.INSPECTIONS_MADE);
    String lines = "«Cán bộ, công chức đề nghị xếp loại» dòng ";
    form("review: negative participants", "review", "tonghop", with(ok, "participants", -1L),
        400, participants + " phải nằm trong khoảng từ 0 đến 100000");
    form("review: 100001 proposals received", "review", "tonghop",
        with(ok, "proposalsReceived", 100_001L), 400, received + " phải nằm trong khoảng");
    form("review: complaints Long.MAX_VALUE", "review", "tonghop",
        with(ok, "complaintsReceived", Long.MAX_VALUE), 400, complaints);
    form("review: participants 1e12 as a double", "review", "tonghop",
        with(ok, "participants", 1e12), 400, participants);
    form("review: participants with a fraction", "review", "tonghop",
        with(ok, "participants", 2.5), 400, participants + " phải là một số nguyên");
    form("review: participants in words", "review", "tonghop",
        with(ok, "participants", "mười"), 400, participants + " phải là một số nguyên");
    form("review: more answered than received", "review", "tonghop",
        with(ok, "proposalsReceived", 2L, "proposalsAnswered", 3L), 400,
        answered + " (3) không được lớn hơn " + received + " (2)");
    form("review: more on time than resolved", "review", "tonghop",
        with(ok, "complaintsReceived", 5L, "complaintsResolved", 1L, "complaintsOnTime", 2L),
        400, onTime + " (2) không được lớn hơn " + resolved + " (1)");
    form("review: more key tasks done than set", "review", "tonghop",
        with(ok, "keyTasksSet", 3L, "keyTasksDone", 4L), 400,
        keyDone + " (4) không được lớn hơn " + keySet + " (3)");
    form("review: strengths missing", "review", "tonghop", without(ok, "strengths"), 400,
        "«Ưu điểm» là bắt buộc");
    form("review: official line with two parts", "review", "tonghop",
        with(ok, "officialsListed", "Phạm Thị Dung; 95"), 400, lines + "1: phải có dạng");
    form("review: official completion 120%", "review", "tonghop",
        with(ok, "officialsListed", "Phạm Thị Dung; 95; không\nTrần Văn Bình; 120; không"), 400,
        lines + "2: tỷ lệ hoàn thành phải là số từ 0 đến 100");
    form("review: official completion negative", "review", "tonghop",
        with(ok, "officialsListed", "Trần Văn Bình; -5; không"), 400,
        "tỷ lệ hoàn thành phải là số từ 0 đến 100");
    form("review: official discipline 'maybe'", "review", "tonghop",
        with(ok, "officialsListed", "Trần Văn Bình; 80; có thể"), 400,
        "kỷ luật phải ghi \"có\" hoặc \"không\"");
    form("review: official listed twice", "review", "tonghop",
        with(ok, "officialsListed", "Trần Văn Bình; 80; không\ntrần văn bình; 90; không"), 400,
        lines + "2: trần văn bình đã có ở dòng trước");
    form("review: official without a name", "review", "tonghop",
        with(ok, "officialsListed", " ; 80; không"), 400, "họ và tên không hợp lệ");
    form("review: official name of 200 characters", "review", "tonghop",
        with(ok, "officialsListed", "Nguyễn".repeat(40) + "; 80; không"), 400,
        "họ và tên không hợp lệ");
    form("review: HTML in officials", "review", "tonghop",
        with(ok, "officialsListed", "<b>Trần Văn Bình</b>; 80; không"), 400,
        "không được chứa mã HTML");
    form("review: the unit's code smuggled in", "review", "tonghop",
        with(ok, "unitCode", "phong-bao-chi"), 400, "unitCode");

    Map<String, Object> union = new LinkedHashMap<>();
    for (var indicator : vn.qcdc.flow.review.ReviewService.figuresFor(
        vn.qcdc.flow.organisation.UnitKind.UNION)) {
      union.put(indicator.key(), 0L);
    }
    union.put("keyTasksResult", "Hoàn thành.");
    union.put("strengths", "Nghiêm túc.");
    union.put("shortcomings", "Chậm.");
    union.put("propagandaActivities", 4L);
    union.put("sentimentReport", "Cán bộ phấn khởi.");
    form("union review: negative propaganda activities", "union", "congdoan",
        with(union, "propagandaActivities", -4L), 400,
        "«Số hoạt động tuyên truyền cho đoàn viên» phải nằm trong khoảng từ 0 đến 1000");
    form("union review: 1001 propaganda activities", "union", "congdoan",
        with(union, "propagandaActivities", 1001L), 400,
        "«Số hoạt động tuyên truyền cho đoàn viên» phải nằm trong khoảng");
    form("union review: a million inspections", "union", "congdoan",
        with(union, "inspectionsMade", 1_000_000L), 400,
        inspections + " phải nằm trong khoảng từ 0 đến 100000");
    form("union review: more answered than received", "union", "congdoan",
        with(union, "proposalsReceived", 0L, "proposalsAnswered", 1L), 400,
        answered + " (1) không được lớn hơn " + received + " (0)");
    form("union review: sentiment blank", "union", "congdoan",
        with(union, "sentimentReport", "  "), 400,
        "«Tâm tư, nguyện vọng của cán bộ, công chức, người lao động» là bắt buộc");
    form("union review: officials smuggled in", "union", "congdoan",
        with(union, "officialsListed", "Ngô Thị Quyên; 100; không"), 400, "officialsListed");

    Map<String, Object> board = new LinkedHashMap<>(Map.of("inspectionsMade", 2L,
        "inspectionFindings", 0L, "keyTasksResult", "Hoàn thành.", "strengths", "Nghiêm túc.",
        "shortcomings", "Chậm.", "adminSupervision", "Không phát hiện sai phạm.",
        "financeSupervision", "Chi tiêu đúng quy chế."));
    form("board review: negative inspections", "board", "thanhtra",
        with(board, "inspectionsMade", -2L), 400, inspections + " phải nằm trong khoảng");
    form("board review: findings Long.MIN_VALUE", "board", "thanhtra",
        with(board, "inspectionFindings", Long.MIN_VALUE), 400,
        label(vn.qcdc.flow.review.Indicator.INSPECTION_FINDINGS));
    form("board review: finance supervision missing", "board", "thanhtra",
        without(board, "financeSupervision"), 400,
        "«Kết quả giám sát hoạt động tài chính» là bắt buộc");
    form("board review: complaints smuggled in", "board", "thanhtra",
        with(board, "complaintsReceived", 3L), 400, "complaintsReceived");
  }

  void report() {
    Map<String, Object> ok = new LinkedHashMap<>(Map.of("documentNumber", "01-BC/BTGTU",
        "documentDate", "2021-06-20", "archived", true));
    String number = "«Số văn bản» phải có dạng số-BC/ký hiệu cơ quan";
    String date = "«Ngày ban hành» phải từ năm 2021 và không sau ngày hôm nay";
    form("report: number with the slash and dash swapped", "submission", "tonghop",
        with(ok, "documentNumber", "45/BC-BTGTU"), 400, number);
    form("report: number in lower case", "submission", "tonghop",
        with(ok, "documentNumber", "45-bc/btgtu"), 400, number);
    form("report: number of seven digits", "submission", "tonghop",
        with(ok, "documentNumber", "1234567-BC/BTGTU"), 400, number);
    form("report: number of a decision, not a report", "submission", "tonghop",
        with(ok, "documentNumber", "45-QĐ/BTGTU"), 400, number);
    form("report: SQL in number", "submission", "tonghop",
        with(ok, "documentNumber", "01-BC/BTGTU'; DELETE FROM qcdc_report; --"), 400, number);
    form("report: HTML in number", "submission", "tonghop",
        with(ok, "documentNumber", "<b>01-BC/BTGTU</b>"), 400, "«Số văn bản»");
    form("report: number blank", "submission", "tonghop", with(ok, "documentNumber", " "),
        400, "«Số văn bản» là bắt buộc");
    form("report: number as a number", "submission", "tonghop",
        with(ok, "documentNumber", 45L), 400, "«Số văn bản»");
    form("report: dated the year before", "submission", "tonghop",
        with(ok, "documentDate", "2020-12-31"), 400, date);
    form("report: dated after today", "submission", "tonghop",
        with(ok, "documentDate", "2023-12-01"), 400, date);
    form("report: date 31 June", "submission", "tonghop",
        with(ok, "documentDate", "2021-06-31"), 400, "không phải là ngày hợp lệ");
    form("report: not archived", "submission", "tonghop", with(ok, "archived", false), 400,
        "Chưa xác nhận đã lưu văn thư");
  }

  void ratings() {
    String reason = "Đơn vị tổ chức thêm hai buổi chuyên đề.";
    String overrides = "«Điều chỉnh xếp loại cán bộ, công chức» dòng 1: ";
    // The form of 1.2.0 offers rows of two choices (an official, a level); a request may send
    // anything in them.
    form("rating: override of an unknown official", "rating", "truongban",
        Map.of("finalRating", proposedRating, "override1Official", "Nguyễn Văn Không Có",
            "override1Rating", "TOT", "overrideReason", reason), 400,
        overrides + "người được chọn không có trong danh sách đơn vị đề nghị");
    form("rating: override of an official the unit did not list", "rating", "truongban",
        Map.of("finalRating", proposedRating, "override1Official", "Hoàng Minh Hải",
            "override1Rating", "XUAT_SAC", "overrideReason", reason), 400,
        "không có trong danh sách đơn vị đề nghị");
    form("rating: override to an unknown level", "rating", "truongban",
        Map.of("finalRating", proposedRating, "override1Official", "Phạm Thị Dung",
            "override1Rating", "GIOI", "overrideReason", reason), 400,
        overrides + "mức điều chỉnh không hợp lệ");
    form("rating: override without a level", "rating", "truongban",
        Map.of("finalRating", proposedRating, "override1Official", "Phạm Thị Dung",
            "overrideReason", reason), 400, overrides + "chưa chọn mức điều chỉnh");
    form("rating: the same official overridden twice", "rating", "truongban",
        Map.of("finalRating", proposedRating, "override1Official", "Phạm Thị Dung",
            "override1Rating", "TOT", "override2Official", "Phạm Thị Dung",
            "override2Rating", "XUAT_SAC", "overrideReason", reason), 400,
        "đã được điều chỉnh ở dòng trước");
    form("rating: override without a reason", "rating", "truongban",
        Map.of("finalRating", proposedRating, "override1Official", "Phạm Thị Dung",
            "override1Rating", "TOT"), 400,
        "Có điều chỉnh xếp loại cán bộ, công chức: phải ghi «Lý do điều chỉnh»");
    form("rating: unknown level for the unit", "rating", "truongban",
        Map.of("finalRating", "XUAT_SAC_NHAT"), 400,
        "«Mức xếp loại được xác nhận» có giá trị không hợp lệ");
    form("rating: another level without a reason", "rating", "truongban",
        Map.of("finalRating", proposedRating.equals("TOT") ? "XUAT_SAC" : "TOT"), 400,
        "Mức xác nhận khác mức đề xuất: phải ghi «Lý do điều chỉnh»");
    form("rating: HTML in the overrides", "rating", "truongban",
        Map.of("finalRating", proposedRating, "override1Official",
            "<script>x</script>Phạm Thị Dung", "override1Rating", "TOT", "overrideReason", reason),
        400, "không được chứa mã HTML");
  }

  /** Authorization on: a task of another unit, or of the leadership, is out of reach. */
  void someoneElsesTask() {
    String review = variables(departmentReview());
    String path = "/engine-rest/task/{%s}/%s";
    String says = " không có quyền thực hiện thao tác này";
    cases.add(new Bad("authz: submit another unit's claimed review", HttpMethod.POST,
        path.formatted("review", "submit-form"), "tuyentruyen", JSON, review, 403,
        "tuyentruyen" + says));
    cases.add(new Bad("authz: complete another unit's claimed review", HttpMethod.POST,
        path.formatted("review", "complete"), "tuyentruyen", JSON, review, 403,
        "tuyentruyen" + says));
    cases.add(new Bad("authz: claim another unit's open review", HttpMethod.POST,
        path.formatted("otherUnitReview", "claim"), "tonghop", JSON,
        "{\"userId\":\"tonghop\"}", 403, "tonghop" + says));
    cases.add(new Bad("authz: submit another unit's open review", HttpMethod.POST,
        path.formatted("otherUnitReview", "submit-form"), "tonghop", JSON, review, 403,
        "tonghop" + says));
    cases.add(new Bad("authz: the leadership submits a unit's review", HttpMethod.POST,
        path.formatted("review", "submit-form"), "truongban", JSON, review, 403,
        "truongban" + says));
    cases.add(new Bad("authz: give another unit's review to oneself", HttpMethod.POST,
        path.formatted("review", "assignee"), "tuyentruyen", JSON,
        "{\"userId\":\"tuyentruyen\"}", 403, "tuyentruyen" + says));
    cases.add(new Bad("authz: change a figure of another unit's review", HttpMethod.PUT,
        path.formatted("review", "localVariables/participants"), "tuyentruyen", JSON,
        "{\"value\":999,\"type\":\"Long\"}", 403, "tuyentruyen" + says));
    cases.add(new Bad("authz: the union submits the inspection board's review",
        HttpMethod.POST, path.formatted("board", "submit-form"), "congdoan", JSON,
        variables(Map.of("inspectionsMade", 0L)), 403, "congdoan" + says));
    cases.add(new Bad("authz: a department confirms its own rating", HttpMethod.POST,
        path.formatted("rating", "submit-form"), "tonghop", JSON,
        variables(Map.of("finalRating", "XUAT_SAC", "overrideReason", "Tự đánh giá.")), 403,
        "tonghop" + says));
    cases.add(new Bad("authz: an auditor numbers the report", HttpMethod.POST,
        path.formatted("submission", "submit-form"), "kiemtoan", JSON,
        variables(Map.of("documentNumber", "01-BC/BTGTU", "documentDate", "2021-06-20",
            "archived", true)), 403, "kiemtoan" + says));
    cases.add(new Bad("authz: unclaim another unit's review", HttpMethod.POST,
        path.formatted("union", "unclaim"), "tonghop", JSON, "{}", 403, "tonghop" + says));
  }
}
