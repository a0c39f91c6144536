package vn.qcdc.flow.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.notice.NoticeRepository;
import vn.qcdc.flow.review.Indicator;

/** A citizen's case with the engine clock: the statutory limits, Tết, extensions, escalation. */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  ComplaintRepository complaints;
  @Autowired
  ComplaintExtensionRepository extensions;
  @Autowired
  NoticeRepository notices;
  @Autowired
  ComplaintIndicators indicators;
  @Autowired
  WorkingCalendar calendar;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  void today(String day) {
    ClockUtil.setCurrentTime(Clock.startOfDay(LocalDate.parse(day)));
  }

  /** Starts a case as the reception officer through the start form; returns its instance id. */
  String receive(String day, String nature, boolean concernsAgency, String name) {
    today(day);
    Map<String, Object> form = new HashMap<>();
    form.put("receivedDate", day);
    form.put("channel", "TIEP_TRUC_TIEP");
    form.put("citizenName", name);
    form.put("citizenAddress", "12 Lê Lợi, phường Bến Nghé");
    form.put("citizenContact", "0903 000 111");
    form.put("content", "Phản ánh việc xử lý hồ sơ chậm của cán bộ phòng.");
    form.put("contentNature", nature);
    form.put("concernsAgency", concernsAgency);
    return as("tonghop", () -> engine.getFormService().submitStartForm(
        engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey("qcdc-complaint").latestVersion().singleResult().getId(),
        form).getId());
  }

  <T> T as(String user, java.util.function.Supplier<T> action) {
    vn.qcdc.flow.support.Logins.login(engine, user);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  Task task(String pid, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey(key).singleResult();
  }

  void submit(String pid, String key, String user, Map<String, Object> values) {
    Task task = task(pid, key);
    assertThat(task).as("open task " + key).isNotNull();
    as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  int runDueJobs(String pid) {
    int ran = 0;
    for (; ran < 100; ran++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(pid)
          .executable().orderByJobDuedate().asc().list();
      if (due.isEmpty()) {
        return ran;
      }
      engine.getManagementService().executeJob(due.get(0).getId());
    }
    return ran;
  }

  void confirm(String pid, String kind, String unit) {
    submit(pid, "ConfirmClassification", "tonghop", Map.of("caseKind", kind,
        "competence", "THUOC_THAM_QUYEN", "handlingUnit", unit));
  }

  Complaint record(String pid) {
    return complaints.findByProcessInstanceId(pid).orElseThrow();
  }

  long escalations(String pid) {
    return notices.findAll().stream().filter(n -> "ESCALATION".equals(n.getKind())
        && n.getMessage().contains(record(pid).getCaseNumber())).count();
  }

  @Test
  void tetCountsAsDaysOffAndADenunciationAcceptedLateIsFlaggedAndEscalated() {
    // Thursday 20 Jan 2022; Tết Nhâm Dần is off from 31 Jan to 4 Feb.
    String pid = receive("2022-01-20", "BAO_VI_PHAM", true, "Trần Thị Tố Cáo");
    assertThat(record(pid).getCaseNumber()).startsWith("ĐT-2022-");
    assertThat((String) engine.getRuntimeService().getVariable(pid, "proposedKind"))
        .isEqualTo("TO_CAO");
    confirm(pid, "TO_CAO", "phong-tuyen-truyen");
    // Luật Tố cáo 2018 Điều 24: 7 working days. Without Tết it would be 31 Jan.
    assertThat(record(pid).getAcceptanceDue()).isEqualTo(LocalDate.of(2022, 2, 7));
    assertThat(task(pid, "AcceptCase").getDueDate())
        .isEqualTo(Clock.startOfDay(LocalDate.of(2022, 2, 8)));

    // 1 Feb: in Tết, 5 calendar days after the 7 working days would have run out without it.
    today("2022-02-01");
    runDueJobs(pid);
    assertThat(task(pid, "DirectLateAcceptance")).isNull();
    assertThat(escalations(pid)).isZero();

    today("2022-02-08");
    runDueJobs(pid);
    Task direction = task(pid, "DirectLateAcceptance");
    assertThat(direction.getName()).isEqualTo("Chỉ đạo thụ lý đơn quá hạn "
        + record(pid).getCaseNumber());
    assertThat(engine.getTaskService().getIdentityLinksForTask(direction.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("lanh-dao"));
    assertThat(escalations(pid)).isEqualTo(1);

    submit(pid, "AcceptCase", "tuyentruyen", Map.of("acceptanceDecision", "THU_LY",
        "acceptanceDate", "2022-02-08"));
    Complaint accepted = record(pid);
    assertThat(accepted.isAcceptedLate()).isTrue();
    // Điều 30: 30 days from acceptance, 10 Mar 2022 (a Thursday).
    assertThat(accepted.getResolutionDue()).isEqualTo(LocalDate.of(2022, 3, 10));
  }

  @Test
  void aCaseReceivedInAYearMissingFromTheCalendarIsRefusedNamingItAndCreatesNothing() {
    long cases = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("qcdc-complaint").count();
    assertThatThrownBy(() -> receive("2013-05-10", "BAO_VI_PHAM", true, "Trần Văn Mười"))
        .isInstanceOf(vn.qcdc.flow.complaints.MissingCalendarYearException.class)
        .hasMessageStartingWith("Lịch làm việc chưa có năm 2013:");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("qcdc-complaint").count()).isEqualTo(cases);
    assertThat(calendar.knows(2013)).isFalse();
    // a year the tests' calendar lists with no moving day off is known (test-calendar.yaml)
    assertThat(calendar.knows(2031)).isTrue();
  }

  @Test
  void anExtensionIsADecisionThatMovesTheClockAndTheLawCapsTheirNumber() {
    String pid = receive("2022-03-01", "BAO_VI_PHAM", true, "Lê Văn Hai");
    confirm(pid, "TO_CAO", "phong-ly-luan");
    today("2022-03-02");
    submit(pid, "AcceptCase", "lyluan", Map.of("acceptanceDecision", "THU_LY",
        "acceptanceDate", "2022-03-02"));
    assertThat(record(pid).isAcceptedLate()).isFalse();
    assertThat(record(pid).getResolutionDue()).isEqualTo(LocalDate.of(2022, 4, 1));

    submit(pid, "ResolveCase", "lyluan", Map.of("resolutionOutcome", "EXTEND",
        "extensionRequest", "Phải xác minh tại hai địa điểm."));
    // A refusal without a reason is refused itself, and changes nothing.
    assertThatThrownBy(() -> submit(pid, "DecideExtension", "truongban",
        Map.of("extensionDecision", "approve", "extensionDays", 30L)))
        .hasRootCauseInstanceOf(InputRefusedException.class).rootCause()
        .hasMessageContaining("«Lý do» là bắt buộc");
    assertThatThrownBy(() -> submit(pid, "DecideExtension", "truongban",
        Map.of("extensionDecision", "approve", "extensionDays", 31L,
            "extensionReason", "Vụ việc phức tạp")))
        .rootCause().hasMessageContaining("từ 1 đến 30");
    submit(pid, "DecideExtension", "truongban", Map.of("extensionDecision", "approve",
        "extensionDays", 30L, "extensionReason", "Vụ việc phức tạp (Nghị định 31/2019 Điều 4)."));
    // 1 Apr + 30 days = 1 May, a Sunday and a holiday; 2 May is its substitute, 3 May for 30 Apr.
    assertThat(record(pid).getResolutionDue()).isEqualTo(LocalDate.of(2022, 5, 4));
    assertThat(task(pid, "ResolveCase").getDueDate())
        .isEqualTo(Clock.startOfDay(LocalDate.of(2022, 5, 5)));
    assertThat(extensions.findByComplaintIdOrderBySeq(record(pid).getId())).singleElement()
        .satisfies(e -> {
          assertThat(e.getPreviousDue()).isEqualTo(LocalDate.of(2022, 4, 1));
          assertThat(e.getNewDue()).isEqualTo(LocalDate.of(2022, 5, 4));
          assertThat(e.getDecidedBy()).isEqualTo("truongban");
        });
    // Past the first limit, but within the extended one: no escalation.
    today("2022-04-15");
    runDueJobs(pid);
    assertThat(task(pid, "DirectLateResolution")).isNull();

    submit(pid, "ResolveCase", "lyluan", Map.of("resolutionOutcome", "EXTEND",
        "extensionRequest", "Đặc biệt phức tạp."));
    submit(pid, "DecideExtension", "truongban", Map.of("extensionDecision", "approve",
        "extensionDays", 10L, "extensionReason", "Vụ việc đặc biệt phức tạp."));
    assertThat(record(pid).getExtensions()).isEqualTo(2);
    assertThatThrownBy(() -> submit(pid, "ResolveCase", "lyluan", Map.of(
        "resolutionOutcome", "EXTEND", "extensionRequest", "Thêm lần nữa.")))
        .rootCause().hasMessageContaining("tối đa 2 lần");

    // The limit passes: a warning first, then leadership is told and directs.
    LocalDate due = record(pid).getResolutionDue();
    today(calendar.minusWorkingDays(due, 3).toString());
    runDueJobs(pid);
    assertThat(notices.findAll()).anySatisfy(n -> assertThat(n.getMessage())
        .contains("sắp hết hạn giải quyết").contains(record(pid).getCaseNumber()));
    today(due.plusDays(1).toString());
    runDueJobs(pid);
    assertThat(task(pid, "DirectLateResolution")).isNotNull();
    submit(pid, "ResolveCase", "lyluan", Map.of("resolutionOutcome", "RESOLVED",
        "decisionNumber", "12/KL-BTGTU", "decisionDate", due.plusDays(1).toString(),
        "resolutionSummary", "Kết luận nội dung tố cáo đúng một phần.",
        "citizenNotifiedOn", due.plusDays(1).toString()));
    assertThat(record(pid).getStatus()).isEqualTo(Complaint.RESOLVED);
    assertThat(record(pid).getOnTime()).isFalse();
  }

  @Test
  void theOfficerMayOverrideTheTableOnlyWithAReasonAndAForwardedCaseEndsWithTheLetter() {
    String pid = receive("2022-05-10", "XEM_XET_LAI_QUYET_DINH", false, "Phạm Thị Ba");
    assertThat((String) engine.getRuntimeService().getVariable(pid, "proposedCompetence"))
        .isEqualTo("CHUYEN_DON");
    assertThatThrownBy(() -> submit(pid, "ConfirmClassification", "tonghop",
        Map.of("caseKind", "KIEN_NGHI_PHAN_ANH", "competence", "CHUYEN_DON")))
        .rootCause().hasMessageContaining("Lý do điều chỉnh phân loại");
    assertThat(record(pid).getCaseKind()).isNull();
    submit(pid, "ConfirmClassification", "tonghop", Map.of("caseKind", "KIEN_NGHI_PHAN_ANH",
        "competence", "CHUYEN_DON", "overrideReason", "Đơn chỉ góp ý, không yêu cầu xem xét lại."));
    assertThat(record(pid).getOverrideReason()).contains("góp ý");
    submit(pid, "ForwardCase", "tonghop", Map.of("forwardedTo", "UBND quận 1",
        "forwardLetterNumber", "05/CV-BTGTU", "forwardedOn", "2022-05-10",
        "citizenInformed", true));
    assertThat(record(pid).getStatus()).isEqualTo(Complaint.FORWARDED);
    // The inspection board was told and still has its supervision task.
    submit(pid, "SuperviseCase", "thanhtra", Map.of("openSupervisionNote", true,
        "supervisionNote", "Đề nghị theo dõi kết quả chuyển đơn."));
    assertThat(record(pid).getSupervisionNote()).contains("theo dõi");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid)
        .count()).isZero();
  }

  @Test
  void theIdentityNeverReachesTheEngine() {
    String pid = receive("2022-06-01", "BAO_VI_PHAM", true, "Người Tố Cáo Bí Mật");
    assertThat(record(pid).getCitizenName()).isEqualTo("Người Tố Cáo Bí Mật");
    assertThat(engine.getRuntimeService().getVariables(pid)).doesNotContainKeys(
        "citizenName", "citizenAddress", "citizenContact");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pid).list()).noneSatisfy(v -> assertThat(String.valueOf(v.getValue()))
        .contains("Bí Mật"));
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pid)
        .list()).noneSatisfy(d -> assertThat(d.toString()).contains("Bí Mật"));
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pid)
        .list()).isNotEmpty(); // the rest of the form is in history
  }

  @Test
  void indicatorsCountCasesOfTheHandlingUnitInThePeriod() {
    LocalDate from = LocalDate.of(2021, 1, 1);
    LocalDate to = LocalDate.of(2021, 6, 30);
    String unit = "trung-tam-du-luan";
    Map<Indicator, Integer> before = indicators.figures(2021, unit, from, to);
    String onTime = receive("2021-03-01", "XEM_XET_LAI_QUYET_DINH", true, "Nguyễn Một");
    confirm(onTime, "KHIEU_NAI", unit);
    today("2021-03-03");
    submit(onTime, "AcceptCase", "trungtam", Map.of("acceptanceDecision", "THU_LY",
        "acceptanceDate", "2021-03-03"));
    today("2021-03-20");
    submit(onTime, "ResolveCase", "trungtam", Map.of("resolutionOutcome", "RESOLVED",
        "decisionNumber", "01/QĐ", "decisionDate", "2021-03-20",
        "resolutionSummary", "Giữ nguyên quyết định.", "citizenNotifiedOn", "2021-03-21"));
    String open = receive("2021-06-20", "DE_XUAT_GOP_Y", true, "Nguyễn Hai");
    confirm(open, "KIEN_NGHI_PHAN_ANH", unit);
    receive("2021-07-02", "DE_XUAT_GOP_Y", true, "Nguyễn Ba"); // after the period

    Map<Indicator, Integer> after = indicators.figures(2021, unit, from, to);
    assertThat(after.get(Indicator.COMPLAINTS_RECEIVED))
        .isEqualTo(before.get(Indicator.COMPLAINTS_RECEIVED) + 2);
    assertThat(after.get(Indicator.COMPLAINTS_RESOLVED))
        .isEqualTo(before.get(Indicator.COMPLAINTS_RESOLVED) + 1);
    assertThat(after.get(Indicator.COMPLAINTS_ON_TIME))
        .isEqualTo(before.get(Indicator.COMPLAINTS_ON_TIME) + 1);
    assertThat(indicators.figures(2021, "phong-bao-chi", from, to)
        .get(Indicator.COMPLAINTS_RECEIVED)).isZero();
  }
}
