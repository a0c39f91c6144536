package vn.qcdc.flow.yearround;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.IndicatorSource;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * The year: complaints, disclosures, a dialogue and the monthly key tasks, then the
 * six-month and year-end reviews. The figures of the year-round work are asserted from what
 * happened. Whether the review tasks are pre-filled with them is the review's part (issue 3,
 * the lead's): until that is merged the pre-fill check finds no figures on the review task and
 * the test ends as skipped (an assumption), after every other assertion has run.
 */
@SpringBootTest
@ActiveProfiles("test")
class YearWithRoundWorkTest {

  static final int YEAR = 2024;
  static final String UNIT = "phong-tuyen-truyen";

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  List<IndicatorSource> sources;
  @Autowired
  vn.qcdc.flow.review.UnitReviewRepository reviews;

  YearDriver y;
  final List<String> prefillPending = new ArrayList<>();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  void advance(int month, int day) {
    ClockUtil.setCurrentTime(Clock.startOfDay(LocalDate.of(YEAR, month, day)));
    for (int i = 0; i < 1000; i++) {
      Job next = null;
      for (String prefix : List.of("QCDC-" + YEAR + "%", "ĐT-" + YEAR + "%")) {
        for (var pi : engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKeyLike(prefix).list()) {
          List<Job> due = engine.getManagementService().createJobQuery()
              .processInstanceId(pi.getId()).executable().orderByJobDuedate().asc().list();
          if (!due.isEmpty()) {
            next = due.get(0);
            break;
          }
        }
        if (next != null) {
          break;
        }
      }
      if (next == null) {
        return;
      }
      engine.getManagementService().executeJob(next.getId());
    }
  }

  String today() {
    return Clock.today().toString();
  }

  List<Task> open(String businessKeyLike, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(
        businessKeyLike).taskDefinitionKey(key).list();
  }

  Task one(String businessKeyLike, String key) {
    List<Task> found = open(businessKeyLike, key);
    assertThat(found).as(key).hasSize(1);
    return found.get(0);
  }

  void submit(Task task, String user, Map<String, Object> values) {
    y.submit(task, user, values);
  }

  void monthKeyTasks(int month) {
    advance(month, 1);
    submit(one("QCDC-" + YEAR + "-NVTT", "SetMonthlyKeyTasks"), "truongban",
        Map.of("keyTasksText", "Nhiệm vụ A tháng " + month + "\nNhiệm vụ B tháng " + month));
  }

  void monthReports(int month) {
    advance(month, YearMonth.of(YEAR, month).lengthOfMonth());
    for (Task report : open("QCDC-" + YEAR + "-NVTT", "ReportKeyTasks")) {
      String unit = (String) engine.getTaskService().getVariable(report.getId(), "unitCode");
      submit(report, y.memberOf(unit), Map.of("keyTasksDone", 2L,
          "keyTasksReport", "Hoàn thành các nhiệm vụ của tháng."));
    }
  }

  void disclose(int month, int day) {
    advance(month, day);
    String key = "QCDC-" + YEAR + "-CK";
    submit(one(key, "PrepareDisclosure"), "tonghop", Map.of("budgetFigures", "Dự toán được giao",
        "spendingFigures", "Theo báo cáo kế toán", "salaryFigures", "Quỹ lương",
        "bonusFigures", "Quỹ thưởng"));
    submit(one(key, "ApproveDisclosure"), "truongban", Map.of("disclosureDecision", "approve"));
    submit(one(key, "RecordPublication"), "tonghop", Map.of("publicationForm", "HOP_CO_QUAN",
        "publicationPlace", "Hội trường cơ quan", "publishedOn", today()));
    submit(one(key, "SuperviseDisclosure"), "thanhtra", Map.of("questionsRaised", false));
  }

  String receiveComplaint(int month, int day) {
    return receiveComplaint(month, day, "TIEP_TRUC_TIEP");
  }

  String receiveComplaint(int month, int day, String channel) {
    advance(month, day);
    Map<String, Object> form = new HashMap<>();
    form.put("receivedDate", today());
    form.put("channel", channel);
    form.put("citizenName", "Công dân " + month);
    form.put("content", "Khiếu nại việc trả lời văn bản chậm.");
    form.put("contentNature", "XEM_XET_LAI_QUYET_DINH");
    form.put("concernsAgency", true);
    vn.qcdc.flow.support.Logins.login(engine, "tonghop");
    String pid;
    try {
      pid = engine.getFormService().submitStartForm(engine.getRepositoryService()
          .createProcessDefinitionQuery().processDefinitionKey("qcdc-complaint").latestVersion()
          .singleResult().getId(), form).getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    submit(task(pid, "ConfirmClassification"), "tonghop", Map.of("caseKind", "KHIEU_NAI",
        "competence", "THUOC_THAM_QUYEN", "handlingUnit", UNIT));
    submit(task(pid, "AcceptCase"), "tuyentruyen", Map.of("acceptanceDecision", "THU_LY",
        "acceptanceDate", today()));
    submit(task(pid, "SuperviseCase"), "thanhtra", Map.of("openSupervisionNote", false));
    return pid;
  }

  Task task(String pid, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey(key).singleResult();
  }

  void resolve(String pid, int month, int day) {
    advance(month, day);
    submit(task(pid, "ResolveCase"), "tuyentruyen", Map.of("resolutionOutcome", "RESOLVED",
        "decisionNumber", "QĐ-" + month, "decisionDate", today(),
        "resolutionSummary", "Giải quyết khiếu nại lần đầu.", "citizenNotifiedOn", today()));
  }

  Map<Indicator, Integer> figures(String unit, boolean yearEnd) {
    LocalDate from = LocalDate.of(YEAR, 1, 1);
    LocalDate to = yearEnd ? LocalDate.of(YEAR, 12, 31) : LocalDate.of(YEAR, 6, 30);
    Map<Indicator, Integer> sum = new LinkedHashMap<>();
    for (IndicatorSource source : sources) {
      source.figures(YEAR, unit, from, to).forEach((k, v) -> sum.merge(k, v, Integer::sum));
    }
    return sum;
  }

  /** The review task of a unit must carry the sources' figures (the lead's issue-3 contract). */
  void checkPrefill(String taskKey, String unit, boolean yearEnd) {
    Task review = y.taskOf(taskKey, unit);
    Map<Indicator, Integer> expected = figures(unit, yearEnd);
    var kind = vn.qcdc.flow.organisation.UnitKind.valueOf(
        (String) engine.getTaskService().getVariable(review.getId(), "unitKind"));
    // only what this kind of unit's form carries (the union reports no complaints)
    expected.keySet().retainAll(vn.qcdc.flow.review.ReviewService.figuresFor(kind));
    for (Map.Entry<Indicator, Integer> e : expected.entrySet()) {
      Object onTask = engine.getTaskService().getVariableLocal(review.getId(), e.getKey().key());
      if (onTask == null) {
        prefillPending.add(taskKey + "/" + unit + "/" + e.getKey().key());
        continue;
      }
      assertThat(((Number) onTask).intValue()).as(taskKey + " " + unit + " " + e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void theReviewsCountTheYearRoundWork() {
    y = new YearDriver(engine, new JavaDesk(engine, cycles), YEAR);
    y.start();
    y.firstHalf(); // 5 Jan: plan, dissemination, conference, work plan -> monthly key tasks
    String caseA = null;
    String caseB = null;
    for (int m = 1; m <= 6; m++) {
      monthKeyTasks(m);
      if (m == 1) {
        disclose(1, 15);
      }
      if (m == 2) {
        caseA = receiveComplaint(2, 5);
        resolve(caseA, 2, 20);
      }
      if (m == 3) {
        caseB = receiveComplaint(3, 11, "BUU_DIEN"); // by post: not received in person
      }
      if (m == 4) {
        disclose(4, 5);
      }
      if (m == 5) {
        disclose(5, 15);
      }
      if (m == 6) {
        advance(6, 15);
        assertThat(figures(UNIT, false)).containsEntry(Indicator.COMPLAINTS_RECEIVED, 2)
            .containsEntry(Indicator.COMPLAINTS_IN_PERSON, 1)
            .containsEntry(Indicator.COMPLAINTS_RESOLVED, 1)
            .containsEntry(Indicator.COMPLAINTS_ON_TIME, 1)
            .containsEntry(Indicator.KEY_TASKS_SET, 12) // 6 months x 2 tasks, June set
            .containsEntry(Indicator.KEY_TASKS_DONE, 10) // May reported, June not yet
            .containsEntry(Indicator.DIALOGUE_ACTIONS_DONE, 0);
        assertThat(figures("phong-tong-hop", false))
            .containsEntry(Indicator.DISCLOSURES_MADE, 3);
        assertThat(figures("cong-doan", false)).containsEntry(Indicator.DIALOGUES_HELD, 0);
        checkPrefill("FileUnitReview", UNIT, false);
        checkPrefill("FileUnitReview", "phong-tong-hop", false);
        checkPrefill("FileUnionReview", "cong-doan", false);
        y.wholeReview("01-BC/BTGTU");
      }
      monthReports(m);
    }
    for (int m = 7; m <= 11; m++) {
      monthKeyTasks(m);
      if (m == 7) {
        disclose(7, 5);
      }
      if (m == 8) {
        resolve(caseB, 8, 1); // due 10 Apr (30 days from 11 Mar): late
      }
      if (m == 9) {
        receiveComplaint(9, 5);
        advance(9, 15);
        List<Task> topics = open("QCDC-" + YEAR + "-DT-%", "ProposeDialogueTopics");
        assertThat(topics).hasSize(7);
        submit(topics.get(0), y.memberOf((String) engine.getTaskService()
            .getVariable(topics.get(0).getId(), "unitCode")), Map.of("noTopics", true));
        advance(9, 26);
        Map<String, Object> record = new HashMap<>();
        record.put("dialogueDate", today());
        record.put("dialogueParticipants", 42L);
        record.put("chairedBy", "Trưởng ban, Chủ tịch Công đoàn");
        record.put("dialogueMinutes", "Biên bản đối thoại năm " + YEAR);
        record.put("action1Text", "Cải thiện điều kiện làm việc.");
        record.put("action1Unit", UNIT);
        record.put("action1Due", YEAR + "-10-31");
        // The Party secretary records the dialogue (I.2: the head and the secretary convene it).
        submit(one("QCDC-" + YEAR + "-DT-%", "HoldDialogue"), "bithu", record);
      }
      if (m == 10) {
        disclose(10, 5);
        advance(10, 20);
        submit(one("QCDC-" + YEAR + "-DT-%", "CompleteDialogueAction"), "tuyentruyen",
            Map.of("actionDoneOn", today(), "actionResult", "Đã bố trí lại phòng làm việc."));
      }
      if (m < 11) {
        monthReports(m);
      }
    }
    advance(11, 20);
    assertThat(figures(UNIT, true)).containsEntry(Indicator.COMPLAINTS_RECEIVED, 3)
        .containsEntry(Indicator.COMPLAINTS_IN_PERSON, 2)
        .containsEntry(Indicator.COMPLAINTS_RESOLVED, 2)
        .containsEntry(Indicator.COMPLAINTS_ON_TIME, 1)
        .containsEntry(Indicator.KEY_TASKS_SET, 22)
        .containsEntry(Indicator.KEY_TASKS_DONE, 20)
        .containsEntry(Indicator.DIALOGUE_ACTIONS_DONE, 1);
    assertThat(figures("phong-tong-hop", true)).containsEntry(Indicator.DISCLOSURES_MADE, 5);
    assertThat(figures("cong-doan", true)).containsEntry(Indicator.DIALOGUES_HELD, 1);
    checkPrefill("FileUnitReview", UNIT, true);
    checkPrefill("FileUnitReview", "phong-tong-hop", true);
    checkPrefill("FileUnionReview", "cong-doan", true);

    // A review task made before an upgrade, on the older form without "complaintsInPerson":
    // filed without it, the review takes the application's count (2), and the year goes on.
    Task older = y.taskOf("FileUnitReview", UNIT);
    engine.getTaskService().removeVariableLocal(older.getId(), "complaintsInPerson");
    Map<String, Object> values = new HashMap<>(y.prefilled(older));
    values.remove("complaintsInPerson");
    values.putAll(y.review(UNIT));
    y.submit(older, y.memberOf(UNIT), values);
    assertThat(reviews.findByYearAndPeriodAndUnitCode(YEAR, "YEAR", UNIT).orElseThrow()
        .figure(Indicator.COMPLAINTS_IN_PERSON)).isEqualTo(2);
    for (String unit : vn.qcdc.flow.support.YearDriver.REVIEW_UNITS) {
      if (!unit.equals(UNIT)) {
        y.fileReview(unit);
      }
    }
    y.reviewSideBranches(List.of("phong-ly-luan", "phong-bao-chi"));
    y.runDueJobs();
    y.approveAndSubmitReport("02-BC/BTGTU");
    y.runDueJobs();

    assertThat(prefillPending).as("figures the review tasks were not pre-filled with").isEmpty();
  }
}
