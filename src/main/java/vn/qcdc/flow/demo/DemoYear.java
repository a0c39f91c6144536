package vn.qcdc.flow.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.DueJobs;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.review.ReviewService;

/**
 * Works one demo year the way its users would: the engine clock is set to the day of each
 * step, each task is claimed and completed through the Java API as a member of the group it is
 * offered to (authorizations apply), and the jobs due by then are run. The same steps as the
 * tests' YearDriver, in main code because the demo profile runs them at start-up.
 */
class DemoYear {

  static final List<String> DISSEMINATION_UNITS = List.of("phong-tong-hop",
      "phong-tuyen-truyen", "phong-ly-luan", "phong-bao-chi", "phong-van-hoa",
      "trung-tam-du-luan", "cong-doan", "cap-uy");
  static final List<String> REVIEW_UNITS = List.of("phong-tong-hop", "phong-tuyen-truyen",
      "phong-ly-luan", "phong-bao-chi", "phong-van-hoa", "trung-tam-du-luan", "cong-doan",
      "ban-thanh-tra");
  static final List<String> PROPOSAL_UNITS = List.of("phong-tong-hop", "phong-tuyen-truyen",
      "phong-ly-luan", "phong-bao-chi", "phong-van-hoa", "trung-tam-du-luan", "cong-doan");

  private final ProcessEngine engine;
  private final CycleService cycles;
  private final int year;

  DemoYear(ProcessEngine engine, CycleService cycles, int year) {
    this.engine = engine;
    this.cycles = cycles;
    this.year = year;
  }

  String businessKey() {
    return "QCDC-" + year;
  }

  void clock(int month, int day) {
    ClockUtil.setCurrentTime(Clock.startOfDay(LocalDate.of(year, month, day)));
  }

  void start() {
    clock(1, 5);
    as("bcd", () -> cycles.start(year));
  }

  String memberOf(String group) {
    return engine.getIdentityService().createUserQuery().memberOfGroup(group).orderByUserId()
        .asc().list().get(0).getId();
  }

  List<Task> tasks(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey())
        .taskDefinitionKey(key).orderByTaskName().asc().list();
  }

  Task task(String key) {
    List<Task> found = tasks(key);
    if (found.size() != 1) {
      throw new IllegalStateException("Demo " + year + ": expected one " + key + ", found "
          + found.size());
    }
    return found.get(0);
  }

  Task taskOf(String key, String unit) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey())
        .taskDefinitionKey(key).taskCandidateGroup(unit).includeAssignedTasks().singleResult();
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

  private <T> T as(String user, Supplier<T> action) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list()
        .stream().map(Group::getId).toList());
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * II.1, III.1: a member of a unit records a meeting at which QCDC documents were covered, as
   * Tasklist does: the start form of qcdc-dissemination-session, as that member.
   */
  void recordSession(String user, int month, int day, String kind, long attendees,
      String documents) {
    clock(month, day);
    Map<String, Object> values = new HashMap<>();
    values.put("sessionDate", LocalDate.of(year, month, day).toString());
    values.put("sessionKind", kind);
    values.put("sessionDocuments", documents);
    values.put("sessionAttendees", attendees);
    as(user, () -> engine.getFormService().submitStartForm(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey("qcdc-dissemination-session")
        .latestVersion().singleResult().getId(), values));
  }

  /** Runs the jobs of this year's cycle (and what it called) due at the engine's time. */
  void runDueJobs() {
    DueJobs.run(engine, businessKey());
  }

  String today() {
    return Clock.today().toString();
  }

  void draftAndApprovePlan() {
    submit(task("DraftPlan"), "bcd", Map.of(
        "yearKeyTasks", "Tuyên truyền Nghị quyết Đại hội XIII của Đảng\nCải cách hành chính\n"
            + "Chuyển đổi số trong công tác tuyên giáo",
        "disseminationDueDate", year + "-02-15"));
    // II.3: the head names the unit that leads each of the year's key tasks from above.
    submit(task("ApprovePlan"), "truongban", Map.of("planDecision", "approve",
        "yearKeyTaskItems", SpinValues.jsonValue("[{\"keyTaskOwner\":\"phong-tuyen-truyen\"},"
            + "{\"keyTaskOwner\":\"phong-tong-hop\"},{\"keyTaskOwner\":\"phong-tong-hop\"}]")
            .create()));
    // IssuePlan (asynchronous): the plan is numbered, written and sent before dissemination.
    runDueJobs();
  }

  void disseminate(String unit, int attendance) {
    Map<String, Object> values = new HashMap<>();
    values.put("meetingDate", today());
    values.put("meetingKind", "HOP_CO_QUAN");
    values.put("attendance", (long) attendance);
    values.put("documentsCovered", "Nghị định 04/2015/NĐ-CP; Thông tư 01/2016/TT-BNV");
    submit(taskOf("RecordDissemination", unit), memberOf(unit), values);
  }

  void submitProposals(String unit, String text) {
    Map<String, Object> values = new HashMap<>();
    if (text == null) {
      values.put("noProposals", true);
    } else {
      values.put("proposalsText", text);
    }
    submit(taskOf("SubmitProposals", unit), memberOf(unit), values);
  }

  void allProposals() {
    for (String unit : PROPOSAL_UNITS) {
      submitProposals(unit, switch (unit) {
        case "phong-tuyen-truyen" -> "Bổ sung máy tính cho phòng\nTăng kinh phí tuyên truyền";
        case "cong-doan" -> "Tổ chức tham quan, nghỉ mát cho đoàn viên";
        default -> null;
      });
    }
  }

  void answerAllProposals() {
    for (Task task : tasks("AnswerProposal")) {
      submit(task, "truongban", Map.of("answerKind", "ACCEPTED",
          "answerText", "Lãnh đạo Ban tiếp thu, giao Phòng Tổng hợp thực hiện trong quý."));
    }
  }

  void conferenceAndWorkPlan() {
    submit(task("RecordConference"), "bcd", Map.of("conferenceDate", today(),
        "totalOfficials", 45L, "attendance", 40L, "votesFor", 38L,
        "resolutionSummary", "Thông qua kế hoạch công tác năm và quy chế chi tiêu nội bộ."));
    Map<String, Object> values = new HashMap<>();
    values.put("annualWorkPlan", "Kế hoạch công tác năm " + year + " của Ban.");
    for (int m = 1; m <= 12; m++) {
      values.put("keyTasksMonth" + m, "Nhiệm vụ trọng tâm tháng " + m + "/" + year);
    }
    submit(task("IssueWorkPlan"), "truongban", values);
  }

  String reviewTaskKey(String unit) {
    return switch (unit) {
      case "cong-doan" -> "FileUnionReview";
      case "ban-thanh-tra" -> "FileInspectionBoardReview";
      default -> "FileUnitReview";
    };
  }

  void fileReview(String unit) {
    Task task = taskOf(reviewTaskKey(unit), unit);
    Map<String, Object> values = new LinkedHashMap<>();
    UnitKind kind = UnitKind.valueOf(
        (String) engine.getTaskService().getVariable(task.getId(), "unitKind"));
    for (var indicator : ReviewService.figuresFor(kind)) {
      Object shown = engine.getTaskService().getVariableLocal(task.getId(), indicator.key());
      values.put(indicator.key(), shown == null ? 0L : ((Number) shown).longValue());
    }
    values.put("keyTasksResult", "Hoàn thành các nhiệm vụ trọng tâm.");
    values.put("strengths", "Thực hiện nghiêm túc.");
    values.put("shortcomings", "Còn chậm báo cáo.");
    // II.3: a unit leading a key task from above reports its state: under way at mid-year,
    // done at the year's end.
    Object keyTasks = engine.getTaskService().getVariableLocal(task.getId(), "yearKeyTaskStates");
    if (keyTasks != null && !"[]".equals(keyTasks.toString())) {
      boolean yearEnd = "YEAR".equals(engine.getTaskService().getVariable(task.getId(), "period"));
      int rows = keyTasks.toString().split("keyTaskTitle", -1).length - 1;
      java.util.List<String> states = new java.util.ArrayList<>();
      for (int i = 0; i < rows; i++) {
        states.add(yearEnd ? "{\"keyTaskState\":\"HOAN_THANH\",\"keyTaskNote\":\"Hoàn thành"
            + " theo kế hoạch.\"}" : "{\"keyTaskState\":\"DANG_THUC_HIEN\"}");
      }
      values.put("yearKeyTaskStates",
          SpinValues.jsonValue("[" + String.join(",", states) + "]").create());
    }
    if (unit.equals("cong-doan")) {
      values.put("propagandaActivities", 4L);
      values.put("inspectionsMade", 1L);
      values.put("sentimentReport", "Cán bộ, công chức phấn khởi, yên tâm công tác.");
    }
    if (unit.equals("ban-thanh-tra")) {
      values.put("inspectionsMade", 2L);
      values.put("adminSupervision", "Không phát hiện sai phạm hành chính.");
      values.put("financeSupervision", "Chi tiêu đúng quy chế chi tiêu nội bộ.");
    }
    submit(task, memberOf(unit), values);
  }

  void wholeReview(String documentNumber) {
    for (String unit : REVIEW_UNITS) {
      fileReview(unit);
    }
    // III.3: the committee names who inspects each unit (the deputy head with the union's
    // representative, and a member); each inspection task goes to, and is done by, that member.
    submit(task("SelectUnitsToInspect"), "bcd", Map.of("inspectionAssignments",
        SpinValues.jsonValue("[{\"inspectedUnit\":\"phong-ly-luan\",\"inspector\":\"phoban\","
            + "\"unionRepresentative\":\"congdoan\"},"
            + "{\"inspectedUnit\":\"phong-bao-chi\",\"inspector\":\"bcd\"}]").create()));
    for (Task task : tasks("InspectUnit")) {
      submit(task, task.getAssignee() != null ? task.getAssignee() : "bcd", Map.of(
          "inspectionDate", today(), "inspectionRating", "GOOD", "findingsCount", 1L,
          "findings", "Đơn vị thực hiện tốt, cần lưu hồ sơ đầy đủ hơn."));
    }
    // II.5.a: the Party secretary answers what the union reported of the officials' sentiment;
    // the union gets the answer as a notice and the report shows it.
    submit(task("AnswerUnionSentiment"), "bithu", Map.of("sentimentAnswer",
        "Chi bộ ghi nhận tâm tư của cán bộ, công chức; lãnh đạo Ban bố trí lại phòng làm việc"
            + " và tổ chức đối thoại trong quý tới.",
        "sentimentMeasures", "Phòng Khoa giáo - Hành chính và Tổng hợp bố trí lại phòng làm việc."));
    // I.2: the Party cell's own assessment of how QCDC was led in the period.
    submit(task("ReviewPartyLeadership"), "bithu", Map.of("partyAssessment", "GOOD",
        "partyFindings", "Cấp ủy, lãnh đạo Ban lãnh đạo thực hiện nghiêm quy chế dân chủ; đối"
            + " thoại với cán bộ, công chức đúng kỳ.",
        "partyDirections", "Tiếp tục trả lời kịp thời tâm tư, nguyện vọng do Công đoàn phản ánh."));
    submit(task("ReviewRegulations"), "tonghop", Map.of("regulationsReviewed", 3L,
        "regulationsAmended", 1L, "regulationNotes", "Sửa đổi quy chế chi tiêu nội bộ."));
    submit(task("ReportLeadershipExample"), "truongban", Map.of("leadershipCommitments",
        "Lãnh đạo Ban gương mẫu thực hiện.", "dialoguesHeld", 1L));
    runDueJobs();
    submit(task("ApproveReport"), "truongban", Map.of("reportDecision", "approve"));
    submit(task("SubmitReport"), "tonghop", Map.of("documentNumber", documentNumber,
        "documentDate", today(), "archived", true));
    runDueJobs();
  }

  void confirmRatings() {
    for (Task task : tasks("ConfirmRating")) {
      submit(task, "truongban", Map.of("finalRating",
          engine.getTaskService().getVariable(task.getId(), "proposedRating")));
    }
  }
}
