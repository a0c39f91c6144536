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
@SpringBootTest
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

  static String docxText(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      StringBuilder text = new StringBuilder();
      doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
      return text.toString();
    }
  }
}
