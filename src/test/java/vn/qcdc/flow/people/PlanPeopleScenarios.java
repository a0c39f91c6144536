package vn.qcdc.flow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.reporting.ConsolidatedReport;
import vn.qcdc.flow.reporting.ReportDocuments;
import vn.qcdc.flow.reporting.ReportingService;
import vn.qcdc.flow.review.Inspection;
import vn.qcdc.flow.review.InspectionRepository;
import vn.qcdc.flow.review.Period;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.Logins;
import vn.qcdc.flow.support.YearDriver;

/**
 * Issue 18: the plan's people as the plan names them. Each scenario drives a year through the
 * Java API as its users would and checks who did each step in the engine's history (assignees,
 * identity links, the operation log), not only which group the step was offered to.
 * Subclasses pick the database (H2, MariaDB).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PlanPeopleScenarios {

  static final String LY_LUAN = "Phòng Lý luận chính trị và Lịch sử Đảng";
  static final String BAO_CHI = "Phòng Báo chí - Xuất bản";

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  InspectionRepository inspections;
  @Autowired
  ReportingService reporting;
  @Autowired
  ReportDocuments documents;
  @Autowired
  vn.qcdc.flow.review.ReviewService reviews;
  @Autowired
  vn.qcdc.flow.notice.NoticeRepository notices;
  @Autowired
  org.springframework.boot.test.web.client.TestRestTemplate http;
  @Autowired
  vn.qcdc.flow.dissemination.DisseminationSessions sessions;
  @Autowired
  vn.qcdc.flow.review.YearKeyTasks yearKeyTasks;
  @Autowired
  vn.qcdc.flow.organisation.BoardElectionRepository elections;
  @Autowired
  vn.qcdc.flow.organisation.OrganisationSync organisationSync;
  @Autowired
  vn.qcdc.flow.organisation.OrganisationFileLoader organisationFiles;
  @Autowired
  vn.qcdc.flow.organisation.OrganisationProperties properties;
  @Autowired
  vn.qcdc.flow.dissemination.DisseminationSessionRepository sessionRecords;
  @Autowired
  vn.qcdc.flow.cycle.AnnualPlanRepository plans;
  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  YearDriver year(int year) {
    return new YearDriver(engine, new JavaDesk(engine, cycles), year);
  }

  /** The year up to the six-month review's start: the selection of units is open. */
  YearDriver atTheSixMonthReview(int year) {
    YearDriver y = year(year);
    y.start();
    y.firstHalf();
    y.clock(6, 15);
    y.runDueJobs();
    return y;
  }

  // ------------------------------------------------------------ III.3 named inspections

  @Test
  void theCommitteeNamesWhoInspectsEachUnitAndTheReportSaysWhoInspectedWhom() throws Exception {
    YearDriver y = atTheSixMonthReview(2071);
    for (String unit : YearDriver.REVIEW_UNITS) {
      y.fileReview(unit);
    }
    // The deputy head with the union's representative at one unit, a member at the other.
    y.selectInspections(List.of("phong-ly-luan", "phong-bao-chi"));

    Task lyLuan = y.taskAbout("InspectUnit", LY_LUAN);
    Task baoChi = y.taskAbout("InspectUnit", BAO_CHI);
    assertThat(lyLuan.getAssignee()).isEqualTo("phoban");
    assertThat(baoChi.getAssignee()).isEqualTo("bcd");
    // Still the committee's work (a member may stand in if the task is passed on), but
    // nobody takes a colleague's inspection by claiming it.
    assertThat(engine.getTaskService().getIdentityLinksForTask(lyLuan.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId))
        .containsExactly("ban-chi-dao");
    Logins.login(engine, "truongban");
    try {
      assertThatThrownBy(() -> engine.getTaskService().claim(lyLuan.getId(), "truongban"))
          .isInstanceOf(TaskAlreadyClaimedException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    // The inspection form shows who was named.
    assertThat(engine.getTaskService().getVariable(lyLuan.getId(), "assignedInspectorName"))
        .isEqualTo("Trần Thị Bình");
    assertThat(engine.getTaskService().getVariable(lyLuan.getId(), "unionRepresentativeName"))
        .isEqualTo("Ngô Thị Quyên");
    assertThat(engine.getTaskService().getVariable(baoChi.getId(), "unionRepresentativeName"))
        .isEqualTo("Không cử");

    y.recordInspections();
    y.regulationsAndLeadership();
    y.runDueJobs();

    // History: each inspection was assigned to, and completed by, the member named for it.
    Map<String, HistoricTaskInstance> done = engine.getHistoryService()
        .createHistoricTaskInstanceQuery().processInstanceBusinessKey(y.businessKey())
        .taskDefinitionKey("InspectUnit").finished().list().stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getName, Function.identity()));
    assertThat(done.get("Kiểm tra thực hiện QCDC tại " + LY_LUAN).getAssignee())
        .isEqualTo("phoban");
    assertThat(done.get("Kiểm tra thực hiện QCDC tại " + BAO_CHI).getAssignee())
        .isEqualTo("bcd");
    String lyLuanTask = done.get("Kiểm tra thực hiện QCDC tại " + LY_LUAN).getId();
    assertThat(engine.getHistoryService().createHistoricIdentityLinkLogQuery()
        .taskId(lyLuanTask).type("assignee").list())
        .extracting(HistoricIdentityLinkLog::getUserId).containsOnly("phoban");
    assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(lyLuanTask)
        .operationType("Complete").singleResult().getUserId()).isEqualTo("phoban");

    Map<String, Inspection> records = inspections.findByYearAndPeriod(2071, "H1").stream()
        .collect(Collectors.toMap(Inspection::getUnitCode, Function.identity()));
    assertThat(records.get("phong-ly-luan")).satisfies(i -> {
      assertThat(i.getInspector()).isEqualTo("phoban");
      assertThat(i.getAssignedInspector()).isEqualTo("phoban");
      assertThat(i.getUnionRepresentative()).isEqualTo("congdoan");
    });
    assertThat(records.get("phong-bao-chi").getUnionRepresentative()).isNull();

    ConsolidatedReport report = reporting.report(2071, Period.H1).orElseThrow();
    String text = docxText(documents.latest(report.getId()).orElseThrow().getContent());
    assertThat(text).contains("Ban Chỉ đạo kiểm tra 2 đơn vị: " + LY_LUAN
        + " do đồng chí Trần Thị Bình kiểm tra, cùng đại diện Công đoàn là đồng chí Ngô Thị"
        + " Quyên (", BAO_CHI + " do đồng chí Lê Văn Cường kiểm tra (");
  }

  @Test
  void anAssignmentTheCommitteeCannotMakeIsRefusedAndAYearWithoutNamesStaysTheCommittees() {
    YearDriver y = atTheSixMonthReview(2072);
    Task select = y.task("SelectUnitsToInspect");
    refused(y, select, "Dòng 1: tuyentruyen không phải thành viên Ban Chỉ đạo.",
        new String[] {"phong-ly-luan", "tuyentruyen"});
    refused(y, select, "Dòng 1: chưa phân công thành viên Ban Chỉ đạo kiểm tra " + LY_LUAN,
        new String[] {"phong-ly-luan", null});
    refused(y, select, "Dòng 2: " + LY_LUAN + " đã được phân công ở dòng trước.",
        new String[] {"phong-ly-luan", "phoban"}, new String[] {"phong-ly-luan", "bcd"});
    refused(y, select, "Dòng 1: tonghop không phải đoàn viên Công đoàn cơ quan.",
        new String[] {"phong-ly-luan", "phoban", "tonghop"});
    refused(y, select, "Dòng 1: đơn vị không hợp lệ: lanh-dao.",
        new String[] {"lanh-dao", "phoban"});
    assertThat(y.tasks("InspectUnit")).isEmpty();
    assertThat(engine.getRuntimeService().getVariable(select.getProcessInstanceId(),
        "inspectionTeam")).isNull();
    assertThat(engine.getRuntimeService().getVariable(select.getProcessInstanceId(),
        "inspectedUnitCodes")).isEqualTo("");

    // The released forms send the list of units only: nobody is named, the committee's
    // members take the task as before, and the record names nobody.
    y.submit(select, "bcd", Map.of("inspectedUnits",
        SpinValues.jsonValue("[\"phong-ly-luan\"]").create()));
    Task inspect = y.task("InspectUnit");
    assertThat(inspect.getAssignee()).isNull();
    assertThat(engine.getTaskService().getVariable(inspect.getId(), "assignedInspectorName"))
        .isEqualTo("Ban Chỉ đạo (chưa phân công thành viên)");
    y.submit(inspect, "truongban", Map.of("inspectionDate", y.engineToday(),
        "inspectionRating", "FAIR", "findingsCount", 0L, "findings", "Đạt yêu cầu."));
    assertThat(inspections.findByYearAndPeriod(2072, "H1")).singleElement().satisfies(i -> {
      assertThat(i.getInspector()).isEqualTo("truongban");
      assertThat(i.getAssignedInspector()).isNull();
    });
  }

  // ------------------------------------------------------------ II.5.a the union's voice

  @Test
  void theUnionsReportOfTheOfficialsSentimentIsAnsweredByThePartySecretary() throws Exception {
    YearDriver y = atTheSixMonthReview(2073);
    for (String unit : YearDriver.REVIEW_UNITS) {
      y.fileReview(unit);
    }
    Task answer = y.task("AnswerUnionSentiment");
    assertThat(answer.getName()).isEqualTo("Trả lời phản ánh của Công đoàn - Sơ kết 6 tháng đầu"
        + " năm 2073");
    assertThat(engine.getTaskService().getIdentityLinksForTask(answer.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId))
        .containsExactlyInAnyOrder("cap-uy", "lanh-dao");
    assertThat(engine.getTaskService().getVariable(answer.getId(), "unionSentimentReport"))
        .isEqualTo("Cán bộ, công chức phấn khởi, yên tâm công tác.");
    // The union does not answer its own report; an empty answer is refused and changes nothing.
    Logins.login(engine, "congdoan");
    try {
      assertThatThrownBy(() -> engine.getTaskService().claim(answer.getId(), "congdoan"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThatThrownBy(() -> y.submit(answer, "bithu", Map.of("sentimentAnswer", "  ")))
        .rootCause().hasMessageContaining("«Ý kiến trả lời của cấp ủy, lãnh đạo Ban» là bắt buộc");
    assertThat(reviews.sentimentAnswers(2073, Period.H1)).isEmpty();

    // The other inputs are in, but the report waits for the answer.
    y.selectInspections(List.of("phong-ly-luan"));
    y.recordInspections();
    y.submit(y.task("ReviewRegulations"), "tonghop", Map.of("regulationsReviewed", 1L,
        "regulationsAmended", 0L, "regulationNotes", "Không cần sửa đổi."));
    y.submit(y.task("ReportLeadershipExample"), "truongban", Map.of("leadershipCommitments",
        "Lãnh đạo Ban gương mẫu thực hiện.", "dialoguesHeld", 1L));
    y.partyCellReview();
    y.runDueJobs();
    assertThat(reporting.report(2073, Period.H1)).isEmpty();

    y.answerUnionSentiment();
    y.runDueJobs();
    HistoricTaskInstance answered = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(y.businessKey()).taskDefinitionKey("AnswerUnionSentiment")
        .singleResult();
    assertThat(answered.getAssignee()).isEqualTo("bithu");
    assertThat(engine.getHistoryService().createUserOperationLogQuery()
        .taskId(answered.getId()).operationType("Complete").singleResult().getUserId())
        .isEqualTo("bithu");
    assertThat(reviews.sentimentAnswers(2073, Period.H1)).singleElement().satisfies(a -> {
      assertThat(a.getUnionCode()).isEqualTo("cong-doan");
      assertThat(a.getSentiment()).isEqualTo("Cán bộ, công chức phấn khởi, yên tâm công tác.");
      assertThat(a.getAnswer()).isEqualTo(YearDriver.SENTIMENT_ANSWER);
      assertThat(a.getAnsweredBy()).isEqualTo("bithu");
      assertThat(a.getAnsweredAs()).isEqualTo("cap-uy");
    });
    // The answer goes back to the union ...
    assertThat(notices.findByYearAndPhaseOrderByCreatedAt(2073, "SENTIMENT_H1"))
        .singleElement().satisfies(n -> {
          assertThat(n.getKind()).isEqualTo("ANSWER");
          assertThat(n.getRecipientGroup()).isEqualTo("cong-doan");
          assertThat(n.getMessage()).contains("đồng chí Lý Thanh Tâm (Chi bộ cơ quan) trả lời: "
              + YearDriver.SENTIMENT_ANSWER, "Việc sẽ làm: " + YearDriver.SENTIMENT_MEASURES);
        });
    // ... and into the report.
    ConsolidatedReport report = reporting.report(2073, Period.H1).orElseThrow();
    assertThat(docxText(documents.latest(report.getId()).orElseThrow().getContent()))
        .contains("Tâm tư, nguyện vọng của cán bộ, công chức: Cán bộ, công chức phấn khởi, yên"
            + " tâm công tác. Chi bộ cơ quan (đồng chí Lý Thanh Tâm) đã tiếp nhận và trả lời: "
            + YearDriver.SENTIMENT_ANSWER);
  }

  // ------------------------------------------------------------ I.2, II.4.b the Party's lead

  @Test
  void thePartyCellReviewsHowQcdcWasLedOnItsOwnForm() throws Exception {
    YearDriver y = atTheSixMonthReview(2074);
    Task review = y.task("ReviewPartyLeadership");
    assertThat(review.getName()).isEqualTo("Chi bộ đánh giá lãnh đạo thực hiện QCDC - Sơ kết 6"
        + " tháng đầu năm 2074");
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId))
        .containsExactly("cap-uy");
    // Leadership sees it (oversight) but does not assess itself.
    Logins.login(engine, "truongban");
    try {
      assertThatThrownBy(() -> engine.getTaskService().claim(review.getId(), "truongban"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThatThrownBy(() -> y.submit(review, "bithu", Map.of("partyAssessment", "EXCELLENT",
        "partyFindings", "")))
        .rootCause().hasMessageContaining("«Đánh giá chung»")
        .hasMessageContaining("«Nhận xét của Chi bộ về việc lãnh đạo thực hiện QCDC» là bắt buộc");
    assertThat(reviews.partyCellReview(2074, Period.H1)).isEmpty();

    for (String unit : YearDriver.REVIEW_UNITS) {
      y.fileReview(unit);
    }
    y.reviewSideBranches(List.of("phong-bao-chi"));
    y.runDueJobs();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(y.businessKey()).taskDefinitionKey("ReviewPartyLeadership")
        .singleResult().getAssignee()).isEqualTo("bithu");
    assertThat(reviews.partyCellReview(2074, Period.H1)).get().satisfies(r -> {
      assertThat(r.getAssessment()).isEqualTo("GOOD");
      assertThat(r.getReviewedBy()).isEqualTo("bithu");
    });
    ConsolidatedReport report = reporting.report(2074, Period.H1).orElseThrow();
    assertThat(docxText(documents.latest(report.getId()).orElseThrow().getContent()))
        .contains("Chi bộ cơ quan đánh giá việc lãnh đạo thực hiện quy chế dân chủ ở cơ sở trong"
            + " kỳ: lãnh đạo thực hiện tốt. " + YearDriver.PARTY_FINDINGS);
  }

  @Test
  void theHeadAndThePartySecretaryConveneTheDialogueAndTheUnionFollowsItUp() {
    ClockUtil.setCurrentTime(vn.qcdc.flow.engine.Clock.startOfDay(
        java.time.LocalDate.of(2075, 3, 1)));
    String pid;
    Logins.login(engine, "congdoan");
    try {
      pid = engine.getFormService().submitStartForm(engine.getRepositoryService()
          .createProcessDefinitionQuery().processDefinitionKey("qcdc-dialogue").latestVersion()
          .singleResult().getId(), Map.of("requestReason", "Đề nghị đối thoại về chế độ trực."))
          .getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runJobs(pid);
    // The union proposes topics, as every unit does.
    Task topics = engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey("ProposeDialogueTopics").taskCandidateGroup("cong-doan")
        .singleResult();
    new JavaDesk(engine, cycles).submit(topics.getId(), "congdoan",
        Map.of("topicsText", "Chế độ trực lễ, tết."));
    ClockUtil.setCurrentTime(vn.qcdc.flow.engine.Clock.startOfDay(
        java.time.LocalDate.of(2075, 3, 20)));
    runJobs(pid); // topics cut off
    Task hold = engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey("HoldDialogue").singleResult();
    assertThat(engine.getTaskService().getIdentityLinksForTask(hold.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId))
        .containsExactlyInAnyOrder("lanh-dao", "cap-uy");
    Logins.login(engine, "congdoan");
    try {
      assertThatThrownBy(() -> engine.getTaskService().claim(hold.getId(), "congdoan"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Map<String, Object> record = new java.util.HashMap<>();
    record.put("dialogueDate", "2075-03-20");
    record.put("dialogueParticipants", 40L);
    record.put("chairedBy", "Trưởng ban và Bí thư Chi bộ");
    record.put("dialogueMinutes", "Biên bản đối thoại.");
    record.put("action1Text", "Ban hành lịch trực lễ, tết.");
    record.put("action1Unit", "phong-tong-hop");
    record.put("action1Due", "2075-03-31");
    new JavaDesk(engine, cycles).submit(hold.getId(), "bithu", record);
    ClockUtil.setCurrentTime(vn.qcdc.flow.engine.Clock.startOfDay(
        java.time.LocalDate.of(2075, 4, 2)));
    runJobs(pid); // the action is late
    Task followUp = engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey("FollowUpLateDialogueAction").singleResult();
    assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId))
        .containsExactlyInAnyOrder("lanh-dao", "cong-doan");
    new JavaDesk(engine, cycles).submit(followUp.getId(), "congdoan",
        Map.of("followUpAction", "Công đoàn đề nghị Phòng Tổng hợp ban hành trong tuần."));

    Map<String, String> who = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(pid).finished().list().stream()
        .filter(h -> h.getAssignee() != null)
        .collect(Collectors.toMap(HistoricTaskInstance::getTaskDefinitionKey,
            HistoricTaskInstance::getAssignee, (a, b) -> a));
    assertThat(who).containsEntry("ProposeDialogueTopics", "congdoan")
        .containsEntry("HoldDialogue", "bithu")
        .containsEntry("FollowUpLateDialogueAction", "congdoan");
  }

  // ------------------------------------------------------------ II.1, III.1 through the year

  static final String SESSION_KEY = "qcdc-dissemination-session";

  /** A session as the start form sends it. */
  static Map<String, Object> session(String date, String kind, long attendees) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("sessionDate", date);
    values.put("sessionKind", kind);
    values.put("sessionDocuments", "Nghị định 04/2015/NĐ-CP; Kế hoạch QCDC năm của Ban.");
    values.put("sessionAttendees", attendees);
    return values;
  }

  /** Starts the session process over REST (Tasklist's call) as the user; the HTTP answer. */
  org.springframework.http.ResponseEntity<Map> recordOverRest(String user,
      Map<String, Object> values) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v,
        "type", v instanceof Long ? "Long" : "String")));
    return new vn.qcdc.flow.support.RestDesk(http).post("/engine-rest/process-definition/key/"
        + SESSION_KEY + "/submit-form", user, Map.of("variables", variables));
  }

  String recordAsJava(String user, Map<String, Object> values) {
    Logins.login(engine, user);
    try {
      return engine.getFormService().submitStartForm(engine.getRepositoryService()
          .createProcessDefinitionQuery().processDefinitionKey(SESSION_KEY).latestVersion()
          .singleResult().getId(), values).getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void unitsRecordTheirMeetingsThroughTheYearTheReviewsCountThemAndASilentUnitIsReminded()
      throws Exception {
    YearDriver y = year(2076);
    y.start();
    y.firstHalf(); // every unit's start-of-year meeting on 05/01: the first quarter is covered
    y.clock(4, 20);
    var answer = recordOverRest("lyluan", session("2076-04-10", "HOP_DON_VI", 6L));
    assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s", answer.getBody()).isTrue();
    String themed = recordAsJava("bithu", session("2076-04-18", "SINH_HOAT_CHUYEN_DE", 30L));

    // Who recorded each session: the starter in history, the record, the business key.
    var started = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(SESSION_KEY).list().stream()
        .collect(Collectors.toMap(h -> h.getBusinessKey(), h -> h.getStartUserId()));
    assertThat(started).containsOnly(Map.entry("QCDC-2076-PB-phong-ly-luan", "lyluan"),
        Map.entry("QCDC-2076-PB-cap-uy", "bithu"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(themed).singleResult().getEndTime()).isNotNull();
    assertThat(sessionRecords.findByYearOrderBySessionDate(2076)).satisfiesExactly(
        s -> {
          assertThat(s.getUnitCode()).isEqualTo("phong-ly-luan");
          assertThat(s.getRecordedBy()).isEqualTo("lyluan");
          assertThat(s.getAttendees()).isEqualTo(6);
        },
        s -> {
          assertThat(s.getUnitCode()).isEqualTo("cap-uy");
          assertThat(s.getSessionKind()).isEqualTo("SINH_HOAT_CHUYEN_DE");
          assertThat(s.getRecordedBy()).isEqualTo("bithu");
        });

    // Hostile or mistaken starts: refused in Vietnamese, nothing stored, no instance left.
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(SESSION_KEY).count();
    Map<String, Object> forOther = session("2076-04-12", "HOP_DON_VI", 5L);
    forOther.put("sessionUnit", "phong-ly-luan");
    refusedSession("tuyentruyen", forOther, "không phải thành viên của " + LY_LUAN);
    refusedSession("tuyentruyen", session("2076-04-21", "HOP_DON_VI", 5L),
        "«Ngày họp, sinh hoạt» không được sau ngày hôm nay.");
    refusedSession("tuyentruyen", session("2075-12-20", "HOP_DON_VI", 5L),
        "Năm 2075 không có chu kỳ QCDC đang thực hiện");
    refusedSession("tuyentruyen", session("2076-04-12", "HOP_DON_VI", -1L),
        "«Số người tham dự» phải nằm trong khoảng từ 0");
    refusedSession("tuyentruyen", session("2076-04-12", "HOP_CHO", 5L),
        "«Hình thức» có giá trị không hợp lệ");
    Map<String, Object> markup = session("2076-04-12", "HOP_DON_VI", 5L);
    markup.put("sessionDocuments", "<script>alert(1)</script>");
    refusedSession("tuyentruyen", markup, "không được chứa mã HTML");
    Map<String, Object> extra = session("2076-04-12", "HOP_DON_VI", 5L);
    extra.put("year", 1999L);
    refusedSession("tuyentruyen", extra, null); // a field the start form does not have
    refusedSession("bcd", session("2076-04-12", "HOP_CO_QUAN", 5L), null); // not a unit's
    refusedSession("kiemtoan", session("2076-04-12", "HOP_CO_QUAN", 5L), null);
    assertThat(sessionRecords.findByYearOrderBySessionDate(2076)).hasSize(2);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(SESSION_KEY).count()).isEqualTo(instances);

    // The first quarter passed with every unit's start-of-year meeting: nobody is reminded.
    assertThat(sessions.remindQuarters()).isZero();

    // The six-month review pre-fills each unit's meetings: the start-of-year one and its own.
    y.clock(6, 15);
    y.runDueJobs();
    Task lyLuanReview = y.taskOf("FileUnitReview", "phong-ly-luan");
    assertThat(engine.getTaskService().getVariableLocal(lyLuanReview.getId(),
        "disseminationSessions")).isEqualTo(2);
    assertThat(engine.getTaskService().getVariableLocal(lyLuanReview.getId(), "participants"))
        .isEqualTo(11);
    assertThat(engine.getTaskService().getVariableLocal(
        y.taskOf("FileUnitReview", "phong-bao-chi").getId(), "disseminationSessions"))
        .isEqualTo(1);
    for (String unit : YearDriver.REVIEW_UNITS) {
      y.fileReview(unit);
    }
    y.reviewSideBranches(List.of("phong-bao-chi"));
    y.runDueJobs();
    ConsolidatedReport report = reporting.report(2076, Period.H1).orElseThrow();
    assertThat(docxText(documents.latest(report.getId()).orElseThrow().getContent()))
        .contains("các đơn vị đã ghi nhận 2 buổi với 36 lượt người tham dự; " + LY_LUAN
            + " 1 buổi (cuộc họp của phòng, đơn vị); Chi bộ cơ quan 1 buổi (sinh hoạt chuyên đề"
            + " của chi bộ). Chưa ghi nhận buổi nào: Phòng Khoa giáo");

    // The second quarter ends: the six units with no meeting in it are reminded, once.
    y.clock(7, 2);
    assertThat(sessions.remindQuarters()).isEqualTo(6);
    assertThat(sessions.remindQuarters()).isZero();
    assertThat(notices.findByYearAndPhaseOrderByCreatedAt(2076, "SESSIONS_Q2"))
        .extracting(vn.qcdc.flow.notice.Notice::getUnitCode)
        .containsExactlyInAnyOrder("phong-tong-hop", "phong-tuyen-truyen", "phong-bao-chi",
            "phong-van-hoa", "trung-tam-du-luan", "cong-doan");
    assertThat(notices.findByYearAndPhaseOrderByCreatedAt(2076, "SESSIONS_Q2"))
        .allSatisfy(n -> {
          assertThat(n.getKind()).isEqualTo("REMINDER");
          assertThat(n.getRecipientGroup()).isEqualTo(n.getUnitCode());
          assertThat(n.getMessage()).contains("trong quý II năm 2076");
        });
    assertThat(notices.findByYearAndPhaseOrderByCreatedAt(2076, "SESSIONS_Q1")).isEmpty();
  }

  @Test
  void someoneInTwoUnitsNamesTheUnitWhoseMeetingTheyRecord() {
    YearDriver y = year(2080);
    y.start();
    y.clock(3, 2);
    engine.getIdentityService().createMembership("bithu", "phong-tong-hop");
    try {
      refusedSession("bithu", session("2080-03-01", "HOP_DON_VI", 9L),
          "thuộc nhiều đơn vị (Phòng Khoa giáo - Hành chính và Tổng hợp, Chi bộ cơ quan)");
      assertThat(sessionRecords.findByYearOrderBySessionDate(2080)).isEmpty();
      Map<String, Object> named = session("2080-03-01", "HOP_DON_VI", 9L);
      named.put("sessionUnit", "Phòng Khoa giáo - Hành chính và Tổng hợp");
      var answer = recordOverRest("bithu", named);
      assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s", answer.getBody()).isTrue();
      assertThat(sessionRecords.findByYearOrderBySessionDate(2080)).singleElement()
          .satisfies(s -> {
            assertThat(s.getUnitCode()).isEqualTo("phong-tong-hop");
            assertThat(s.getRecordedBy()).isEqualTo("bithu");
          });
    } finally {
      engine.getIdentityService().deleteMembership("bithu", "phong-tong-hop");
    }
  }

  private void refusedSession(String user, Map<String, Object> values, String message) {
    var answer = recordOverRest(user, values);
    assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s", answer.getBody()).isFalse();
    if (message != null) {
      assertThat(String.valueOf(answer.getBody().get("message"))).contains(message);
    }
  }

  // ------------------------------------------------------------ II.3 key tasks from above

  @Test
  void theYearsKeyTasksFromAboveHaveALeadingUnitThatReportsTheirStateInEachReview()
      throws Exception {
    YearDriver y = year(2077);
    y.start();
    y.submit(y.task("DraftPlan"), "bcd", Map.of("yearKeyTasks",
        "Tuyên truyền Nghị quyết Đại hội XIII\nCải cách hành chính\nChuyển đổi số",
        "disseminationDueDate", "2077-02-15"));
    Task approve = y.task("ApprovePlan");
    // The approval form offers one row per key task of the draft, and the units that may lead.
    assertThat(engine.getTaskService().getVariable(approve.getId(), "yearKeyTaskItems")
        .toString()).contains("\"keyTaskTitle\":\"Cải cách hành chính\"");
    assertThat(engine.getTaskService().getVariable(approve.getId(), "keyTaskOwnerOptions")
        .toString()).contains("\"value\":\"phong-tuyen-truyen\"").doesNotContain("lanh-dao");
    // A unit that may not lead one, or rows that do not match the draft: refused, nothing kept.
    assertThatThrownBy(() -> y.submit(approve, "truongban", Map.of("planDecision", "approve",
        "yearKeyTaskItems", YearDriver.keyTaskOwners("lanh-dao", "phong-tong-hop",
            "phong-tong-hop"))))
        .rootCause().hasMessageContaining("Nhiệm vụ 1: đơn vị chủ trì không hợp lệ.");
    assertThatThrownBy(() -> y.submit(approve, "truongban", Map.of("planDecision", "approve",
        "yearKeyTaskItems", YearDriver.keyTaskOwners("phong-tong-hop"))))
        .rootCause().hasMessageContaining("phải có đúng 3 dòng");
    assertThat(yearKeyTasks.of(2077)).isEmpty();
    y.submit(approve, "truongban", Map.of("planDecision", "approve", "yearKeyTaskItems",
        YearDriver.keyTaskOwners("phong-tuyen-truyen", "phong-tong-hop", "phong-tong-hop")));
    y.runDueJobs();
    assertThat(yearKeyTasks.of(2077)).extracting(t -> t.getSeq() + " " + t.getOwnerUnit() + " "
        + t.getState() + " " + t.getAssignedBy()).containsExactly(
        "1 phong-tuyen-truyen CHUA_THUC_HIEN truongban",
        "2 phong-tong-hop CHUA_THUC_HIEN truongban", "3 phong-tong-hop CHUA_THUC_HIEN truongban");

    y.firstHalfAfterPlan();
    y.clock(6, 15);
    y.runDueJobs();
    // Each leading unit's review form lists the key tasks it leads; the others list none.
    Task tuyenTruyen = y.taskOf("FileUnitReview", "phong-tuyen-truyen");
    Task tongHop = y.taskOf("FileUnitReview", "phong-tong-hop");
    assertThat(engine.getTaskService().getVariableLocal(tuyenTruyen.getId(), "yearKeyTaskStates")
        .toString()).contains("Tuyên truyền Nghị quyết Đại hội XIII", "CHUA_THUC_HIEN")
        .doesNotContain("Chuyển đổi số");
    assertThat(engine.getTaskService().getVariableLocal(
        y.taskOf("FileUnitReview", "phong-ly-luan").getId(), "yearKeyTaskStates").toString())
        .isEqualTo("[]");

    // Over REST as Tasklist sends it: wrong rows, an unknown state or markup are refused.
    vn.qcdc.flow.support.RestDesk rest = new vn.qcdc.flow.support.RestDesk(http);
    Map<String, Object> review = new java.util.HashMap<>(y.prefilled(tongHop));
    review.putAll(y.review("phong-tong-hop"));
    for (Object[] bad : new Object[][] {
        {YearDriver.keyTaskStates(new String[] {"HOAN_THANH"}), "phải có đúng 2 dòng"},
        {YearDriver.keyTaskStates(new String[] {"XONG"}, new String[] {"HOAN_THANH"}),
            "Nhiệm vụ trọng tâm 2: chưa chọn hoặc chọn sai tình trạng thực hiện."},
        {YearDriver.keyTaskStates(new String[] {"HOAN_THANH", "<b>x</b>"},
            new String[] {"HOAN_THANH"}), "không được chứa mã HTML"},
        {null, "«Nhiệm vụ trọng tâm năm được giao» là bắt buộc"}}) {
      Map<String, Object> values = new java.util.HashMap<>(review);
      values.put("yearKeyTaskStates", bad[0]);
      assertThatThrownBy(() -> rest.submit(tongHop.getId(), "tonghop", values))
          .hasMessageContaining((String) bad[1]);
    }
    assertThat(yearKeyTasks.of(2077)).allSatisfy(t ->
        assertThat(t.getState()).isEqualTo("CHUA_THUC_HIEN"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(tongHop.getId()).count())
        .isEqualTo(1);

    Map<String, Object> done = new java.util.HashMap<>(review);
    done.put("yearKeyTaskStates", YearDriver.keyTaskStates(
        new String[] {"HOAN_THANH", "Đã ban hành kế hoạch cải cách hành chính."},
        new String[] {"DANG_THUC_HIEN", "Đang triển khai phần mềm quản lý văn bản."}));
    rest.submit(tongHop.getId(), "tonghop", done);
    y.fileReview("phong-tuyen-truyen", Map.of("yearKeyTaskStates",
        YearDriver.keyTaskStates(new String[] {"DANG_THUC_HIEN", "Đã tổ chức 3 hội nghị."})));
    for (String unit : YearDriver.REVIEW_UNITS) {
      if (!unit.equals("phong-tong-hop") && !unit.equals("phong-tuyen-truyen")) {
        y.fileReview(unit);
      }
    }
    // Who reported each state: the leading unit's member who filed its review.
    assertThat(yearKeyTasks.of(2077)).extracting(t -> t.getSeq() + " " + t.getState() + " "
        + t.getUpdatedBy() + " " + t.getUpdatedPeriod()).containsExactly(
        "1 DANG_THUC_HIEN tuyentruyen H1", "2 HOAN_THANH tonghop H1",
        "3 DANG_THUC_HIEN tonghop H1");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(y.businessKey()).taskDefinitionKey("FileUnitReview")
        .taskId(tongHop.getId()).singleResult().getAssignee()).isEqualTo("tonghop");

    y.reviewSideBranches(List.of("phong-bao-chi"));
    y.runDueJobs();
    ConsolidatedReport report = reporting.report(2077, Period.H1).orElseThrow();
    assertThat(docxText(documents.latest(report.getId()).orElseThrow().getContent()))
        .contains("Thực hiện 3 nhiệm vụ trọng tâm năm 2077 được cấp trên giao: hoàn thành 1/3."
            + " 1) Tuyên truyền Nghị quyết Đại hội XIII (Phòng Tuyên truyền chủ trì): đang thực"
            + " hiện, Đã tổ chức 3 hội nghị.; 2) Cải cách hành chính (Phòng Khoa giáo - Hành"
            + " chính và Tổng hợp chủ trì): hoàn thành, Đã ban hành kế hoạch cải cách hành"
            + " chính.");
  }

  /** A submit-form body as a client writes it: each variable's JSON value and Camunda type. */
  static String formBody(String decision, String itemsJson, String itemsType) {
    return "{\"variables\":{\"planDecision\":{\"value\":\"" + decision + "\",\"type\":\"String\"}"
        + (itemsType == null ? "" : ",\"yearKeyTaskItems\":{\"value\":" + itemsJson
            + ",\"type\":\"" + itemsType + "\"}") + "}}";
  }

  /** The approval form's rows as JSON text (a JSON string), one owner per row, null: none. */
  static String rows(String... owners) {
    return "\"" + ((org.camunda.spin.plugin.variable.value.JsonValue) YearDriver
        .keyTaskOwners(owners)).getValueSerialized()
        .replace("\"", "\\\"") + "\"";
  }

  @Test
  void leadershipCannotApproveOverRestWithoutAValidLeadingUnitForEachKeyTask() {
    YearDriver y = year(2078);
    y.start();
    y.submit(y.task("DraftPlan"), "bcd", Map.of("yearKeyTasks",
        "Tuyên truyền Nghị quyết Đại hội XIII\nCải cách hành chính\nChuyển đổi số",
        "disseminationDueDate", "2078-02-15"));
    Task approve = y.task("ApprovePlan");
    String offered = String.valueOf(engine.getTaskService().getVariable(approve.getId(),
        "yearKeyTaskItems"));
    vn.qcdc.flow.access.EngineDoors doors = new vn.qcdc.flow.access.EngineDoors(port);
    var rest = vn.qcdc.flow.access.EngineDoors.Door.REST;
    var webapp = vn.qcdc.flow.access.EngineDoors.Door.WEBAPP;
    String path = "/task/" + approve.getId() + "/submit-form";
    // What the form requires (a unit for each key task, one of the form's units), over both
    // doors of the engine's REST API, with whatever body a client sends.
    Object[][] refusals = {
        {rest, formBody("approve", null, null), "Dữ liệu chưa hợp lệ: Nhiệm vụ 1: chưa chọn đơn vị"
            + " chủ trì. Nhiệm vụ 2: chưa chọn đơn vị chủ trì. Nhiệm vụ 3: chưa chọn đơn vị chủ trì."},
        {webapp, formBody("approve", null, null), "Nhiệm vụ 3: chưa chọn đơn vị chủ trì."},
        {rest, formBody("approve", rows("phong-tuyen-truyen", null, "phong-tong-hop"), "Json"),
            "Nhiệm vụ 2: chưa chọn đơn vị chủ trì."},
        {webapp, formBody("approve", rows("phong-tuyen-truyen", "phong-tong-hop", ""), "Json"),
            "Nhiệm vụ 3: chưa chọn đơn vị chủ trì."},
        {rest, formBody("approve", "null", "Json"), "«Đơn vị chủ trì từng nhiệm vụ trọng tâm năm"
            + " được giao» là bắt buộc: mỗi nhiệm vụ phải có một phòng, trung tâm chủ trì."},
        {webapp, formBody("approve", "null", "String"), "«Đơn vị chủ trì từng nhiệm vụ trọng tâm"
            + " năm được giao» là bắt buộc"},
        // A person, leadership, the union, an unknown code: not a department or centre.
        {rest, formBody("approve", rows("truongban", "phong-tong-hop", "phong-tong-hop"), "Json"),
            "Nhiệm vụ 1: đơn vị chủ trì không hợp lệ."},
        {webapp, formBody("approve", rows("phong-tong-hop", "lanh-dao", "phong-tong-hop"), "Json"),
            "Nhiệm vụ 2: đơn vị chủ trì không hợp lệ."},
        {rest, formBody("approve", rows("phong-tong-hop", "phong-tong-hop", "cong-doan"), "Json"),
            "Nhiệm vụ 3: đơn vị chủ trì không hợp lệ."},
        {rest, formBody("approve", rows("phong-tong-hop", "phong-tong-hop", "<b>x</b>"), "Json"),
            "Nhiệm vụ 3: đơn vị chủ trì không hợp lệ."},
        {rest, formBody("approve", rows("phong-tong-hop", "phong-tong-hop"), "Json"),
            "phải có đúng 3 dòng, mỗi nhiệm vụ của dự thảo một dòng."},
        {webapp, formBody("approve", "\"phong-tong-hop\"", "String"), "không đọc được"}};
    for (Object[] bad : refusals) {
      var answer = doors.call((vn.qcdc.flow.access.EngineDoors.Door) bad[0], "truongban", "POST",
          path, (String) bad[1]);
      assertThat(answer.status()).as("%s %s -> %s", bad[0], bad[1], answer.body())
          .isEqualTo(400);
      assertThat(messageOf(answer.body())).as("%s %s", bad[0], bad[1])
          .contains((String) bad[2]);
      // Nothing changed: the task open and unclaimed, its rows as offered, the plan not
      // approved, no key task kept, the cycle still waiting for the approval.
      assertThat(engine.getTaskService().createTaskQuery().taskId(approve.getId())
          .singleResult()).isNotNull().satisfies(t -> assertThat(t.getAssignee()).isNull());
      assertThat(String.valueOf(engine.getTaskService().getVariable(approve.getId(),
          "yearKeyTaskItems"))).isEqualTo(offered);
      assertThat(plans.findById(2078).orElseThrow().getApprovedBy()).isNull();
      assertThat(yearKeyTasks.of(2078)).isEmpty();
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
          .taskId(approve.getId()).finished().count()).isZero();
    }
    // Returning the plan asks for no unit; approving with one for each task is accepted.
    var approved = doors.call(webapp, "truongban", "POST", path, formBody("approve",
        rows("phong-tuyen-truyen", "phong-tong-hop", "trung-tam-du-luan"), "Json"));
    assertThat(approved.status()).as("%s", approved.body()).isEqualTo(204);
    assertThat(yearKeyTasks.of(2078)).extracting(t -> t.getOwnerUnit() + " " + t.getAssignedBy())
        .containsExactly("phong-tuyen-truyen truongban", "phong-tong-hop truongban",
            "trung-tam-du-luan truongban");
    // The free text stays the plan's variable, as years on released models read it.
    String cycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("QCDC-2078").processDefinitionKey("qcdc-annual-cycle")
        .singleResult().getId();
    assertThat(engine.getRuntimeService().getVariable(cycle, "yearKeyTasks"))
        .isEqualTo("Tuyên truyền Nghị quyết Đại hội XIII\nCải cách hành chính\nChuyển đổi số");
  }

  // ------------------------------------------------------------ the board's election

  List<String> boardMembers() {
    return engine.getIdentityService().createUserQuery().memberOfGroup("ban-thanh-tra")
        .orderByUserId().asc().list().stream().map(u -> u.getId()).toList();
  }

  Map<String, Object> conference(int attendance, String termEnd, String... members) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("conferenceDate", "2079-01-05");
    values.put("totalOfficials", 45L);
    values.put("attendance", (long) attendance);
    values.put("votesFor", (long) attendance - 2);
    values.put("resolutionSummary", "Thông qua kế hoạch công tác năm; bầu Ban Thanh tra nhân dân.");
    values.put("boardElected", true);
    values.put("boardMembers", SpinValues.jsonValue("[" + java.util.Arrays.stream(members)
        .map(m -> "\"" + m + "\"").collect(Collectors.joining(",")) + "]").create());
    values.put("boardTermStart", "2079-01-05");
    values.put("boardTermEnd", termEnd);
    return values;
  }

  @Test
  void theConferenceElectsTheInspectionBoardAndItsGroupFollowsTheElectionThroughTheSync() {
    YearDriver y = year(2079);
    y.start();
    y.draftAndApprovePlan();
    y.upToTheConference();
    assertThat(boardMembers()).containsExactly("thanhtra");
    Task record = y.task("RecordConference");
    assertThat(engine.getTaskService().getVariable(record.getId(), "boardCandidates").toString())
        .contains("\"value\":\"baochi\"").doesNotContain("truongban", "congdoan",
            "\"thanhtra\"");
    vn.qcdc.flow.support.RestDesk rest = new vn.qcdc.flow.support.RestDesk(http);
    try {
      // Refused over REST in Vietnamese, nothing recorded, the board's group as it was.
      for (Object[] bad : new Object[][] {
          {conference(40, "2081-01-04", "baochi", "vanhoa", "congdoan"),
              "lãnh đạo Ban không được là thành viên Ban Thanh tra nhân dân): congdoan."},
          {conference(40, "2081-01-04", "baochi", "vanhoa", "truongban"),
              "Ban Thanh tra nhân dân): truongban."},
          {conference(40, "2081-01-04", "baochi", "vanhoa", "<b>khong-co-ai</b>"),
              "1 người được chọn không có trong danh sách cán bộ, công chức của cơ quan."},
          {conference(40, "2081-01-04"), "phải có từ 3 đến 9 thành viên (đã chọn 0)"},
          {conference(40, "2080-01-04", "baochi", "vanhoa", "trungtam"),
              "Nhiệm kỳ của Ban Thanh tra nhân dân là 2 năm: bắt đầu 05/01/2079 thì kết thúc"
                  + " 04/01/2081"},
          {conference(20, "2081-01-04", "baochi", "vanhoa", "trungtam"),
              "Hội nghị chưa đủ số người dự: chưa bầu được Ban Thanh tra nhân dân."}}) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) bad[0];
        assertThatThrownBy(() -> rest.submit(record.getId(), "bcd", values))
            .hasMessageContaining((String) bad[1]);
      }
      assertThat(elections.findAll()).isEmpty();
      assertThat(boardMembers()).containsExactly("thanhtra");
      assertThat(engine.getTaskService().createTaskQuery().taskId(record.getId()).count())
          .isEqualTo(1);

      rest.submit(record.getId(), "bcd", conference(40, "2081-01-04", "baochi", "vanhoa",
          "trungtam"));
      assertThat(elections.findAll()).singleElement().satisfies(e -> {
        assertThat(e.getMembers()).containsExactly("baochi", "vanhoa", "trungtam");
        assertThat(e.getTermEnd()).isEqualTo(java.time.LocalDate.of(2081, 1, 4));
        assertThat(e.getRecordedBy()).isEqualTo("bcd");
      });
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
          .taskId(record.getId()).singleResult().getAssignee()).isEqualTo("bcd");
      // The group follows the election: the elected in, the former member out ...
      assertThat(boardMembers()).containsExactly("baochi", "trungtam", "vanhoa");
      // ... and stays so when the organisation file (which still lists thanhtra) is synced.
      var file = organisationFiles.load(properties.file());
      organisationSync.sync(file);
      assertThat(boardMembers()).containsExactly("baochi", "trungtam", "vanhoa");
      assertThat(organisationSync.sync(file).changedNothing()).isTrue();
      // The former member is no longer in the board's group.
      y.issueWorkPlan();
      assertThat(engine.getIdentityService().createGroupQuery().groupMember("thanhtra").list())
          .extracting(g -> g.getId()).doesNotContain("ban-thanh-tra");
    } finally {
      elections.deleteAll();
      organisationSync.sync(organisationFiles.load(properties.file()));
    }
    assertThat(boardMembers()).containsExactly("thanhtra");
  }

  private void runJobs(String pid) {
    for (int i = 0; i < 100; i++) {
      var due = engine.getManagementService().createJobQuery().processInstanceId(pid)
          .executable().orderByJobDuedate().asc().list();
      if (due.isEmpty()) {
        return;
      }
      engine.getManagementService().executeJob(due.get(0).getId());
    }
  }

  private void refused(YearDriver y, Task task, String message, String[]... rows) {
    assertThatThrownBy(() -> y.submit(task, "bcd",
        Map.of("inspectionAssignments", YearDriver.assignments(rows))))
        .rootCause().hasMessageContaining(message);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
        .isEqualTo(1);
  }

  static String messageOf(String body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("message")
          .asText();
    } catch (Exception e) {
      return body;
    }
  }

  static String docxText(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      StringBuilder text = new StringBuilder();
      doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
      return text.toString();
    }
  }
}
