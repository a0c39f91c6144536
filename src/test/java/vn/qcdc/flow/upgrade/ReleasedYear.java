package vn.qcdc.flow.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.Logins;
import vn.qcdc.flow.support.YearDriver;
import vn.qcdc.flow.year.YearScript;

/**
 * One agency's year that starts on a released version's models: its first months worked on
 * them, then, after the upgrade, every task that opens done by a member of the group it is
 * offered to, and every timer run when it comes due, until each process of the year has ended.
 *
 * <p>A task of the released models is submitted only with fields its released form has
 * (Tasklist shows nothing else): a step that sends more fails and says so, and the step must
 * then keep the released form's values for that release.
 */
final class ReleasedYear {

  private final ProcessEngine engine;
  private final ReleasedVersion release;
  private final String releasedDeployment;
  private final Map<String, java.util.Set<String>> releasedForms;
  final YearDriver y;
  final int year;
  /** Tasks of the released models completed after the upgrade, by task key. */
  final Map<String, Integer> releasedTasksAfterUpgrade = new LinkedHashMap<>();
  /** Tasks of the current models completed, by task key. */
  final Map<String, Integer> currentTasks = new LinkedHashMap<>();
  private boolean upgraded;
  private int reportNumber = 40;

  ReleasedYear(ProcessEngine engine, vn.qcdc.flow.cycle.CycleService cycles,
      ReleasedVersion release, String releasedDeployment, int year) {
    this.engine = engine;
    this.release = release;
    this.releasedDeployment = releasedDeployment;
    this.releasedForms = ReleasedContract.formKeysById(release.forms());
    this.year = year;
    this.y = new YearDriver(engine, new JavaDesk(engine, cycles), year);
  }

  // ------------------------------------------------------------------ before the upgrade

  /**
   * January on the released models: plan approved, half the units disseminated, three units'
   * proposals in, a complaint accepted, the first disclosure waiting for approval, a dialogue
   * the union asked for with some topics in, January's key tasks set.
   */
  void januaryOnTheRelease(vn.qcdc.flow.keytasks.KeyTaskService keyTasks) {
    y.start();
    y.draftAndApprovePlan();
    for (String unit : YearDriver.DISSEMINATION_UNITS.subList(0, 4)) {
      y.disseminate(unit, 5);
    }
    y.submitProposals("phong-tuyen-truyen", "Bổ sung máy tính cho phòng");
    y.submitProposals("cong-doan", "Tổ chức tham quan cho đoàn viên");
    y.submitProposals("phong-tong-hop", null);

    y.clock(1, 8);
    String complaint = startAs("tonghop", "qcdc-complaint", Map.of("receivedDate", today(),
        "channel", "TIEP_TRUC_TIEP", "citizenName", "Nguyễn Văn A",
        "content", "Khiếu nại việc trả lời văn bản chậm.",
        "contentNature", "XEM_XET_LAI_QUYET_DINH", "concernsAgency", true));
    submit(only(complaint, "ConfirmClassification"), "tonghop", Map.of("caseKind", "KHIEU_NAI",
        "competence", "THUOC_THAM_QUYEN", "handlingUnit", "phong-tuyen-truyen"));
    submit(only(complaint, "AcceptCase"), "tuyentruyen", Map.of("acceptanceDecision", "THU_LY",
        "acceptanceDate", today()));

    String dialogue = startAs("congdoan", "qcdc-dialogue",
        Map.of("requestReason", "Cán bộ đề nghị đối thoại về chế độ làm việc."));
    runDueJobs();
    List<Task> topics = engine.getTaskService().createTaskQuery().processInstanceId(dialogue)
        .taskDefinitionKey("ProposeDialogueTopics").orderByTaskName().asc().list();
    assertThat(topics).as("topics asked of every unit").hasSizeGreaterThan(2);
    for (Task t : topics.subList(0, 2)) {
      submit(t, memberOf(t), Map.of("topicsText", "Bố trí phòng làm việc."));
    }

    asTheApplication(() -> keyTasks.start(year));
    runDueJobs();
    for (Task t : open("SetMonthlyKeyTasks")) {
      submit(t, memberOf(t), Map.of("keyTasksText", "Nhiệm vụ tháng 1"));
    }

    y.clock(1, 15);
    runDueJobs();
    submit(single("PrepareDisclosure"), "tonghop", disclosureFigures());
  }

  // ------------------------------------------------------------------ after the upgrade

  void upgraded() {
    upgraded = true;
  }

  /**
   * Works the rest of the year as its users would: at each moment every open task of the year
   * is done, then the clock moves to the next timer; ends when no process of the year runs.
   */
  void workToTheEnd() {
    for (int round = 0; round < 3000; round++) {
      boolean worked = runDueJobs() > 0;
      for (Task task : openTasks()) {
        work(task);
        worked = true;
      }
      if (worked) {
        continue;
      }
      if (running().isEmpty()) {
        return;
      }
      Date next = nextTimer();
      assertThat(next).as("the year is stuck: nothing to do and no timer, still running "
          + running()).isNotNull();
      ClockUtil.setCurrentTime(next);
    }
    throw new AssertionError("The year did not end after 3000 rounds: " + running());
  }

  private void work(Task task) {
    Function<Task, Map<String, Object>> step = steps().get(task.getTaskDefinitionKey());
    assertThat(step).as("a step for task " + task.getTaskDefinitionKey() + " «"
        + task.getName() + "» (the year took a turn the test does not expect)").isNotNull();
    submit(task, memberOf(task), step.apply(task));
  }

  /**
   * The values of each task: the year's script ({@link YearScript}) wherever the task key is one
   * of the cycle's; the year-round work (key tasks, disclosure, cases, dialogue) here; and where
   * a released form has fewer fields, that release's values.
   */
  private Map<String, Function<Task, Map<String, Object>>> steps() {
    YearScript script = y.script();
    Map<String, Function<Task, Map<String, Object>>> s = new HashMap<>();
    s.put("RecordDissemination", t -> script.dissemination(today(), 5));
    // The fourth to seventh units send theirs after the upgrade; one of them has proposals.
    s.put("SubmitProposals", t -> YearScript.proposalsText(unit(t).equals("phong-ly-luan")
        ? "Tăng cường tập huấn nghiệp vụ" : null));
    s.put("AnswerProposal", t -> script.answerProposal());
    s.put("RecordConference", t -> script.conference(today()));
    s.put("IssueWorkPlan", t -> script.workPlan());
    s.put("SetMonthlyKeyTasks", t -> Map.of("keyTasksText", "Nhiệm vụ A\nNhiệm vụ B"));
    s.put("ReportKeyTasks", t -> Map.of("keyTasksDone", ((Number) engine.getTaskService()
            .getVariable(t.getId(), "keyTaskCount")).longValue(),
        "keyTasksReport", "Hoàn thành các nhiệm vụ của tháng."));
    s.put("PrepareDisclosure", t -> disclosureFigures());
    s.put("ApproveDisclosure", t -> Map.of("disclosureDecision", "approve"));
    s.put("RecordPublication", t -> Map.of("publicationForm", "NIEM_YET",
        "publicationPlace", "Bảng tin cơ quan", "publishedOn", today(), "postedDays", 30L));
    s.put("SuperviseDisclosure", t -> Map.of("questionsRaised", false));
    s.put("ResolveCase", t -> Map.of("resolutionOutcome", "RESOLVED",
        "decisionNumber", "05/QĐ-BTGTU", "decisionDate", today(),
        "resolutionSummary", "Giải quyết khiếu nại lần đầu.", "citizenNotifiedOn", today()));
    s.put("SuperviseCase", t -> Map.of("openSupervisionNote", false));
    s.put("ProposeDialogueTopics", t -> Map.of("noTopics", true));
    s.put("HoldDialogue", this::dialogueRecord);
    s.put("CompleteDialogueAction", t -> Map.of("actionDoneOn", today(),
        "actionResult", "Đã bố trí lại phòng làm việc."));
    s.put("FileUnitReview", this::review);
    s.put("FileUnionReview", this::review);
    s.put("FileInspectionBoardReview", this::review);
    // The released form has the list of units only; the current one names each unit's
    // inspector (and the union's representative), and the inspection goes to that member.
    s.put("SelectUnitsToInspect", t -> isReleased(t) ? Map.of("inspectedUnits",
        org.camunda.spin.plugin.variable.SpinValues.jsonValue(
            "[\"phong-ly-luan\",\"phong-bao-chi\"]").create())
        : script.selectInspections(YearScript.INSPECTED));
    s.put("InspectUnit", t -> script.inspection(today()));
    s.put("ReviewPartyLeadership", t -> YearScript.partyCellReview());
    // The released form has the answer only; the current one the measures too.
    s.put("AnswerUnionSentiment", t -> isReleased(t)
        ? Map.of("sentimentAnswer", YearScript.SENTIMENT_ANSWER) : script.answerUnionSentiment());
    s.put("ReviewRegulations", t -> script.regulations());
    s.put("ReportLeadershipExample", t -> script.leadershipExample());
    s.put("ApproveReport", t -> script.approveReport());
    // As Tasklist does: the current form shows the number the register holds for the task
    // (read-only) and sends it back; the released form has the records office type the next one.
    s.put("SubmitReport", t -> script.submitReport(heldOrTyped(t), today()));
    s.put("ConfirmRating", t -> script.confirmRating(
        engine.getTaskService().getVariable(t.getId(), "proposedRating")));
    return s;
  }

  private String heldOrTyped(Task task) {
    Object held = engine.getTaskService().getVariableLocal(task.getId(), "documentNumber");
    return held != null ? held.toString() : (reportNumber++) + "-BC/BTGTU";
  }

  private Map<String, Object> review(Task task) {
    Map<String, Object> values = new HashMap<>(y.prefilled(task));
    values.putAll(YearScript.reviewTexts(
        (String) engine.getTaskService().getVariable(task.getId(), "unitKind")));
    return values;
  }

  private Map<String, Object> dialogueRecord(Task task) {
    Map<String, Object> v = new HashMap<>(Map.of("dialogueDate", today(),
        "dialogueParticipants", 42L, "chairedBy", "Trưởng ban, Chủ tịch Công đoàn",
        "dialogueMinutes", "Biên bản đối thoại."));
    if (engine.getTaskService().getVariable(task.getId(), "requestReason") != null) {
      v.put("action1Text", "Cải thiện điều kiện làm việc.");
      v.put("action1Unit", "phong-tuyen-truyen");
      v.put("action1Due", Clock.today().plusDays(20).toString());
    }
    return v;
  }

  private static Map<String, Object> disclosureFigures() {
    return Map.of("budgetFigures", "Dự toán được giao", "spendingFigures", "Theo báo cáo kế toán",
        "salaryFigures", "Quỹ lương", "bonusFigures", "Quỹ thưởng");
  }

  // ------------------------------------------------------------------ the desk

  /** Submits as a user would in Tasklist, checking a released task against its released form. */
  boolean isReleased(Task task) {
    return engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId())
        .getDeploymentId().equals(releasedDeployment);
  }

  void submit(Task task, String user, Map<String, Object> values) {
    boolean released = isReleased(task);
    if (released) {
      Task withForm = engine.getTaskService().createTaskQuery().taskId(task.getId())
          .initializeFormKeys().singleResult();
      Set<String> fields = releasedForms.get(withForm.getCamundaFormRef().getKey());
      assertThat(fields).as("form of released task " + task.getTaskDefinitionKey()).isNotNull();
      assertThat(fields).as("fields sent to " + task.getTaskDefinitionKey() + " of released "
          + release + ": its form has only these (keep that release's values in the step)")
          .containsAll(values.keySet());
    }
    y.submit(task, user, values);
    if (upgraded) {
      (released ? releasedTasksAfterUpgrade : currentTasks)
          .merge(task.getTaskDefinitionKey(), 1, Integer::sum);
    }
  }

  String memberOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null) {
        return y.memberOf(link.getGroupId());
      }
    }
    throw new AssertionError("Task " + task.getTaskDefinitionKey() + " is offered to nobody");
  }

  private String unit(Task task) {
    return (String) engine.getTaskService().getVariable(task.getId(), "unitCode");
  }

  // ------------------------------------------------------------------ the year's processes

  /** The year's process instances: the cycle and what it called, year-round work, cases. */
  List<ProcessInstance> running() {
    List<ProcessInstance> found = new ArrayList<>();
    for (String like : prefixes()) {
      found.addAll(engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKeyLike(like).list());
    }
    return found;
  }

  List<String> prefixes() {
    return List.of("QCDC-" + year + "%", "ĐT-" + year + "-%");
  }

  private List<Task> openTasks() {
    List<Task> found = new ArrayList<>();
    for (String like : prefixes()) {
      found.addAll(engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(like)
          .orderByTaskCreateTime().asc().list());
    }
    return found;
  }

  List<Task> open(String key) {
    List<Task> found = new ArrayList<>();
    for (Task t : openTasks()) {
      if (t.getTaskDefinitionKey().equals(key)) {
        found.add(t);
      }
    }
    return found;
  }

  Task single(String key) {
    List<Task> found = open(key);
    assertThat(found).as("open " + key + " of " + year).hasSize(1);
    return found.get(0);
  }

  private Task only(String processInstanceId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(key).singleResult();
  }

  /** Runs the year's due jobs one at a time (one may cancel another); returns how many ran. */
  int runDueJobs() {
    int ran = 0;
    for (; ran < 1000; ran++) {
      Set<String> year = runningIds();
      Job next = engine.getManagementService().createJobQuery().executable()
          .orderByJobDuedate().asc().list().stream()
          .filter(j -> year.contains(j.getProcessInstanceId())).findFirst().orElse(null);
      if (next == null) {
        return ran;
      }
      engine.getManagementService().executeJob(next.getId());
    }
    throw new AssertionError("Jobs of " + this.year + " keep coming after 1000 runs");
  }

  private Date nextTimer() {
    Set<String> year = runningIds();
    return engine.getManagementService().createJobQuery().timers().orderByJobDuedate().asc()
        .list().stream().filter(j -> year.contains(j.getProcessInstanceId()))
        .map(Job::getDuedate).filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  private Set<String> runningIds() {
    Set<String> ids = new java.util.HashSet<>();
    running().forEach(pi -> ids.add(pi.getId()));
    return ids;
  }

  private String startAs(String user, String key, Map<String, Object> form) {
    Logins.login(engine, user);
    try {
      return engine.getFormService().submitStartForm(engine.getRepositoryService()
          .createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .singleResult().getId(), form).getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void asTheApplication(Runnable action) {
    engine.getIdentityService().clearAuthentication();
    action.run();
  }

  private String today() {
    return Clock.today().toString();
  }

  static void setDay(int year, int month, int day) {
    ClockUtil.setCurrentTime(Clock.startOfDay(LocalDate.of(year, month, day)));
  }
}
