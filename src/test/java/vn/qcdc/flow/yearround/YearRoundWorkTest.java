package vn.qcdc.flow.yearround;

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
import vn.qcdc.flow.dialogue.DialogueActionRepository;
import vn.qcdc.flow.dialogue.DialogueService;
import vn.qcdc.flow.disclosure.Disclosure;
import vn.qcdc.flow.disclosure.DisclosureRepository;
import vn.qcdc.flow.disclosure.DisclosureService;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.keytasks.KeyTaskReportRepository;
import vn.qcdc.flow.keytasks.KeyTaskService;
import vn.qcdc.flow.notice.NoticeRepository;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.IndicatorSource;

/** Disclosure, dialogue and monthly key tasks with the engine clock; each test its own year. */
@SpringBootTest
@ActiveProfiles("test")
class YearRoundWorkTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DisclosureRepository disclosures;
  @Autowired
  DialogueActionRepository dialogueActions;
  @Autowired
  KeyTaskReportRepository keyTaskReports;
  @Autowired
  KeyTaskService keyTasks;
  @Autowired
  NoticeRepository notices;
  @Autowired
  List<IndicatorSource> sources;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  void today(String day) {
    ClockUtil.setCurrentTime(Clock.startOfDay(LocalDate.parse(day)));
  }

  <T> T as(String user, java.util.function.Supplier<T> action) {
    vn.qcdc.flow.support.Logins.login(engine, user);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  List<Task> tasks(String pid, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey(key).list();
  }

  Task task(String pid, String key) {
    List<Task> found = tasks(pid, key);
    assertThat(found).as("open " + key).hasSize(1);
    return found.get(0);
  }

  void submit(Task task, String user, Map<String, Object> values) {
    as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  void runDueJobs(String pid) {
    for (int i = 0; i < 200; i++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(pid)
          .executable().orderByJobDuedate().asc().list();
      if (due.isEmpty()) {
        return;
      }
      engine.getManagementService().executeJob(due.get(0).getId());
    }
  }

  int figure(int year, String unit, LocalDate from, LocalDate to, Indicator indicator) {
    return sources.stream().mapToInt(s -> s.figures(year, unit, from, to)
        .getOrDefault(indicator, 0)).sum();
  }

  String start(String key, String businessKey, int year) {
    return engine.getRuntimeService().createProcessInstanceByKey(key).businessKey(businessKey)
        .setVariable("year", year).execute().getId();
  }

  @Test
  void aDisclosureWithAnOpenQuestionCannotClose() {
    today("2019-01-02");
    String pid = start(DisclosureService.PROCESS_KEY, "TEST-2019-CK", 2019);
    assertThat(tasks(pid, "PrepareDisclosure")).isEmpty();
    today("2019-01-15");
    runDueJobs(pid);
    Map<String, Object> figures = new HashMap<>(Map.of("budgetFigures", "Dự toán 4.250 triệu đồng",
        "spendingFigures", "Chưa phát sinh", "salaryFigures", "Quỹ lương 2.100 triệu đồng",
        "bonusFigures", "Quỹ khen thưởng 120 triệu đồng"));
    Task prepare = task(pid, "PrepareDisclosure");
    assertThat(prepare.getName()).isEqualTo("Chuẩn bị công khai: Công khai dự toán ngân sách năm 2019");
    submit(prepare, "tonghop", figures);
    assertThatThrownBy(() -> submit(task(pid, "ApproveDisclosure"), "truongban",
        Map.of("disclosureDecision", "return"))).rootCause()
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("Lý do trả lại");
    submit(task(pid, "ApproveDisclosure"), "truongban", Map.of("disclosureDecision", "return",
        "disclosureReturnReason", "Bổ sung chi tiết các khoản chế độ."));
    figures.put("entitlementFigures", "Phụ cấp công vụ 25%");
    submit(task(pid, "PrepareDisclosure"), "tonghop", figures);
    submit(task(pid, "ApproveDisclosure"), "truongban", Map.of("disclosureDecision", "approve"));
    Map<String, Object> publication = new HashMap<>(Map.of("publicationForm", "NIEM_YET",
        "publicationPlace", "Bảng tin cơ quan", "publishedOn", "2019-01-15", "postedDays", 20L));
    assertThatThrownBy(() -> submit(task(pid, "RecordPublication"), "tonghop", publication))
        .rootCause().hasMessageContaining("từ 30 đến 366");
    publication.put("postedDays", 30L);
    submit(task(pid, "RecordPublication"), "tonghop", publication);

    submit(task(pid, "SuperviseDisclosure"), "thanhtra", Map.of("questionsRaised", true,
        "boardQuestions", "Đề nghị làm rõ khoản phụ cấp công vụ."));
    Disclosure questioned = disclosures.findByYearAndItemCode(2019, "DU_TOAN").orElseThrow();
    assertThat(questioned.isOpenQuestion()).isTrue();
    assertThat(questioned.getStatus()).isEqualTo("QUESTIONED");
    // The board cannot close it while the question stands: leadership must answer first.
    assertThat(tasks(pid, "SuperviseDisclosure")).isEmpty();
    Task answer = task(pid, "AnswerDisclosureQuestions");
    assertThat((String) engine.getTaskService().getVariable(answer.getId(), "boardQuestions"))
        .contains("phụ cấp công vụ");
    submit(answer, "truongban", Map.of("leadershipAnswer",
        "Phụ cấp công vụ theo Nghị định 34/2012/NĐ-CP."));
    submit(task(pid, "SuperviseDisclosure"), "thanhtra", Map.of("questionsRaised", false));
    Disclosure closed = disclosures.findByYearAndItemCode(2019, "DU_TOAN").orElseThrow();
    assertThat(closed.getStatus()).isEqualTo("CLOSED");
    assertThat(closed.getAnswers()).contains("Nghị định 34/2012");

    LocalDate h1From = LocalDate.of(2019, 1, 1);
    LocalDate h1To = LocalDate.of(2019, 6, 30);
    assertThat(figure(2019, "phong-tong-hop", h1From, h1To, Indicator.DISCLOSURES_MADE))
        .isEqualTo(1);
    assertThat(figure(2019, "phong-bao-chi", h1From, h1To, Indicator.DISCLOSURES_MADE)).isZero();
  }

  @Test
  void theUnionAsksForADialogueAndAnOverdueActionIsEscalated() {
    today("2018-03-01");
    String pid = as("congdoan", () -> engine.getFormService().submitStartForm(
        engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(DialogueService.PROCESS_KEY).latestVersion().singleResult()
            .getId(), Map.of("requestReason", "Cán bộ đề nghị làm rõ chế độ làm thêm giờ."))
        .getId());
    runDueJobs(pid);
    assertThat(tasks(pid, "ProposeDialogueTopics")).hasSize(7);
    Task topics = engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskCandidateGroup("phong-van-hoa").singleResult();
    submit(topics, "vanhoa", Map.of("topicsText", "Chế độ làm thêm giờ khi trực tết."));
    today("2018-03-12");
    runDueJobs(pid); // the cut-off: the dialogue goes ahead with what was proposed
    Task hold = task(pid, "HoldDialogue");
    assertThat((String) engine.getTaskService().getVariable(hold.getId(), "dialogueTopics"))
        .contains("Phòng Văn hóa - Văn nghệ: Chế độ làm thêm giờ");
    today("2018-03-15");
    Map<String, Object> record = new HashMap<>();
    record.put("dialogueDate", "2018-03-15");
    record.put("dialogueParticipants", 40L);
    record.put("chairedBy", "Trưởng ban và Chủ tịch Công đoàn");
    record.put("dialogueMinutes", "Biên bản đối thoại dân chủ quý I.");
    record.put("action1Text", "Ban hành quy định làm thêm giờ.");
    record.put("action1Unit", "phong-tong-hop");
    record.put("action1Due", "2018-03-31");
    record.put("action2Text", "Phổ biến quy định đến đoàn viên.");
    record.put("action2Unit", "cong-doan");
    record.put("action2Due", "2018-04-30");
    // I.2, II.4.b: the head and the Party secretary convene and record it, not the union.
    assertThat(engine.getTaskService().getIdentityLinksForTask(hold.getId()).stream()
        .map(l -> l.getGroupId()).filter(java.util.Objects::nonNull).toList())
        .containsExactlyInAnyOrder("lanh-dao", "cap-uy");
    submit(hold, "truongban", record);
    assertThat(tasks(pid, "CompleteDialogueAction")).hasSize(2);
    Task unionAction = engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskCandidateGroup("cong-doan").singleResult();
    submit(unionAction, "congdoan", Map.of("actionDoneOn", "2018-03-15",
        "actionResult", "Đã phổ biến tại hội nghị công đoàn."));

    today("2018-04-01");
    runDueJobs(pid);
    Task followUp = task(pid, "FollowUpLateDialogueAction");
    assertThat(followUp.getName()).isEqualTo(
        "Đôn đốc việc sau đối thoại quá hạn - Phòng Khoa giáo - Hành chính và Tổng hợp");
    assertThat(notices.findAll()).anySatisfy(n -> {
      assertThat(n.getKind()).isEqualTo("ESCALATION");
      assertThat(n.getRecipientGroup()).isEqualTo("lanh-dao");
      assertThat(n.getMessage()).contains("Ban hành quy định làm thêm giờ").contains("31/03/2018");
    });

    LocalDate from = LocalDate.of(2018, 1, 1);
    LocalDate to = LocalDate.of(2018, 6, 30);
    assertThat(figure(2018, "cong-doan", from, to, Indicator.DIALOGUES_HELD)).isEqualTo(1);
    assertThat(figure(2018, "cong-doan", from, to, Indicator.DIALOGUE_ACTIONS_DONE))
        .isEqualTo(1);
    assertThat(figure(2018, "phong-tong-hop", from, to, Indicator.DIALOGUE_ACTIONS_DONE))
        .isZero();
  }

  @Test
  void monthlyKeyTasksAreSetReportedRemindedAndEscalated() {
    today("2017-11-03");
    String pid = keyTasks.start(2017).getId();
    assertThat(keyTasks.start(2017)).as("once a year").isNull();
    runDueJobs(pid);
    assertThat(tasks(pid, "SetMonthlyKeyTasks")).as("November only; December waits")
        .hasSize(1);
    submit(task(pid, "SetMonthlyKeyTasks"), "truongban", Map.of("keyTasksText",
        "1. Tổng kết năm\n2. Chuẩn bị hội nghị cán bộ, công chức\n\n- Rà soát quy chế"));
    today("2017-11-30");
    runDueJobs(pid);
    List<Task> reports = tasks(pid, "ReportKeyTasks");
    assertThat(reports).hasSize(6);
    for (Task report : reports) {
      String unit = (String) engine.getTaskService().getVariable(report.getId(), "unitCode");
      if (unit.equals("phong-van-hoa")) {
        continue;
      }
      if (unit.equals("phong-tuyen-truyen")) {
        assertThatThrownBy(() -> submit(report, "tuyentruyen", Map.of("keyTasksDone", 4L,
            "keyTasksReport", "Xong."))).rootCause().hasMessageContaining("từ 0 đến 3");
      }
      submit(report, engine.getIdentityService().createUserQuery().memberOfGroup(unit)
          .list().get(0).getId(), Map.of("keyTasksDone", unit.equals("phong-tuyen-truyen")
              ? 2L : 3L, "keyTasksReport", "Đã thực hiện."));
    }
    today("2017-12-04");
    runDueJobs(pid);
    assertThat(notices.findAll()).anySatisfy(n -> assertThat(n.getMessage())
        .contains("Phòng Văn hóa - Văn nghệ chưa báo cáo nhiệm vụ trọng tâm tháng 11"));
    assertThat(tasks(pid, "FollowUpKeyTaskReport")).isEmpty();
    assertThat(tasks(pid, "SetMonthlyKeyTasks")).hasSize(1); // December's
    today("2017-12-06");
    runDueJobs(pid);
    Task followUp = task(pid, "FollowUpKeyTaskReport");
    assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("ban-chi-dao"));

    LocalDate from = LocalDate.of(2017, 1, 1);
    LocalDate to = LocalDate.of(2017, 12, 31);
    assertThat(figure(2017, "phong-tuyen-truyen", from, to, Indicator.KEY_TASKS_SET))
        .isEqualTo(3);
    assertThat(figure(2017, "phong-tuyen-truyen", from, to, Indicator.KEY_TASKS_DONE))
        .isEqualTo(2);
    assertThat(figure(2017, "phong-van-hoa", from, to, Indicator.KEY_TASKS_DONE)).isZero();
    assertThat(figure(2017, "phong-tuyen-truyen", from, LocalDate.of(2017, 6, 30),
        Indicator.KEY_TASKS_SET)).isZero();
  }
}
