package vn.qcdc.flow.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.DueJobs;

/**
 * Drives a year of the cycle the way its users do: each task is found in its
 * group's list and submitted by a member of that group through a {@link Desk};
 * the engine clock is moved instead of sleeping, and due jobs are run.
 */
public class YearDriver {

  public static final List<String> DISSEMINATION_UNITS = List.of("phong-tong-hop",
      "phong-tuyen-truyen", "phong-ly-luan", "phong-bao-chi", "phong-van-hoa",
      "trung-tam-du-luan", "cong-doan", "cap-uy");
  public static final List<String> REVIEW_UNITS = List.of("phong-tong-hop", "phong-tuyen-truyen",
      "phong-ly-luan", "phong-bao-chi", "phong-van-hoa", "trung-tam-du-luan", "cong-doan",
      "ban-thanh-tra");
  public static final List<String> RATED_UNITS = List.of("phong-tong-hop", "phong-tuyen-truyen",
      "phong-ly-luan", "phong-bao-chi", "phong-van-hoa", "trung-tam-du-luan");

  private final ProcessEngine engine;
  private final Desk desk;
  private final int year;

  public YearDriver(ProcessEngine engine, Desk desk, int year) {
    this.engine = engine;
    this.desk = desk;
    this.year = year;
  }

  public int year() {
    return year;
  }

  public String businessKey() {
    return "QCDC-" + year;
  }

  public void clock(int month, int day) {
    ClockUtil.setCurrentTime(Clock.startOfDay(LocalDate.of(year, month, day)));
  }

  public String start() {
    clock(1, 5);
    return desk.startCycle(year, "bcd");
  }

  /** A member of the group: the first user of it in the registry. */
  public String memberOf(String group) {
    return engine.getIdentityService().createUserQuery().memberOfGroup(group).orderByUserId().asc()
        .list().get(0).getId();
  }

  public List<Task> tasks(String definitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey())
        .taskDefinitionKey(definitionKey).orderByTaskName().asc().list();
  }

  public Task task(String definitionKey) {
    List<Task> found = tasks(definitionKey);
    if (found.size() != 1) {
      throw new AssertionError("Expected one open " + definitionKey + " of " + businessKey()
          + ", found " + found.size());
    }
    return found.get(0);
  }

  /** The task of a unit: the one offered to the unit's group. */
  public Task taskOf(String definitionKey, String unit) {
    List<Task> found = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(businessKey()).taskDefinitionKey(definitionKey)
        .taskCandidateGroup(unit).includeAssignedTasks().list();
    if (found.size() != 1) {
      throw new AssertionError("Expected one " + definitionKey + " for " + unit + ", found "
          + found.size());
    }
    return found.get(0);
  }

  /** A steering-committee or leadership task about a unit: found by the unit's name. */
  public Task taskAbout(String definitionKey, String unitName) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey())
        .taskDefinitionKey(definitionKey).taskNameLike("%" + unitName).singleResult();
  }

  public void submit(Task task, String user, Map<String, Object> values) {
    desk.submit(task.getId(), user, values);
  }

  /** Runs every job that is due at the engine's current time, and those they make due. */
  public int runDueJobs() {
    return DueJobs.run(engine, businessKey());
  }

  // ------------------------------------------------------------- the steps

  public void draftAndApprovePlan() {
    submit(task("DraftPlan"), "bcd", Map.of(
        "yearKeyTasks", "Tuyên truyền Nghị quyết Đại hội XIII\nCải cách hành chính\nChuyển đổi số",
        "disseminationDueDate", year + "-02-15"));
    Task approve = task("ApprovePlan"); // II.3: owners where the form asks (not on 1.0-1.2)
    submit(approve, "truongban", engine.getTaskService().getVariableLocal(approve.getId(),
        "yearKeyTaskItems") == null ? Map.of("planDecision", "approve") : Map.of("planDecision",
        "approve", "yearKeyTaskItems", keyTaskOwners("phong-tuyen-truyen", "phong-tong-hop",
        "phong-tong-hop")));
    // IssuePlan (asynchronous): the plan is numbered, written and sent before dissemination.
    runDueJobs();
  }

  /**
   * II.3 (first point): the plan drafted as {@link #draftAndApprovePlan()}, and leadership names
   * on the approval form the unit that leads each of its three key tasks (in the draft's order).
   */
  public void draftAndApprovePlanWithOwners(String... owners) {
    submit(task("DraftPlan"), "bcd", Map.of(
        "yearKeyTasks", "Tuyên truyền Nghị quyết Đại hội XIII\nCải cách hành chính\nChuyển đổi số",
        "disseminationDueDate", year + "-02-15"));
    submit(task("ApprovePlan"), "truongban", Map.of("planDecision", "approve",
        "yearKeyTaskItems", keyTaskOwners(owners)));
    runDueJobs();
  }

  /** The approval form's rows: the draft's key tasks, each with the unit chosen to lead it. */
  public static Object keyTaskOwners(String... owners) {
    List<String> titles = List.of("Tuyên truyền Nghị quyết Đại hội XIII", "Cải cách hành chính",
        "Chuyển đổi số");
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < owners.length; i++) {
      rows.add("{\"keyTaskTitle\":\"" + titles.get(i % titles.size()) + "\""
          + (owners[i] == null ? "" : ",\"keyTaskOwner\":\"" + owners[i] + "\"") + "}");
    }
    return org.camunda.spin.plugin.variable.SpinValues
        .jsonValue("[" + String.join(",", rows) + "]").create();
  }

  /** The unit review form's rows: state and note of each key task the unit leads. */
  public static Object keyTaskStates(String[]... rows) {
    List<String> items = new ArrayList<>();
    for (String[] row : rows) {
      items.add("{\"keyTaskState\":" + (row[0] == null ? "null" : "\"" + row[0] + "\"")
          + (row.length > 1 && row[1] != null ? ",\"keyTaskNote\":\"" + row[1] + "\"" : "")
          + "}");
    }
    return org.camunda.spin.plugin.variable.SpinValues
        .jsonValue("[" + String.join(",", items) + "]").create();
  }

  public Map<String, Object> dissemination(int attendance) {
    Map<String, Object> values = new HashMap<>();
    values.put("meetingDate", engineToday());
    values.put("meetingKind", "HOP_CO_QUAN");
    values.put("attendance", (long) attendance);
    values.put("documentsCovered", "Nghị định 04/2015/NĐ-CP; Thông tư 01/2016/TT-BNV");
    return values;
  }

  public void disseminate(String unit, int attendance) {
    submit(taskOf("RecordDissemination", unit), memberOf(unit), dissemination(attendance));
  }

  public void submitProposals(String unit, String text) {
    Map<String, Object> values = new HashMap<>();
    if (text == null) {
      values.put("noProposals", true);
    } else {
      values.put("proposalsText", text);
    }
    submit(taskOf("SubmitProposals", unit), memberOf(unit), values);
  }

  public void answerAllProposals() {
    for (Task task : tasks("AnswerProposal")) {
      submit(task, "truongban", Map.of("answerKind", "ACCEPTED",
          "answerText", "Lãnh đạo Ban tiếp thu, giao Phòng Tổng hợp thực hiện trong quý."));
    }
  }

  public void recordConference(int total, int attendance, int votesFor) {
    submit(task("RecordConference"), "bcd", Map.of("conferenceDate", engineToday(),
        "totalOfficials", (long) total, "attendance", (long) attendance,
        "votesFor", (long) votesFor,
        "resolutionSummary", "Thông qua kế hoạch công tác năm và quy chế chi tiêu nội bộ."));
  }

  public void issueWorkPlan() {
    Map<String, Object> values = new HashMap<>();
    values.put("annualWorkPlan", "Kế hoạch công tác năm " + year + " của Ban.");
    for (int m = 1; m <= 12; m++) {
      values.put("keyTasksMonth" + m, "Nhiệm vụ trọng tâm tháng " + m + "/" + year);
    }
    submit(task("IssueWorkPlan"), "truongban", values);
  }

  /** Everything before the six-month review, every unit on time. */
  public void firstHalf() {
    draftAndApprovePlan();
    firstHalfAfterPlan();
  }

  public void firstHalfAfterPlan() {
    upToTheConference();
    recordConference(45, 40, 38);
    issueWorkPlan();
  }

  /** After the plan: dissemination, proposals and their answers; the conference is next. */
  public void upToTheConference() {
    for (String unit : DISSEMINATION_UNITS) {
      disseminate(unit, 5);
    }
    submitProposals("phong-tuyen-truyen", "Bổ sung máy tính cho phòng\nTăng kinh phí tuyên truyền");
    submitProposals("cong-doan", "Tổ chức tham quan, nghỉ mát cho đoàn viên");
    for (String unit : List.of("phong-tong-hop", "phong-ly-luan", "phong-bao-chi",
        "phong-van-hoa", "trung-tam-du-luan")) {
      submitProposals(unit, null);
    }
    runDueJobs();
    answerAllProposals();
  }

  public Map<String, Object> review(String unit) {
    Map<String, Object> values = new HashMap<>();
    values.put("keyTasksResult", "Hoàn thành các nhiệm vụ trọng tâm.");
    values.put("strengths", "Thực hiện nghiêm túc.");
    values.put("shortcomings", "Còn chậm báo cáo.");
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
    return values;
  }

  public String reviewTaskKey(String unit) {
    return switch (unit) {
      case "cong-doan" -> "FileUnionReview";
      case "ban-thanh-tra" -> "FileInspectionBoardReview";
      default -> "FileUnitReview";
    };
  }

  /** Files a unit's review as a unit would: accepting every pre-filled figure, 0 where none. */
  public void fileReview(String unit) {
    fileReview(unit, Map.of());
  }

  /** Files a unit's review, correcting the given figures by hand. */
  public void fileReview(String unit, Map<String, Object> corrections) {
    Task task = taskOf(reviewTaskKey(unit), unit);
    Map<String, Object> values = new HashMap<>(prefilled(task));
    values.putAll(review(unit));
    values.putAll(corrections);
    submit(task, memberOf(unit), values);
  }

  /** The review task's figures as the form shows them when it opens. */
  public Map<String, Object> prefilled(Task task) {
    var kind = vn.qcdc.flow.organisation.UnitKind.valueOf(
        (String) engine.getTaskService().getVariable(task.getId(), "unitKind"));
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (var indicator : vn.qcdc.flow.review.ReviewService.figuresFor(kind)) {
      Object shown = engine.getTaskService().getVariableLocal(task.getId(), indicator.key());
      values.put(indicator.key(), shown == null ? 0L : ((Number) shown).longValue());
    }
    return values;
  }

  /**
   * Who the steering committee names to inspect the i-th unit it chooses (III.3): its members in
   * turn; the union sends a representative with the first (II.5.a).
   */
  public static final List<String> INSPECTORS = List.of("phoban", "bcd");
  public static final String UNION_REPRESENTATIVE = "congdoan";

  /** The selection form's rows: unit, member of the committee, union representative or null. */
  public static Object assignments(String[]... rows) {
    List<String> items = new ArrayList<>();
    for (String[] row : rows) {
      items.add("{\"inspectedUnit\":\"" + row[0] + "\""
          + (row[1] != null ? ",\"inspector\":\"" + row[1] + "\"" : "")
          + (row.length > 2 && row[2] != null ? ",\"unionRepresentative\":\"" + row[2] + "\""
              : "") + "}");
    }
    return org.camunda.spin.plugin.variable.SpinValues
        .jsonValue("[" + String.join(",", items) + "]").create();
  }

  /** The committee chooses the units and names their inspectors (see {@link #INSPECTORS}). */
  public void selectInspections(List<String> inspected) {
    String[][] rows = new String[inspected.size()][];
    for (int i = 0; i < inspected.size(); i++) {
      rows[i] = new String[] {inspected.get(i), INSPECTORS.get(i % INSPECTORS.size()),
          i == 0 ? UNION_REPRESENTATIVE : null};
    }
    submit(task("SelectUnitsToInspect"), "bcd",
        Map.of("inspectionAssignments", assignments(rows)));
  }

  /** Each inspection is recorded by the member it is assigned to. */
  public void recordInspections() {
    for (Task task : tasks("InspectUnit")) {
      submit(task, task.getAssignee() != null ? task.getAssignee() : "bcd",
          Map.of("inspectionDate", engineToday(), "inspectionRating", "GOOD",
          "findingsCount", 1L, "findings", "Đơn vị thực hiện tốt, cần lưu hồ sơ đầy đủ hơn."));
    }
  }

  /** The side branches of a review: inspections, regulations, leadership. */
  public void reviewSideBranches(List<String> inspected) {
    selectInspections(inspected);
    recordInspections();
    regulationsAndLeadership();
  }

  public static final String SENTIMENT_ANSWER =
      "Chi bộ ghi nhận ý kiến của đoàn viên; lãnh đạo Ban bố trí lại phòng làm việc trong quý.";
  public static final String SENTIMENT_MEASURES = "Phòng Tổng hợp bố trí lại phòng làm việc.";

  /**
   * II.5.a: once the reviews are in, the Party secretary answers what the union reported of the
   * officials' thoughts and aspirations (the task is the Party committee's and leadership's).
   */
  public void answerUnionSentiment() {
    for (Task task : tasks("AnswerUnionSentiment")) {
      submit(task, "bithu", Map.of("sentimentAnswer", SENTIMENT_ANSWER,
          "sentimentMeasures", SENTIMENT_MEASURES));
    }
  }

  public static final String PARTY_FINDINGS =
      "Cấp ủy, lãnh đạo Ban lãnh đạo thực hiện nghiêm quy chế dân chủ, đối thoại đúng kỳ.";

  /** I.2: the Party secretary assesses, for the Party cell, how QCDC was led in the period. */
  public void partyCellReview() {
    for (Task task : tasks("ReviewPartyLeadership")) {
      submit(task, "bithu", partyCellReviewValues());
    }
  }

  public static Map<String, Object> partyCellReviewValues() {
    return Map.of("partyAssessment", "GOOD", "partyFindings", PARTY_FINDINGS,
        "partyDirections", "Tiếp tục đối thoại định kỳ với công đoàn.");
  }

  /**
   * The review's regulation review (II.3.b) and leadership's report (II.4.a), and the answer to
   * the union when the reviews are in.
   */
  public void regulationsAndLeadership() {
    answerUnionSentiment();
    partyCellReview();
    submit(task("ReviewRegulations"), "tonghop", Map.of("regulationsReviewed", 3L,
        "regulationsAmended", 1L, "regulationNotes", "Sửa đổi quy chế chi tiêu nội bộ."));
    submit(task("ReportLeadershipExample"), "truongban", Map.of("leadershipCommitments",
        "Lãnh đạo Ban gương mẫu thực hiện.", "dialoguesHeld", 1L));
  }

  public void approveAndSubmitReport(String number) {
    submit(task("ApproveReport"), "truongban", Map.of("reportDecision", "approve"));
    submit(task("SubmitReport"), "tonghop", Map.of("documentNumber", number,
        "documentDate", engineToday(), "archived", true));
  }

  /** A whole review: every unit files on time, two units inspected, report approved and sent. */
  public void wholeReview(String documentNumber) {
    for (String unit : REVIEW_UNITS) {
      fileReview(unit);
    }
    reviewSideBranches(List.of("phong-ly-luan", "phong-bao-chi"));
    runDueJobs();
    approveAndSubmitReport(documentNumber);
    runDueJobs();
  }

  public String engineToday() {
    return Clock.today().toString();
  }

  static String toJson(List<String> values) {
    List<String> quoted = new ArrayList<>();
    for (String v : values) {
      quoted.add("\"" + v + "\"");
    }
    return "[" + String.join(",", quoted) + "]";
  }
}
