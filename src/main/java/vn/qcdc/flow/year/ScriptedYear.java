package vn.qcdc.flow.year;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.DueJobs;

/**
 * The {@link YearScript} worked in the application's own process, the way its users would: the
 * engine clock is set to the day of each step instead of waiting for it, each task is found in
 * the list of the group it is offered to and submitted by who the script says through a
 * {@link Hand} (the Java API with the user's authorizations, or REST), and the jobs due by
 * then are run in the caller's thread. The demo data builds its years with it; the tests'
 * YearDriver is this with a few test helpers.
 */
public class ScriptedYear {

  protected final ProcessEngine engine;
  protected final Hand hand;
  protected final YearScript script;
  protected final int year;
  /** The agency whose year this is (its tenant); null: the only one. */
  protected final String agency;
  /**
   * What the agency's unit codes and user ids start with: the script names the first agency's
   * ("phong-tong-hop", "truongban"); another agency made like it prefixes them ("stp-").
   */
  protected final String prefix;
  /**
   * The agency's own unit codes for those of the script that it names otherwise than with the
   * prefix (an agency whose departments are not the first agency's: "phong-ly-luan" is Ban Dân
   * vận's "dv-phong-dan-toc-ton-giao").
   */
  private final Map<String, String> ids;

  public ScriptedYear(ProcessEngine engine, Hand hand, int year) {
    this(engine, hand, year, null, "");
  }

  public ScriptedYear(ProcessEngine engine, Hand hand, int year, String agency, String prefix) {
    this(engine, hand, year, agency, prefix, Map.of());
  }

  public ScriptedYear(ProcessEngine engine, Hand hand, int year, String agency, String prefix,
      Map<String, String> ids) {
    this.engine = engine;
    this.hand = hand;
    this.year = year;
    this.agency = agency;
    this.prefix = prefix;
    this.ids = Map.copyOf(ids);
    this.script = new YearScript(year);
  }

  /** The agency's own id for a unit code or user id of the script. */
  public String local(String id) {
    return id == null ? null : ids.getOrDefault(id, prefix + id);
  }

  private List<String> local(List<String> ids) {
    return ids.stream().map(this::local).toList();
  }

  /** The year's open tasks of this agency. */
  protected org.camunda.bpm.engine.task.TaskQuery taskQuery() {
    var query = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey());
    return agency == null ? query : query.tenantIdIn(agency);
  }

  public int year() {
    return year;
  }

  public YearScript script() {
    return script;
  }

  public String businessKey() {
    return script.businessKey();
  }

  // ------------------------------------------------------------ mechanics

  public void clock(int month, int day) {
    ClockUtil.setCurrentTime(Clock.startOfDay(LocalDate.of(year, month, day)));
  }

  public String engineToday() {
    return Clock.today().toString();
  }

  /** Runs every job due at the engine's time of the cycle (and what it called). */
  public int runDueJobs() {
    return DueJobs.run(engine, businessKey(), agency);
  }

  /** A member of the group: the first user of it in the registry. */
  public String memberOf(String group) {
    return engine.getIdentityService().createUserQuery().memberOfGroup(group).orderByUserId()
        .asc().list().get(0).getId();
  }

  public List<Task> tasks(String definitionKey) {
    return taskQuery().taskDefinitionKey(definitionKey).orderByTaskName().asc().list();
  }

  public Task task(String definitionKey) {
    List<Task> found = tasks(definitionKey);
    if (found.size() != 1) {
      throw new IllegalStateException("Expected one open " + definitionKey + " of "
          + businessKey() + ", found " + found.size());
    }
    return found.get(0);
  }

  /** The task of a unit: the one offered to the unit's group. */
  public Task taskOf(String definitionKey, String unit) {
    List<Task> found = taskQuery().taskDefinitionKey(definitionKey)
        .taskCandidateGroup(unit).includeAssignedTasks().list();
    if (found.size() != 1) {
      throw new IllegalStateException("Expected one " + definitionKey + " for " + unit
          + " of " + businessKey() + ", found " + found.size());
    }
    return found.get(0);
  }

  /** A steering-committee or leadership task about a unit: found by the unit's name. */
  public Task taskAbout(String definitionKey, String unitName) {
    return taskQuery().taskDefinitionKey(definitionKey).taskNameLike("%" + unitName)
        .singleResult();
  }

  public void submit(Task task, String user, Map<String, Object> values) {
    hand.submit(task.getId(), user, values);
  }

  /** Submits the task as the script says who does it (see {@link YearScript#actor}). */
  public void work(Task task, Map<String, Object> values) {
    submit(task, actorOf(task), values);
  }

  /** Who does the task: the script's person, else its assignee, else a member of its group. */
  public String actorOf(Task task) {
    YearScript.Actor actor = YearScript.actor(task.getTaskDefinitionKey());
    if (actor.user() != null) {
      return local(actor.user());
    }
    if (actor.group() != null) {
      return memberOf(local(actor.group()));
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return memberOf(candidateGroup(task));
  }

  /** The group the task is offered to. */
  public String candidateGroup(Task task) {
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        return link.getGroupId();
      }
    }
    throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " of "
        + businessKey() + " is offered to no group");
  }

  /** Works every open task of the key, each with the values the script gives for it. */
  public void workAll(String definitionKey, java.util.function.Function<Task,
      Map<String, Object>> values) {
    for (Task task : tasks(definitionKey)) {
      work(task, values.apply(task));
    }
  }

  // ------------------------------------------------------------ the plan

  public String start() {
    clock(1, 5);
    return hand.startCycle(year, local(YearScript.actor("DraftPlan").user()));
  }

  /**
   * The plan drafted and approved; where the approval form asks for the unit that leads each key
   * task (from 1.3.0; the server refuses an approval without them), the script's
   * {@link YearScript#KEY_TASK_OWNERS}; on a released form without the list, none.
   */
  public void draftAndApprovePlan() {
    work(task("DraftPlan"), script.draftPlan());
    Task approve = task("ApprovePlan");
    boolean asksOwners = engine.getTaskService()
        .getVariableLocal(approve.getId(), "yearKeyTaskItems") != null;
    work(approve, asksOwners ? script.approvePlan(
        local(List.of(YearScript.KEY_TASK_OWNERS)).toArray(String[]::new))
        : script.approvePlan());
    runDueJobs();
  }

  /**
   * II.3 (first point): the plan drafted, and leadership names on the approval form the unit
   * that leads each of its key tasks (in the draft's order); none named, none sent. IssuePlan
   * (asynchronous) is run: the plan is numbered, written and sent before dissemination.
   */
  public void draftAndApprovePlanWithOwners(String... owners) {
    work(task("DraftPlan"), script.draftPlan());
    work(task("ApprovePlan"), script.approvePlan(owners));
    runDueJobs();
  }

  // ------------------------------------------------------------ dissemination, proposals

  public Map<String, Object> dissemination(int attendance) {
    return script.dissemination(engineToday(), attendance);
  }

  public void disseminate(String unit, int attendance) {
    Task task = taskOf("RecordDissemination", unit);
    submit(task, memberOf(unit), dissemination(attendance));
  }

  /** Every unit the dissemination went out to records its meeting, except {@code late}. */
  public void disseminateAll(int attendance, String... late) {
    List<String> skipped = List.of(late);
    for (Task task : tasks("RecordDissemination")) {
      String unit = candidateGroup(task);
      if (!skipped.contains(unit)) {
        submit(task, memberOf(unit), dissemination(attendance));
      }
    }
  }

  /**
   * II.1, III.1: a member of a unit records a meeting at which QCDC documents were covered, as
   * Tasklist does: the start form of qcdc-dissemination-session, on that day.
   */
  public void recordSession(String user, int month, int day, String kind, long attendees,
      String documents) {
    clock(month, day);
    hand.startForm("qcdc-dissemination-session", user,
        script.session(LocalDate.of(year, month, day), kind, attendees, documents));
  }

  public void submitProposals(String unit, String text) {
    submit(taskOf("SubmitProposals", unit), memberOf(unit), YearScript.proposalsText(text));
  }

  /** Every unit asked sends its proposals as the script has them. */
  public void allProposals() {
    for (Task task : tasks("SubmitProposals")) {
      String unit = candidateGroup(task);
      submit(task, memberOf(unit), script.proposals(unit));
    }
  }

  public void answerAllProposals() {
    workAll("AnswerProposal", t -> script.answerProposal());
  }

  // ------------------------------------------------------------ the conference

  public void recordConference(int total, int attendance, int votesFor) {
    recordConference(script.conference(engineToday(), total, attendance, votesFor));
  }

  /** RecordConference with these values (with a board election, say). */
  public void recordConference(Map<String, Object> values) {
    work(task("RecordConference"), values);
  }

  public void issueWorkPlan() {
    work(task("IssueWorkPlan"), script.workPlan());
  }

  /** Everything before the six-month review, every unit on time. */
  public void firstHalf() {
    draftAndApprovePlan();
    firstHalfAfterPlan();
  }

  public void firstHalfAfterPlan() {
    upToTheConference();
    recordConference(script.conference(engineToday()));
    issueWorkPlan();
  }

  /** After the plan: dissemination, proposals and their answers; the conference is next. */
  public void upToTheConference() {
    disseminateAll(5);
    allProposals();
    runDueJobs();
    answerAllProposals();
  }

  // ------------------------------------------------------------ the reviews

  /** The unit's open review task of this year (whichever form its kind files). */
  public Task reviewTask(String unit) {
    List<Task> found = taskQuery()
        .taskDefinitionKeyIn("FileUnitReview", "FileUnionReview", "FileInspectionBoardReview")
        .taskCandidateGroup(unit).includeAssignedTasks().list();
    if (found.size() != 1) {
      throw new IllegalStateException("Expected one open review of " + unit + " in "
          + businessKey() + ", found " + found.size());
    }
    return found.get(0);
  }

  public String reviewTaskKey(String unit) {
    return reviewTask(unit).getTaskDefinitionKey();
  }

  /** The unit's own texts on its open review (its kind's). */
  public Map<String, Object> review(String unit) {
    return YearScript.reviewTexts(unitKind(reviewTask(unit)));
  }

  String unitKind(Task task) {
    return (String) engine.getTaskService().getVariable(task.getId(), "unitKind");
  }

  /** The review task's figures as the form shows them when it opens. */
  public Map<String, Object> prefilled(Task task) {
    return YearScript.prefilled(unitKind(task),
        key -> engine.getTaskService().getVariableLocal(task.getId(), key));
  }

  /**
   * Files a unit's review as a unit would: accepting every pre-filled figure (0 where none),
   * and the state of the key tasks it leads (under way at mid-year, done at the year's end).
   */
  public void fileReview(String unit) {
    fileReview(unit, Map.of());
  }

  /** Files a unit's review, correcting the given values by hand. */
  public void fileReview(String unit, Map<String, Object> corrections) {
    Task task = reviewTask(unit);
    Map<String, Object> values = new HashMap<>(prefilled(task));
    values.putAll(YearScript.reviewTexts(unitKind(task)));
    Object states = YearScript.keyTaskStatesFor(
        engine.getTaskService().getVariableLocal(task.getId(), "yearKeyTaskStates"),
        "YEAR".equals(engine.getTaskService().getVariable(task.getId(), "period")));
    if (states != null) {
      values.put("yearKeyTaskStates", states);
    }
    values.putAll(corrections);
    submit(task, memberOf(unit), values);
  }

  /** Every unit whose review is open files it. */
  public void fileAllReviews() {
    for (String key : List.of("FileUnitReview", "FileUnionReview",
        "FileInspectionBoardReview")) {
      for (Task task : tasks(key)) {
        fileReview(candidateGroup(task));
      }
    }
  }

  /** The committee chooses the units and names their inspectors (III.3). */
  public void selectInspections(List<String> inspected) {
    work(task("SelectUnitsToInspect"), prefix.isEmpty() && ids.isEmpty()
        ? script.selectInspections(inspected)
        : script.selectInspections(local(inspected), local(YearScript.INSPECTORS),
            local(YearScript.UNION_REPRESENTATIVE)));
  }

  /** Each inspection is recorded by the member it is assigned to. */
  public void recordInspections() {
    workAll("InspectUnit", t -> script.inspection(engineToday()));
  }

  /** The side branches of a review: inspections, regulations, leadership. */
  public void reviewSideBranches(List<String> inspected) {
    selectInspections(inspected);
    recordInspections();
    regulationsAndLeadership();
  }

  /** II.5.a: the Party secretary answers what the union reported of the officials' sentiment. */
  public void answerUnionSentiment() {
    workAll("AnswerUnionSentiment", t -> script.answerUnionSentiment());
  }

  /** I.2: the Party secretary assesses, for the Party cell, how QCDC was led in the period. */
  public void partyCellReview() {
    workAll("ReviewPartyLeadership", t -> YearScript.partyCellReview());
  }

  /**
   * The review's regulation review (II.3.b) and leadership's report (II.4.a), and the answer to
   * the union and the Party cell's assessment when the reviews are in.
   */
  public void regulationsAndLeadership() {
    answerUnionSentiment();
    partyCellReview();
    work(task("ReviewRegulations"), script.regulations());
    work(task("ReportLeadershipExample"), script.leadershipExample());
  }

  public void approveAndSubmitReport(String number) {
    work(task("ApproveReport"), script.approveReport());
    work(task("SubmitReport"), script.submitReport(number, engineToday()));
  }

  /** A whole review: every unit files on time, two units inspected, report approved and sent. */
  public void wholeReview(String documentNumber) {
    fileAllReviews();
    reviewSideBranches(YearScript.INSPECTED);
    runDueJobs();
    approveAndSubmitReport(documentNumber);
    runDueJobs();
  }

  /** Leadership confirms each unit's proposed rating. */
  public void confirmRatings() {
    workAll("ConfirmRating", t -> script.confirmRating(
        engine.getTaskService().getVariable(t.getId(), "proposedRating")));
  }
}
