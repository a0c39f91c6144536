package vn.qcdc.flow.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.access.EngineDoors.Answer;
import vn.qcdc.flow.access.EngineDoors.Door;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.hostile.DatabaseFingerprint;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * Every call that issue 12 found open ("Why"), sent again as the same users through both
 * doors: each is refused with 403 by the allow-list and leaves the database as it was; the
 * calls a unit does need (claim and give back its own task, pass it to a colleague of the
 * unit, start a cycle with its start form) still pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:qcdc-engine-access;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineAccessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  DataSource dataSource;
  @LocalServerPort
  int port;

  EngineDoors doors;
  DatabaseFingerprint fingerprint;
  String task;
  String timer;

  @BeforeAll
  void aYearWithOpenUnitTasksAndTimers() {
    YearDriver y = new YearDriver(engine, new JavaDesk(engine, cycles), 2022);
    y.start();
    y.draftAndApprovePlan();
    task = y.taskOf("RecordDissemination", "phong-tuyen-truyen").getId();
    Job job = engine.getManagementService().createJobQuery().timers().list().get(0);
    timer = job.getId();
    ClockUtil.reset();
    doors = new EngineDoors(port);
    fingerprint = new DatabaseFingerprint(dataSource);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  record Why(String what, String user, String method, String path, String body) {
  }

  List<Why> whys() {
    String t = "/task/" + task;
    List<Why> all = new ArrayList<>();
    all.add(new Why("kết thúc công việc bằng bpmnError", "tuyentruyen", "POST", t + "/bpmnError",
        "{\"errorCode\":\"CaseNotAccepted\",\"variables\":{\"leadershipGroup\":{\"value\":"
            + "\"phong-tuyen-truyen\",\"type\":\"String\"}}}"));
    all.add(new Why("bpmnEscalation", "tuyentruyen", "POST", t + "/bpmnEscalation",
        "{\"escalationCode\":\"X\"}"));
    all.add(new Why("chia sẻ công việc với đơn vị khác", "tuyentruyen", "POST",
        t + "/identity-links", "{\"groupId\":\"phong-ly-luan\",\"type\":\"candidate\"}"));
    all.add(new Why("giao cho cán bộ đơn vị khác", "tuyentruyen", "POST", t + "/assignee",
        "{\"userId\":\"lyluan\"}"));
    all.add(new Why("ủy quyền cho cán bộ đơn vị khác", "tuyentruyen", "POST", t + "/delegate",
        "{\"userId\":\"lyluan\"}"));
    all.add(new Why("đổi tên, đổi hạn công việc", "tuyentruyen", "PUT", t,
        "{\"name\":\"Đã xong\",\"due\":\"2030-01-01T00:00:00.000+0700\"}"));
    all.add(new Why("ghi biến vào công việc", "tuyentruyen", "POST", t + "/variables",
        "{\"modifications\":{\"unitCode\":{\"value\":\"phong-ly-luan\"}}}"));
    all.add(new Why("gửi tín hiệu", "tuyentruyen", "POST", "/signal", "{\"name\":\"X\"}"));
    all.add(new Why("nhận tác vụ ngoài", "tuyentruyen", "POST", "/external-task/fetchAndLock",
        "{\"workerId\":\"w\",\"maxTasks\":10,\"topics\":[{\"topicName\":\"x\","
            + "\"lockDuration\":10000}]}"));
    all.add(new Why("chạy tác vụ nền", "tuyentruyen", "POST", "/job/" + timer + "/execute",
        null));
    all.add(new Why("dời hạn bộ hẹn giờ", "tuyentruyen", "PUT", "/job/" + timer + "/duedate",
        "{\"duedate\":\"2030-01-01T00:00:00.000+0700\"}"));
    all.add(new Why("chu kỳ thứ hai tại ApprovePlan, bỏ qua listener", "bcd", "POST",
        "/process-definition/key/qcdc-annual-cycle/start",
        "{\"businessKey\":\"QCDC-2022\",\"skipCustomListeners\":true,\"startInstructions\":"
            + "[{\"type\":\"startBeforeActivity\",\"activityId\":\"ApprovePlan\"}],"
            + "\"variables\":{\"year\":{\"value\":2022,\"type\":\"Integer\"}}}"));
    all.add(new Why("tạm dừng quy trình", "truongban", "PUT",
        "/process-definition/key/qcdc-annual-cycle/suspended", "{\"suspended\":true}"));
    all.add(new Why("đổi mật khẩu người khác", "tuyentruyen", "PUT", "/user/lyluan/credentials",
        "{\"password\":\"Mat-khau-moi-2026!\",\"authenticatedUserPassword\":\"tuyentruyen\"}"));
    all.add(new Why("tạo người dùng", "bcd", "POST", "/user/create",
        "{\"profile\":{\"id\":\"x1\"},\"credentials\":{\"password\":\"Mat-khau-dai-2026!\"}}"));
    return all;
  }

  @Test
  void everyCallOfTheIssueIsRefusedThroughBothDoorsAndChangesNothing() {
    List<String> table = new ArrayList<>();
    for (Why why : whys()) {
      for (Door door : Door.values()) {
        Map<String, Object> before = fingerprint.take();
        Answer answer = doors.call(door, why.user(), why.method(), why.path(), why.body());
        table.add(why.what() + "\t" + door + "\t" + answer.status());
        assertThat(answer.status()).as("%s through %s: %s", why.what(), door, answer.body())
            .isEqualTo(403);
        assertThat(answer.refusedByList()).as(why.what()).isTrue();
        assertThat(answer.body()).contains("Người dùng " + why.user()
            + " không có quyền thực hiện thao tác này");
        assertThat(fingerprint.take()).as("%s left a trace", why.what()).isEqualTo(before);
      }
    }
    System.out.println("[engine access] refused:\n" + String.join("\n", table));
  }

  @Test
  void whatTheUnitNeedsStillPasses() {
    for (Door door : Door.values()) {
      // Claim its own task and give it back; pass it to a colleague of the unit.
      assertThat(doors.call(door, "tuyentruyen", "POST", "/task/" + task + "/claim",
          "{\"userId\":\"tuyentruyen\"}").status()).as("claim via %s", door).isEqualTo(204);
      String colleague = engine.getIdentityService().createUserQuery()
          .memberOfGroup("phong-tuyen-truyen").list().stream().map(u -> u.getId())
          .filter(u -> !u.equals("tuyentruyen")).findFirst().orElse("tuyentruyen");
      assertThat(doors.call(door, "tuyentruyen", "POST", "/task/" + task + "/assignee",
          "{\"userId\":\"" + colleague + "\"}").status()).isEqualTo(204);
      assertThat(doors.call(door, "tuyentruyen", "POST", "/task/" + task + "/unclaim", "{}")
          .status()).isEqualTo(204);
      // Start variables are the start form's fields only: a bad-data 400, nothing started.
      Map<String, Object> before = fingerprint.take();
      Answer foreign = doors.call(door, "bcd", "POST",
          "/process-definition/key/qcdc-annual-cycle/start",
          "{\"variables\":{\"year\":{\"value\":2031,\"type\":\"Integer\"},\"leadershipGroup\":"
              + "{\"value\":\"ban-chi-dao\",\"type\":\"String\"}}}");
      assertThat(foreign.status()).isEqualTo(400);
      assertThat(foreign.body()).contains("không có trường «leadershipGroup»");
      assertThat(fingerprint.take()).isEqualTo(before);
      // Claiming for someone else is giving the task away: refused.
      assertThat(doors.call(door, "tuyentruyen", "POST", "/task/" + task + "/claim",
          "{\"userId\":\"lyluan\"}").status()).isEqualTo(403);
      // Another unit cannot claim it.
      assertThat(doors.call(door, "lyluan", "POST", "/task/" + task + "/claim",
          "{\"userId\":\"lyluan\"}").status()).isEqualTo(403);
      // The start form's only field: the duplicate year is refused by the application (409).
      Answer start = doors.call(door, "bcd", "POST",
          "/process-definition/key/qcdc-annual-cycle/start",
          "{\"businessKey\":\"QCDC-2022\",\"variables\":{\"year\":{\"value\":2022,"
              + "\"type\":\"Integer\"}}}");
      assertThat(start.status()).as(start.body()).isEqualTo(409);
      assertThat(doors.call(door, "tuyentruyen", "GET", "/task/" + task, null).status())
          .isEqualTo(200);
      // Cockpit reads for leadership, not for a department.
      assertThat(doors.call(door, "truongban", "GET", "/process-instance/count", null).status())
          .isEqualTo(200);
      assertThat(doors.call(door, "tuyentruyen", "GET", "/process-instance/count", null)
          .status()).isEqualTo(403);
      // The same operation under the named-engine path is the same operation.
      assertThat(doors.call(Door.REST, "tuyentruyen", "POST", "/../engine-rest/engine/default/"
          + "task/" + task + "/bpmnError", "{\"errorCode\":\"X\"}").status()).isIn(400, 403, 404);
    }
    assertThat(doors.call(Door.REST, "tuyentruyen", "POST", "/engine/default/task/" + task
        + "/bpmnError", "{\"errorCode\":\"X\"}").status()).isEqualTo(403);
    assertThat(doors.call(Door.REST, null, "GET", "/engine", null).status()).isEqualTo(200);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult()
        .getAssignee()).isNull();
  }

  /**
   * Issue 18: a task someone holds (a claimed task, a named member's inspection) is passed on
   * by its holder only. A second member of the same unit may see it, but neither take it over,
   * hand it to themselves or anyone, give it back for the holder, nor delegate it, through
   * either door; the holder still can.
   */
  @Test
  void aColleagueOfTheUnitCannotTakeOverATaskSomeoneHolds() {
    var identity = engine.getIdentityService();
    var colleague = identity.newUser("tuyentruyen2");
    colleague.setFirstName("Minh");
    colleague.setLastName("Đỗ Văn");
    colleague.setPassword(vn.qcdc.flow.support.TestPasswords.of("tuyentruyen2"));
    identity.saveUser(colleague);
    identity.createMembership("tuyentruyen2", "phong-tuyen-truyen");
    try {
      engine.getTaskService().claim(task, "tuyentruyen");
      for (Door door : Door.values()) {
        assertThat(doors.call(door, "tuyentruyen2", "GET", "/task/" + task, null).status())
            .as("the colleague sees the unit's task via %s", door).isEqualTo(200);
        Map<String, Object> before = fingerprint.take();
        for (String[] call : List.of(
            new String[] {"/assignee", "{\"userId\":\"tuyentruyen2\"}"},
            new String[] {"/assignee", "{\"userId\":null}"},
            new String[] {"/delegate", "{\"userId\":\"tuyentruyen2\"}"},
            new String[] {"/unclaim", "{}"},
            new String[] {"/claim", "{\"userId\":\"tuyentruyen2\"}"})) {
          Answer answer = doors.call(door, "tuyentruyen2", "POST", "/task/" + task + call[0],
              call[1]);
          assertThat(answer.status()).as("%s %s via %s: %s", call[0], call[1], door,
              answer.body()).isIn(400, 403, 409);
          // The list refuses the hand-overs; the engine itself refuses a second claim.
          assertThat(answer.body()).as(call[0]).contains(call[0].equals("/claim")
              ? "đã được người khác nhận (tuyentruyen)" : "đang do «tuyentruyen» giữ");
        }
        assertThat(fingerprint.take()).as("via %s", door).isEqualTo(before);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult()
            .getAssignee()).isEqualTo("tuyentruyen");
      }
      // The holder passes it on to the colleague; then the colleague holds it.
      assertThat(doors.call(Door.REST, "tuyentruyen", "POST", "/task/" + task + "/assignee",
          "{\"userId\":\"tuyentruyen2\"}").status()).isEqualTo(204);
      assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult()
          .getAssignee()).isEqualTo("tuyentruyen2");
    } finally {
      engine.getTaskService().setAssignee(task, null);
      identity.deleteMembership("tuyentruyen2", "phong-tuyen-truyen");
      identity.deleteUser("tuyentruyen2");
    }
  }

  @Test
  void aRemovedMembershipAndAChangedPasswordCountAtOnceForBasicCallers() {
    // verified once, then answered from access/VerifiedCredentials
    assertThat(doors.call(Door.REST, "tuyentruyen", "GET", "/task/" + task, null).status())
        .isEqualTo(200);
    assertThat(doors.call(Door.REST, "tuyentruyen", "GET", "/task/" + task, null).status())
        .isEqualTo(200);
    var identity = engine.getIdentityService();
    identity.deleteMembership("tuyentruyen", "phong-tuyen-truyen");
    try {
      assertThat(doors.call(Door.REST, "tuyentruyen", "POST", "/task/" + task + "/claim",
          "{\"userId\":\"tuyentruyen\"}").status()).isEqualTo(403);
    } finally {
      identity.createMembership("tuyentruyen", "phong-tuyen-truyen");
    }
    var user = identity.createUserQuery().userId("tuyentruyen").singleResult();
    user.setPassword("Khac-Mat-Khau-2031!");
    identity.saveUser(user);
    try {
      assertThat(doors.call(Door.REST, "tuyentruyen", "GET", "/task/" + task, null).status())
          .as("the old password, verified a moment ago").isEqualTo(401);
    } finally {
      user = identity.createUserQuery().userId("tuyentruyen").singleResult();
      user.setPassword(vn.qcdc.flow.support.TestPasswords.of("tuyentruyen"));
      identity.saveUser(user);
      // the failed attempt above holds the account for a few seconds (Camunda's log-in delay)
      identity.unlockUser("tuyentruyen");
    }
    assertThat(doors.call(Door.REST, "tuyentruyen", "GET", "/task/" + task, null).status())
        .isEqualTo(200);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult()
        .getAssignee()).isNull();
  }

  @Test
  void anUncaughtBpmnErrorFailsInsteadOfEndingTheBranch() {
    Task open = engine.getTaskService().createTaskQuery().taskId(task).singleResult();
    Map<String, Object> before = fingerprint.take();
    assertThatThrownBy(() -> engine.getTaskService().handleBpmnError(open.getId(),
        "NobodyCatchesThis")).isInstanceOf(ProcessEngineException.class);
    assertThat(fingerprint.take()).isEqualTo(before);
  }
}
