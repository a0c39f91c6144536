package vn.qcdc.flow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
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
import vn.qcdc.flow.support.RestDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * Every role against every kind of task of a whole year, every history
 * endpoint and the admin endpoints, over REST with each demo user's own
 * credentials: the expected answer (allow or deny) comes from the issue's
 * rules and the organisation's memberships, never from the grants
 * themselves. The table is written to target/authorization-matrix.tsv.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:qcdc-matrix;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class AuthorizationMatrixTest {

  /** One user per role; every demo password is the user id. */
  static final Map<String, String> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("Ban Chỉ đạo", "bcd");
    ROLES.put("Lãnh đạo Ban", "truongban");
    ROLES.put("Phòng Tổng hợp", "tonghop");
    ROLES.put("Phòng Tuyên truyền", "tuyentruyen");
    ROLES.put("Phòng Lý luận", "lyluan");
    ROLES.put("Trung tâm", "trungtam");
    ROLES.put("Công đoàn", "congdoan");
    ROLES.put("Ban Thanh tra nhân dân", "thanhtra");
    ROLES.put("Chi bộ", "bithu");
    ROLES.put("Kiểm tra lịch sử", "kiemtoan");
    ROLES.put("Quản trị", "admin");
  }

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  record Case(String role, String subject, String action, boolean expected, boolean actual,
      int status) {
  }

  final List<Case> cases = new ArrayList<>();
  final Set<String> probedKinds = new TreeSet<>();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyRoleGetsExactlyItsRights() throws IOException {
    YearDriver y = new YearDriver(engine, new RestDesk(http), 2022);
    String cycle = y.start();
    probeTasks();
    y.submit(y.task("DraftPlan"), "bcd", Map.of(
        "yearKeyTasks", "Tuyên truyền Nghị quyết\nCải cách hành chính\nChuyển đổi số",
        "disseminationDueDate", "2022-02-15"));
    probeTasks();
    y.submit(y.task("ApprovePlan"), "truongban", Map.of("planDecision", "approve",
        "yearKeyTaskItems", YearDriver.keyTaskOwners("phong-tuyen-truyen", "phong-tong-hop",
            "phong-tong-hop")));
    y.runDueJobs(); // IssuePlan: the plan is issued before the units disseminate it
    probeTasks();
    probeRuntime(cycle);

    // One unit is late: the steering committee's follow-up task appears.
    for (String unit : YearDriver.DISSEMINATION_UNITS) {
      if (!unit.equals("phong-van-hoa")) {
        y.disseminate(unit, 5);
      }
    }
    y.clock(2, 16);
    y.runDueJobs();
    probeTasks();
    y.submit(y.task("FollowUpLateUnit"), "bcd",
        Map.of("escalationAction", "Đã nhắc Phòng Văn hóa - Văn nghệ bằng văn bản."));
    y.disseminate("phong-van-hoa", 5);
    for (String unit : List.of("phong-tong-hop", "phong-tuyen-truyen", "phong-ly-luan",
        "phong-bao-chi", "phong-van-hoa", "trung-tam-du-luan", "cong-doan")) {
      y.submitProposals(unit, unit.equals("cong-doan") ? "Tổ chức tham quan cho đoàn viên" : null);
    }
    y.runDueJobs();
    probeTasks();
    y.answerAllProposals();
    probeTasks();
    y.recordConference(45, 40, 38);
    probeTasks();
    y.issueWorkPlan();

    // The six-month review, with the report returned once.
    y.clock(6, 15);
    y.runDueJobs();
    probeTasks();
    for (String unit : YearDriver.REVIEW_UNITS) {
      y.fileReview(unit);
    }
    y.submit(y.task("SelectUnitsToInspect"), "bcd", Map.of("inspectionAssignments",
        YearDriver.assignments(new String[] {"phong-ly-luan", "phoban", "congdoan"})));
    probeTasks();
    for (Task task : y.tasks("InspectUnit")) {
      y.submit(task, task.getAssignee(), Map.of("inspectionDate", y.engineToday(),
          "inspectionRating", "GOOD", "findingsCount", 0L, "findings", "Thực hiện tốt."));
    }
    y.answerUnionSentiment();
    y.partyCellReview();
    y.submit(y.task("ReviewRegulations"), "tonghop", Map.of("regulationsReviewed", 3L,
        "regulationsAmended", 0L, "regulationNotes", "Không cần sửa đổi."));
    y.submit(y.task("ReportLeadershipExample"), "truongban", Map.of("leadershipCommitments",
        "Gương mẫu thực hiện.", "dialoguesHeld", 1L));
    y.runDueJobs();
    probeTasks();
    y.submit(y.task("ApproveReport"), "truongban", Map.of("reportDecision", "return",
        "reportComments", "Bổ sung số liệu kiến nghị."));
    probeTasks();
    y.submit(y.task("ReviseReport"), "tonghop",
        Map.of("reportSummary", "Báo cáo sơ kết đã bổ sung số liệu kiến nghị."));
    y.runDueJobs();
    y.submit(y.task("ApproveReport"), "truongban", Map.of("reportDecision", "approve"));
    probeTasks();
    y.submit(y.task("SubmitReport"), "tonghop", Map.of("documentNumber", "01-BC/BTGTU",
        "documentDate", y.engineToday(), "archived", true));
    y.runDueJobs();

    y.clock(11, 20);
    y.runDueJobs();
    y.wholeReview("02-BC/BTGTU");
    try {
      probeTasks();
      probeRuntime(cycle);
      probeHistory(cycle);
      probeAdministration();
    } finally {
      writeTable();
    }
    List<Case> unexpected = cases.stream().filter(c -> c.expected() != c.actual()).toList();
    assertThat(unexpected).as("unexpected results of %d cases", cases.size()).isEmpty();
    assertThat(probedKinds).contains("DraftPlan", "ApprovePlan", "RecordDissemination",
        "SubmitProposals", "FollowUpLateUnit", "AnswerProposal", "RecordConference",
        "IssueWorkPlan", "FileUnitReview", "FileUnionReview", "FileInspectionBoardReview",
        "SelectUnitsToInspect", "InspectUnit", "AnswerUnionSentiment", "ReviewRegulations",
        "ReportLeadershipExample", "ReviewPartyLeadership",
        "ApproveReport", "ReviseReport", "SubmitReport", "ConfirmRating");
    // Both kinds of answer occur for every role: nobody is all-allowed or all-denied by mistake.
    for (String role : ROLES.keySet()) {
      if (role.equals("Quản trị")) {
        continue; // administrators may do everything
      }
      assertThat(cases).filteredOn(c -> c.role().equals(role)).extracting(Case::expected)
          .contains(true, false);
    }
    System.out.printf("Authorization matrix: %d cases (%d roles, %d kinds of task), 0 unexpected%n",
        cases.size(), ROLES.size(), probedKinds.size());
  }

  // ------------------------------------------------------------------ probes

  /** Each kind of open task not probed yet, up to three different candidate groups per kind. */
  void probeTasks() {
    Map<String, List<Task>> byKind = engine.getTaskService().createTaskQuery().active().list()
        .stream().filter(t -> !probedKinds.contains(t.getTaskDefinitionKey()))
        .collect(Collectors.groupingBy(Task::getTaskDefinitionKey, LinkedHashMap::new,
            Collectors.toList()));
    byKind.forEach((kind, tasks) -> {
      probedKinds.add(kind);
      Set<Set<String>> seen = new HashSet<>();
      for (Task task : tasks) {
        Set<String> groups = candidateGroups(task);
        if (seen.add(groups) && seen.size() <= 3) {
          probeTask(kind, task, groups);
        }
      }
    });
  }

  void probeTask(String kind, Task task, Set<String> candidates) {
    String subject = kind + " [" + String.join(",", candidates) + "]";
    String id = task.getId();
    for (var role : ROLES.entrySet()) {
      String user = role.getValue();
      boolean candidate = groupsOf(user).stream().anyMatch(candidates::contains);
      boolean canSee = candidate || oversight(user) || admin(user);
      boolean canWork = candidate || admin(user);
      check(role.getKey(), subject, "xem công việc", canSee, get(user, "/engine-rest/task/" + id));
      check(role.getKey(), subject, "đọc biến", canSee,
          get(user, "/engine-rest/task/" + id + "/variables"));
      check(role.getKey(), subject, "mở biểu mẫu", canSee,
          get(user, "/engine-rest/task/" + id + "/deployed-form"));
      // A task assigned to a named person (the member who inspects a unit, III.3) is theirs:
      // nobody else can take it over by claiming it, the group's other members included.
      String assignee = task.getAssignee();
      ResponseEntity<String> claim = send(user, HttpMethod.POST,
          "/engine-rest/task/" + id + "/claim", Map.of("userId", user));
      check(role.getKey(), subject, "nhận việc",
          assignee == null ? canWork : user.equals(assignee), claim);
      if (claim.getStatusCode().is2xxSuccessful()) {
        assertThat(send(user, HttpMethod.POST, "/engine-rest/task/" + id + "/unclaim", Map.of())
            .getStatusCode().value()).isEqualTo(204);
        if (assignee != null) {
          engine.getTaskService().setAssignee(id, assignee);
        }
      }
      check(role.getKey(), subject, "ghi biến tùy ý", admin(user), send(user, HttpMethod.PUT,
          "/engine-rest/task/" + id + "/variables/matrixProbe", Map.of("value", 1, "type",
              "Integer")));
      if (admin(user)) {
        send(user, HttpMethod.DELETE, "/engine-rest/task/" + id + "/variables/matrixProbe", null);
      } else if (!candidate) {
        // Completion is tried only where it must be refused: an allowed try would end the task.
        check(role.getKey(), subject, "hoàn thành", false, send(user, HttpMethod.POST,
            "/engine-rest/task/" + id + "/submit-form", Map.of("variables", Map.of())));
      }
    }
  }

  void probeRuntime(String cycle) {
    for (var role : ROLES.entrySet()) {
      String user = role.getValue();
      boolean sees = oversight(user) || admin(user);
      boolean starts = groupsOf(user).contains("ban-chi-dao") || admin(user);
      check(role.getKey(), "chu kỳ 2022", "xem phiên bản quy trình", sees,
          list(user, "/engine-rest/process-instance?businessKey=QCDC-2022"));
      check(role.getKey(), "chu kỳ 2022", "đọc biến quy trình", sees,
          get(user, "/engine-rest/process-instance/" + cycle + "/variables"));
      check(role.getKey(), "chu kỳ 2022", "ghi biến quy trình", admin(user), send(user,
          HttpMethod.PUT, "/engine-rest/process-instance/" + cycle + "/variables/matrixProbe",
          Map.of("value", 1, "type", "Integer")));
      if (admin(user)) {
        send(user, HttpMethod.DELETE,
            "/engine-rest/process-instance/" + cycle + "/variables/matrixProbe", null);
      }
      // A start that is allowed is then refused as a duplicate year: nothing is created.
      check(role.getKey(), "qcdc-annual-cycle", "khởi động (engine-rest)", starts,
          notForbidden(send(user, HttpMethod.POST,
              "/engine-rest/process-definition/key/qcdc-annual-cycle/start",
              Map.of("businessKey", "QCDC-2022",
                  "variables", Map.of("year", Map.of("value", 2022, "type", "Integer"))))));
      check(role.getKey(), "qcdc-annual-cycle", "khởi động (/api/cycles)", starts,
          notForbidden(send(user, HttpMethod.POST, "/api/cycles", Map.of("year", 2022))));
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("qcdc-annual-cycle").count()).isEqualTo(1);
  }

  void probeHistory(String cycle) {
    Map<String, String> endpoints = new LinkedHashMap<>();
    endpoints.put("lịch sử quy trình", "/engine-rest/history/process-instance?processInstanceBusinessKey=QCDC-2022");
    endpoints.put("lịch sử công việc", "/engine-rest/history/task?processInstanceBusinessKey=QCDC-2022");
    endpoints.put("lịch sử hoạt động", "/engine-rest/history/activity-instance?processInstanceId=" + cycle);
    endpoints.put("lịch sử biến", "/engine-rest/history/variable-instance?processInstanceIdIn=" + cycle);
    endpoints.put("lịch sử chi tiết", "/engine-rest/history/detail?processInstanceId=" + cycle);
    endpoints.put("nhật ký thao tác", "/engine-rest/history/user-operation?entityType=Task");
    endpoints.put("lịch sử quyết định (DMN)", "/engine-rest/history/decision-instance");
    for (var role : ROLES.entrySet()) {
      String user = role.getValue();
      boolean reads = oversight(user) || auditor(user) || admin(user);
      endpoints.forEach((name, path) -> check(role.getKey(), "lịch sử", name, reads,
          list(user, path)));
    }
  }

  void probeAdministration() throws IOException {
    for (var role : ROLES.entrySet()) {
      String user = role.getValue();
      String r = role.getKey();
      boolean admin = admin(user);
      check(r, "quản trị", "xem phân quyền", admin, list(user, "/engine-rest/authorization"));
      String probe = "matrix-" + user;
      check(r, "quản trị", "tạo nhóm", admin, send(user, HttpMethod.POST,
          "/engine-rest/group/create", Map.of("id", probe, "name", "Thử", "type", "WORKFLOW")));
      check(r, "quản trị", "tạo người dùng", admin, send(user, HttpMethod.POST,
          "/engine-rest/user/create", Map.of("profile", Map.of("id", probe, "firstName", "Thử",
              "lastName", "Nghiệm", "email", "x@example.org"),
              "credentials", Map.of("password", "Mat-khau-dai-2022"))));
      ResponseEntity<String> grant = send(user, HttpMethod.POST, "/engine-rest/authorization/create",
          Map.of("type", 1, "permissions", List.of("ACCESS"), "userId", user, "resourceType", 0,
              "resourceId", "matrix"));
      check(r, "quản trị", "tự cấp quyền", admin, grant);
      check(r, "quản trị", "tạm dừng định nghĩa quy trình", admin, send(user, HttpMethod.PUT,
          "/engine-rest/process-definition/key/qcdc-review/suspended",
          Map.of("suspended", true, "includeProcessInstances", false)));
      check(r, "quản trị", "tạo công việc rời", admin, send(user, HttpMethod.POST,
          "/engine-rest/task/create", Map.of("id", probe, "name", "Thử")));
      if (admin) {
        send(user, HttpMethod.PUT, "/engine-rest/process-definition/key/qcdc-review/suspended",
            Map.of("suspended", false, "includeProcessInstances", false));
        send(user, HttpMethod.DELETE, "/engine-rest/group/" + probe, null);
        send(user, HttpMethod.DELETE, "/engine-rest/user/" + probe, null);
        send(user, HttpMethod.DELETE, "/engine-rest/task/" + probe, null);
        String grantId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(grant.getBody())
            .path("id").asText();
        send(user, HttpMethod.DELETE, "/engine-rest/authorization/" + grantId, null);
      }
      for (String app : List.of("tasklist", "cockpit", "admin")) {
        boolean expected = switch (app) {
          case "tasklist" -> !auditor(user);
          case "cockpit" -> oversight(user) || auditor(user) || admin;
          default -> admin;
        };
        ResponseEntity<String> check = get(user, "/engine-rest/authorization/check?"
            + "permissionName=ACCESS&resourceName=Application&resourceType=0&resourceId=" + app);
        cases.add(new Case(r, "ứng dụng " + app, "truy cập", expected,
            check.getBody() != null && check.getBody().contains("\"authorized\":true"),
            check.getStatusCode().value()));
      }
    }
  }

  // ----------------------------------------------------------------- helpers

  void check(String role, String subject, String action, boolean expected,
      ResponseEntity<String> response) {
    cases.add(new Case(role, subject, action, expected,
        response.getStatusCode().is2xxSuccessful(), response.getStatusCode().value()));
  }

  /** A list endpoint: allowed when it returns something, denied when empty or refused. */
  ResponseEntity<String> list(String user, String path) {
    ResponseEntity<String> response = get(user, path);
    boolean some = response.getStatusCode().is2xxSuccessful() && response.getBody() != null
        && !response.getBody().trim().equals("[]");
    return ResponseEntity.status(some ? 200 : 404).body(response.getBody());
  }

  /** Allowed unless the server says 401 or 403 (a business refusal after the check is fine). */
  static ResponseEntity<String> notForbidden(ResponseEntity<String> response) {
    int status = response.getStatusCode().value();
    return ResponseEntity.status(status == 401 || status == 403 ? status : 200)
        .body(response.getBody());
  }

  ResponseEntity<String> get(String user, String path) {
    return send(user, HttpMethod.GET, path, null);
  }

  ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, vn.qcdc.flow.support.TestPasswords.of(user));
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  Set<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  final Map<String, Set<String>> groups = new LinkedHashMap<>();

  Set<String> groupsOf(String user) {
    return groups.computeIfAbsent(user, u -> engine.getIdentityService().createGroupQuery()
        .groupMember(u).list().stream().map(Group::getId).collect(Collectors.toSet()));
  }

  boolean oversight(String user) {
    return groupsOf(user).contains("ban-chi-dao") || groupsOf(user).contains("lanh-dao");
  }

  boolean auditor(String user) {
    return groupsOf(user).contains("kiem-tra-lich-su");
  }

  boolean admin(String user) {
    return groupsOf(user).contains("camunda-admin");
  }

  void writeTable() throws IOException {
    Predicate<Case> any = c -> true;
    StringBuilder tsv = new StringBuilder("role\tsubject\taction\texpected\tactual\tstatus\n");
    cases.stream().filter(any).forEach(c -> tsv.append(String.join("\t", c.role(), c.subject(),
        c.action(), c.expected() ? "allow" : "deny", c.actual() ? "allow" : "deny",
        String.valueOf(c.status()))).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/authorization-matrix.tsv"), tsv.toString());
  }
}
