package vn.qcdc.flow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.qcdc.flow.conference.ConferenceSessionRepository;
import vn.qcdc.flow.conference.MonthlyKeyTaskRepository;
import vn.qcdc.flow.conference.ProposalRepository;
import vn.qcdc.flow.dissemination.DisseminationRecordRepository;
import vn.qcdc.flow.emulation.EmulationRatingRepository;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.notice.NoticeRepository;
import vn.qcdc.flow.reporting.ConsolidatedReportRepository;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * The annual cycle as the agency lives it, run on one database; subclasses
 * pick the database (H2, MariaDB). Each scenario uses its own year.
 */
@SpringBootTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
abstract class AnnualCycleScenarios {

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  AnnualCycleRepository cycleRecords;
  @Autowired
  AnnualPlanRepository plans;
  @Autowired
  DisseminationRecordRepository disseminations;
  @Autowired
  ProposalRepository proposals;
  @Autowired
  ConferenceSessionRepository conferences;
  @Autowired
  MonthlyKeyTaskRepository monthlyTasks;
  @Autowired
  ConsolidatedReportRepository reports;
  @Autowired
  EmulationRatingRepository ratings;
  @Autowired
  NoticeRepository notices;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  YearDriver year(int year) {
    return new YearDriver(engine, new JavaDesk(engine, cycles), year);
  }

  ProcessInstance instance(String id) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
        .singleResult();
  }

  @Test
  void wholeYearOnTheHappyPath() {
    YearDriver y = year(2022);
    ProcessInstance cycle = instance(y.start());
    assertThat(cycleRecords.findById(2022)).get()
        .extracting(AnnualCycle::getBusinessKey, AnnualCycle::getStatus)
        .containsExactly("QCDC-2022", AnnualCycle.RUNNING);
    Task draft = y.task("DraftPlan");
    assertThat(draft.getName()).isEqualTo("Soạn thảo kế hoạch thực hiện QCDC năm 2022");
    assertThat((String) engine.getTaskService().getVariable(draft.getId(), "planDocuments"))
        .contains("Nghị định số 04/2015/NĐ-CP").contains("năm 2022");

    y.firstHalf();
    assertThat(plans.findById(2022).orElseThrow().getApprovedBy()).isEqualTo("truongban");
    assertThat(disseminations.findByYear(2022)).hasSize(YearDriver.DISSEMINATION_UNITS.size())
        .allSatisfy(r -> assertThat(r.isLate()).isFalse());
    assertThat(proposals.findByYearOrderByUnitCodeAscSeqAsc(2022)).hasSize(3)
        .allSatisfy(p -> assertThat(p.getAnsweredBy()).isEqualTo("truongban"));
    assertThat(conferences.findByYearOrderByAttempt(2022)).singleElement()
        .satisfies(c -> assertThat(c.isQuorumMet() && c.isResolutionAdopted()).isTrue());
    assertThat(monthlyTasks.findByYearOrderByMonth(2022)).hasSize(12);
    assertThat(cycle).isWaitingAt("MidYearReviewDue");

    y.clock(6, 15);
    y.runDueJobs();
    assertThat(y.tasks("FileUnitReview")).hasSize(6);
    y.wholeReview("01-BC/BTGTU");
    assertThat(reports.findByYearAndPeriod(2022, "H1")).get()
        .satisfies(r -> {
          assertThat(r.getStatus()).isEqualTo("SUBMITTED");
          assertThat(r.getUnitsFiled()).isEqualTo(8);
          // Every unit filed on time: the assessment names no missing or late unit (the
          // agency's complaints of 2022 from other tests may still qualify it).
          assertThat(r.getSummary()).startsWith("Trong 6 tháng đầu năm 2022")
              .doesNotContain("chưa nộp").doesNotContain("chậm so với thời hạn");
          assertThat(r.getDelivery()).isEqualTo("POST");
        });
    assertThat(cycle).isWaitingAt("YearEndReviewDue");

    y.clock(11, 20);
    y.runDueJobs();
    y.wholeReview("02-BC/BTGTU");
    List<Task> confirmations = y.tasks("ConfirmRating");
    assertThat(confirmations).hasSize(6);
    // Each unit had 5 at its dissemination meeting: the rate against its headcount decides.
    Map<String, String> expected = Map.of("phong-tong-hop", "HOAN_THANH",
        "phong-tuyen-truyen", "HOAN_THANH", "phong-ly-luan", "TOT", "phong-bao-chi", "TOT",
        "phong-van-hoa", "TOT", "trung-tam-du-luan", "XUAT_SAC");
    for (Task task : confirmations) {
      String unit = (String) engine.getTaskService().getVariable(task.getId(), "unitCode");
      String proposed = (String) engine.getTaskService().getVariable(task.getId(),
          "proposedRating");
      assertThat(proposed).as(unit).isEqualTo(expected.get(unit));
      if (unit.equals("phong-tong-hop")) {
        assertThatThrownBy(() -> y.submit(task, "truongban", Map.of("finalRating", "TOT")))
            .hasRootCauseInstanceOf(InputRefusedException.class)
            .rootCause().hasMessageContaining("Lý do điều chỉnh");
        y.submit(task, "truongban", Map.of("finalRating", "TOT",
            "overrideReason", "Đơn vị tổ chức thêm hai buổi chuyên đề."));
      } else {
        y.submit(task, "truongban", Map.of("finalRating", proposed));
      }
    }
    assertThat(cycle).isEnded();
    assertThat(cycleRecords.findById(2022).orElseThrow().getStatus())
        .isEqualTo(AnnualCycle.CLOSED);
    assertThat(ratings.findByYear(2022)).hasSize(6)
        .allSatisfy(r -> assertThat(r.getConfirmedBy()).isEqualTo("truongban"))
        .filteredOn(r -> r.getUnitCode().equals("phong-tong-hop")).singleElement()
        .satisfies(r -> {
          assertThat(r.getProposedRating()).isEqualTo("HOAN_THANH");
          assertThat(r.getFinalRating()).isEqualTo("TOT");
          assertThat(r.getOverrideReason()).contains("chuyên đề");
        });

    // History names who completed every task and keeps what they entered.
    List<HistoricTaskInstance> done = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey("QCDC-2022").finished().list();
    assertThat(done).allSatisfy(t -> assertThat(t.getAssignee()).isNotBlank());
    HistoricTaskInstance tuyenTruyen = done.stream()
        .filter(t -> t.getName().equals("Quán triệt văn bản về QCDC - Phòng Tuyên truyền"))
        .findFirst().orElseThrow();
    assertThat(tuyenTruyen.getAssignee()).isEqualTo("tuyentruyen");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .taskIdIn(tuyenTruyen.getId()).variableName("attendance").singleResult().getValue())
        .isEqualTo(5L);
  }

  @Test
  void planReturnedByLeadershipGoesBackWithItsReason() {
    YearDriver y = year(2031);
    ProcessInstance cycle = instance(y.start());
    y.submit(y.task("DraftPlan"), "bcd", Map.of("yearKeyTasks", "Nhiệm vụ 1",
        "disseminationDueDate", "2031-02-15"));
    Task approval = y.task("ApprovePlan");
    assertThatThrownBy(() -> y.submit(approval, "truongban", Map.of("planDecision", "return")))
        .hasRootCauseInstanceOf(InputRefusedException.class)
        .rootCause().hasMessageContaining("Lý do trả lại");
    assertThat(cycle).isWaitingAt("ApprovePlan");
    y.submit(approval, "truongban", Map.of("planDecision", "return",
        "planReturnReason", "Bổ sung Chỉ thị 05-CT/TU vào danh mục văn bản."));
    Task redraft = y.task("DraftPlan");
    assertThat(engine.getTaskService().getVariable(redraft.getId(), "planReturnReason"))
        .isEqualTo("Bổ sung Chỉ thị 05-CT/TU vào danh mục văn bản.");
    y.submit(redraft, "bcd", Map.of("planDocuments", "Chỉ thị 05-CT/TU"));
    assertThat(plans.findById(2031).orElseThrow().getRevision()).isEqualTo(2);
    y.submit(y.task("ApprovePlan"), "phoban", Map.of("planDecision", "approve",
        "yearKeyTaskItems", YearDriver.keyTaskOwners("phong-tong-hop")));
    assertThat(plans.findById(2031).orElseThrow().getApprovedBy()).isEqualTo("phoban");
    // IssuePlan (asynchronous) issues the plan before the units disseminate it.
    assertThat(y.tasks("RecordDissemination")).isEmpty();
    y.runDueJobs();
    assertThat(y.tasks("RecordDissemination")).hasSize(YearDriver.DISSEMINATION_UNITS.size());
  }

  @Test
  void aLateUnitIsRemindedThenEscalatedToTheSteeringCommittee() {
    YearDriver y = year(2032);
    y.start();
    y.draftAndApprovePlan(); // dissemination due 15/02, reminder 5 days before the deadline
    for (String unit : YearDriver.DISSEMINATION_UNITS) {
      if (!unit.equals("phong-bao-chi")) {
        y.disseminate(unit, 5);
      }
    }
    y.clock(2, 11);
    y.runDueJobs();
    assertThat(notices.findByYearAndPhaseOrderByCreatedAt(2032, "DISSEMINATION"))
        .singleElement().satisfies(n -> {
          assertThat(n.getKind()).isEqualTo("REMINDER");
          assertThat(n.getRecipientGroup()).isEqualTo("phong-bao-chi");
          assertThat(n.getMessage()).contains("Phòng Báo chí - Xuất bản").contains("15/02/2032");
        });
    assertThat(y.tasks("FollowUpLateUnit")).isEmpty();

    y.clock(2, 17);
    y.runDueJobs();
    Task followUp = y.task("FollowUpLateUnit");
    assertThat(followUp.getName()).isEqualTo("Đôn đốc Phòng Báo chí - Xuất bản quán triệt");
    assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("ban-chi-dao"));
    assertThat(notices.findByYearAndPhaseOrderByCreatedAt(2032, "DISSEMINATION"))
        .extracting(n -> n.getKind()).containsExactly("REMINDER", "ESCALATION");

    y.disseminate("phong-bao-chi", 6);
    assertThat(disseminations.findByYearAndUnitCode(2032, "phong-bao-chi")).get()
        .satisfies(r -> assertThat(r.isLate()).isTrue());
    assertThat(disseminations.findByYearAndUnitCode(2032, "phong-ly-luan")).get()
        .satisfies(r -> assertThat(r.isLate()).isFalse());
    y.submit(followUp, "bcd", Map.of("escalationAction", "Đã nhắc trực tiếp trưởng phòng."));
    assertThat(y.tasks("RecordDissemination")).isEmpty();
  }

  @Test
  void aConferenceWithoutQuorumMustBeHeldAgain() {
    YearDriver y = year(2033);
    ProcessInstance cycle = instance(y.start());
    y.draftAndApprovePlan();
    for (String unit : List.of("phong-tong-hop", "phong-tuyen-truyen", "phong-ly-luan",
        "phong-bao-chi", "phong-van-hoa", "trung-tam-du-luan", "cong-doan")) {
      y.submitProposals(unit, null);
    }
    y.runDueJobs();
    assertThat(y.tasks("AnswerProposal")).isEmpty();
    Task conference = y.task("RecordConference");
    assertThat(engine.getTaskService().getVariable(conference.getId(), "totalOfficials"))
        .isEqualTo(45);
    y.recordConference(45, 29, 29); // 2/3 of 45 is 30
    Task again = y.task("RecordConference");
    assertThat((String) engine.getTaskService().getVariable(again.getId(), "conferenceRetryNote"))
        .contains("29/45").contains("cần ít nhất 30");
    y.recordConference(45, 30, 15); // quorum, but half is not more than half
    assertThat(y.tasks("IssueWorkPlan")).isEmpty();
    y.recordConference(45, 30, 16);
    assertThat(conferences.findByYearOrderByAttempt(2033))
        .extracting(c -> c.isQuorumMet() + "/" + c.isResolutionAdopted())
        .containsExactly("false/false", "true/false", "true/true");
    y.issueWorkPlan();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("QCDC-2033").processDefinitionKey("qcdc-conference")
        .finished().count()).isEqualTo(1);
    assertThat(cycle).isActive();
  }

  @Test
  void aReturnedReportIsRevisedBeforeApproval() {
    YearDriver y = year(2034);
    y.start();
    y.firstHalf();
    y.clock(6, 15);
    y.runDueJobs();
    for (String unit : YearDriver.REVIEW_UNITS) {
      if (!unit.equals("phong-van-hoa")) {
        y.fileReview(unit);
      }
    }
    y.reviewSideBranches(List.of());
    // phong-van-hoa never files: at the cut-off the report is made without it
    y.clock(7, 8);
    y.runDueJobs();
    y.answerUnionSentiment(); // II.5.a: the union's report is answered, then consolidated
    y.runDueJobs();
    Task approval = y.task("ApproveReport");
    assertThat((String) engine.getTaskService().getVariable(approval.getId(), "missingUnits"))
        .isEqualTo("Phòng Văn hóa - Văn nghệ");
    assertThatThrownBy(() -> y.submit(approval, "truongban", Map.of("reportDecision", "return")))
        .hasRootCauseInstanceOf(InputRefusedException.class);
    y.submit(approval, "truongban", Map.of("reportDecision", "return",
        "reportComments", "Nêu rõ nguyên nhân Phòng Văn hóa chưa nộp."));
    Task revision = y.task("ReviseReport");
    assertThat(engine.getTaskService().getVariable(revision.getId(), "reportComments"))
        .isEqualTo("Nêu rõ nguyên nhân Phòng Văn hóa chưa nộp.");
    y.submit(revision, "tonghop", Map.of("reportSummary",
        "Báo cáo đã bổ sung: Phòng Văn hóa - Văn nghệ chưa nộp do cán bộ đi công tác."));
    y.runDueJobs();
    assertThatThrownBy(() -> y.approveAndSubmitReport("BC-khong-hop-le"))
        .hasRootCauseInstanceOf(InputRefusedException.class)
        .rootCause().hasMessageContaining("Số văn bản");
    Task submission = y.task("SubmitReport");
    // The register holds the number for the task: the form shows it, nobody types it.
    String held = (String) engine.getTaskService().getVariableLocal(submission.getId(),
        "documentNumber");
    assertThat(held).matches("\\d{2}-BC/BTGTU");
    y.submit(submission, "tonghop", Map.of("documentDate", y.engineToday(), "archived", true));
    y.runDueJobs();
    assertThat(reports.findByYearAndPeriod(2034, "H1")).get().satisfies(r -> {
      assertThat(r.getRevision()).isEqualTo(2);
      assertThat(r.getSummary()).contains("cán bộ đi công tác");
      assertThat(r.getMissingUnits()).isEqualTo("Phòng Văn hóa - Văn nghệ");
      assertThat(r.getUnitsFiled()).isEqualTo(7);
      assertThat(r.getDocumentNumber()).isEqualTo(held);
      assertThat(r.isSentToCity() && r.isSentToBloc() && r.isArchived()).isTrue();
    });
  }

  @Test
  void aSecondCycleForTheSameYearIsRefusedAndCreatesNothing() {
    YearDriver y = year(2035);
    y.start();
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    long records = cycleRecords.count();
    assertThatThrownBy(() -> cycles.start(2035)).isInstanceOf(DuplicateCycleException.class)
        .hasMessage("Chu kỳ QCDC năm 2035 đã được khởi động; mỗi năm chỉ có một chu kỳ.");
    // Straight through the engine, past the service's check: the start listener refuses too.
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(
        CycleService.PROCESS_KEY, Map.of("year", 2035)))
        .isInstanceOf(DuplicateCycleException.class);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count())
        .isEqualTo(instances);
    assertThat(cycleRecords.count()).isEqualTo(records);
  }

  @Test
  void aYearMissingFromTheWorkingCalendarIsRefusedNamingItAndCreatesNothing() {
    // 2013 is in neither the agency's calendar nor the tests' (test-calendar.yaml): its Tết is
    // not known, so its deadlines cannot be counted in working days.
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    long records = cycleRecords.count();
    assertThatThrownBy(() -> cycles.start(2013))
        .isInstanceOf(vn.qcdc.flow.complaints.MissingCalendarYearException.class)
        .hasMessageStartingWith("Lịch làm việc chưa có năm 2013:")
        .hasMessageContaining("qcdc.calendar.days-off");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count())
        .isEqualTo(instances);
    assertThat(cycleRecords.count()).isEqualTo(records);
    assertThat(cycleRecords.existsById(2013)).isFalse();
  }

  @Test
  void invalidFormDataIsRefusedAndChangesNothing() {
    YearDriver y = year(2036);
    y.start();
    y.draftAndApprovePlan();
    Task task = y.taskOf("RecordDissemination", "phong-ly-luan"); // headcount 6
    Map<String, Object> tooMany = y.dissemination(7);
    Map<String, Object> negative = y.dissemination(-1);
    Map<String, Object> lastYear = y.dissemination(5);
    lastYear.put("meetingDate", "2035-12-30");
    assertThatThrownBy(() -> y.submit(task, "lyluan", tooMany))
        .rootCause().hasMessageContaining("«Số người tham dự» phải nằm trong khoảng từ 0 đến 6");
    assertThatThrownBy(() -> y.submit(task, "lyluan", negative))
        .rootCause().hasMessageContaining("«Số người tham dự» phải nằm trong khoảng từ 0 đến 6");
    assertThatThrownBy(() -> y.submit(task, "lyluan", lastYear))
        .rootCause().hasMessageContaining("«Ngày họp quán triệt» phải nằm trong năm 2036");
    assertThat(disseminations.findByYearAndUnitCode(2036, "phong-ly-luan")).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult())
        .isNotNull();
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), "attendance")).isNull();
    y.submit(task, "lyluan", y.dissemination(6));
    assertThat(disseminations.findByYearAndUnitCode(2036, "phong-ly-luan")).get()
        .satisfies(r -> assertThat(r.getAttendance()).isEqualTo(6));
  }

  @Autowired
  vn.qcdc.flow.organisation.OrganisationFileLoader organisationFiles;
  @Autowired
  vn.qcdc.flow.organisation.OrganisationSync organisationSync;
  @Autowired
  vn.qcdc.flow.organisation.OrganisationProperties properties;

  @Test
  void aUnitAddedToTheRegistryGetsItsTasksInTheNextPhase(
      org.springframework.boot.test.system.CapturedOutput output) {
    var demo = organisationFiles.load(properties.file());
    assertThat(organisationSync.sync(demo).changedNothing()).isTrue();
    YearDriver y = year(2037);
    y.start();
    y.draftAndApprovePlan();
    try {
      var report = organisationSync.sync(
          organisationFiles.load("classpath:organisation/agency-with-new-department.yml"));
      assertThat(report.groupsCreated()).isEqualTo(1);
      assertThat(report.usersCreated()).isEqualTo(1);
      assertThat(output).doesNotContain("Mat-khau-Bi-Mat-2022");
      assertThat(engine.getIdentityService().checkPassword("doingoai", "Mat-khau-Bi-Mat-2022"))
          .isTrue();
      // The phase under way keeps the units it started with...
      assertThat(y.tasks("RecordDissemination")).hasSize(YearDriver.DISSEMINATION_UNITS.size());
      y.firstHalfAfterPlan();
      y.clock(6, 15);
      y.runDueJobs();
      // ...the next phase reads the registry again.
      assertThat(y.taskOf("FileUnitReview", "phong-moi").getName())
          .isEqualTo("Sơ kết 6 tháng đầu năm 2037 - Phòng Thông tin đối ngoại");
      assertThat(y.tasks("FileUnitReview")).hasSize(7);
    } finally {
      var back = organisationSync.sync(demo);
      assertThat(back.unitsDeactivated()).isEqualTo(1);
      // The person who left the file: locked, out of every group; a second sync changes nothing.
      assertThat(back.usersLocked()).isEqualTo(1);
      assertThat(engine.getIdentityService().checkPassword("doingoai", "Mat-khau-Bi-Mat-2022"))
          .isFalse();
      assertThat(engine.getIdentityService().createGroupQuery().groupMember("doingoai").count())
          .isZero();
      assertThat(organisationSync.sync(demo).changedNothing()).isTrue();
      assertThat(output).contains("doingoai is no longer in the organisation file: account"
          + " locked, removed from groups [phong-moi]");
    }
    assertThat(engine.getIdentityService().createGroupQuery().groupId("phong-moi").count())
        .isEqualTo(1); // history keeps its group; the registry no longer routes work to it
  }
}
