package vn.qcdc.flow.production;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.qcdc.flow.year.YearScript;

/**
 * A year of the small agency (organisation/small-agency.yml) as its users live it: the steps,
 * with the year script's values and actors ({@link YearScript}: the people it names, else the
 * first member of the task's group in the organisation). How a user acts is the subclass's
 * business: over HTTP against application nodes ({@link RemoteYear}), or
 * through the engine's Java API inside a node ({@link JavaApiYear}). One script for both, so
 * that the benchmark's REST-vs-Java comparison runs the same year twice.
 *
 * <p>Waiting for the engine (a job, a timer the clock made due) is polling with a pause; the
 * pauses are counted ({@link #sleptMillis()}), so that a measure can tell the driver's work
 * from its waiting.
 */
public abstract class AgencyYear {

  /** The officials each department lists in its year-end review (III.4). */
  static final Map<String, String> OFFICIALS = Map.of(
      "phong-tong-hop", "Phạm Thị Dung; 95; không\nTrần Văn Bình; 80; không",
      "phong-tuyen-truyen", "Hoàng Minh Hải; 90; không\nĐỗ Thị Lan; 70; có");

  /** Who reads tasks and variables to find the work (not a user of the agency). */
  static final String READER = "admin";

  protected final int year;
  /** The year's values and who does each task. */
  protected final YearScript script;
  private final Map<String, String> members = new java.util.HashMap<>();
  private long sleptNanos;
  private int submitted;

  protected AgencyYear(int year) {
    this.year = year;
    this.script = new YearScript(year);
  }

  public int year() {
    return year;
  }

  public String businessKey() {
    return "QCDC-" + year;
  }

  /** Time spent pausing between polls while waiting for the engine. */
  public long sleptMillis() {
    return sleptNanos / 1_000_000;
  }

  /** Task forms submitted by this driver. */
  public int submitted() {
    return submitted;
  }

  // ------------------------------------------------------------ primitives

  /** Moves the engine clock to a local date-time of Vietnam (yyyy-MM-ddTHH:mm). */
  abstract void moveClock(String localDateTime);

  /** Starts the year's cycle as this user, as the application's start does. */
  abstract void startCycle(String user);

  /** Ids of the cycle's open tasks of a definition key, in id order. */
  abstract List<String> openTaskIds(String key);

  /** The group the task is offered to. */
  abstract String candidateGroup(String taskId);

  /** A variable as the task sees it (its own, else its process's), as a plain value. */
  abstract Object taskVariable(String taskId, String name);

  /** The task's own variables, as plain values. */
  abstract Map<String, Object> taskLocalVariables(String taskId);

  /** Claims the task as the user and submits its form with these values. */
  abstract void submitAs(String taskId, String user, Map<String, Object> values);

  /** Whether the year's cycle process has ended. */
  abstract boolean cycleFinished();

  /** The group's first member by user id, or null (read as {@link #READER}). */
  abstract String firstMember(String group);

  /** Called while the driver waits for the engine. */
  void waiting() {
  }

  // ----------------------------------------------------------------- steps

  /** The whole year, as the crash and two-node tests drive it. */
  public void wholeYear() {
    start();
    plan();
    disseminate();
    proposals();
    conference();
    clock(6, 15);
    reviewInputs(year + "-06-15");
    report("01-BC/BTGTU", year + "-06-15");
    clock(11, 20);
    reviewInputs(year + "-11-20");
    report("02-BC/BTGTU", year + "-11-20");
    ratings();
    awaitFinished();
  }

  public void clock(int month, int day) {
    moveClock(String.format("%d-%02d-%02dT00:00", year, month, day));
  }

  public void start() {
    clock(1, 5);
    startCycle(YearScript.actor("DraftPlan").user());
  }

  public void plan() {
    completeOne("DraftPlan", script.draftPlan());
    // II.3: the unit that leads each of the draft's key tasks (the server requires them).
    completeOne("ApprovePlan",
        script.approvePlan("phong-tong-hop", "phong-tuyen-truyen", "phong-tong-hop"));
  }

  public void disseminate() {
    completeAll("RecordDissemination", 4, group -> script.dissemination(year + "-01-05", 2));
  }

  /** Proposals of every unit: in the small agency, only the department of propaganda has some. */
  public void proposals() {
    completeAll("SubmitProposals", 3, group -> group.equals("phong-tuyen-truyen")
        ? script.proposals(group) : YearScript.proposalsText(null));
  }

  /** After CompileProposals: the answers, the conference, the work plan. */
  public void conference() {
    completeAll("AnswerProposal", 2, group -> script.answerProposal());
    completeOne("RecordConference", script.conference(year + "-01-05"));
    completeOne("IssueWorkPlan", script.workPlan());
  }

  /**
   * A review up to consolidation: every unit files (accepting the figures the form shows
   * pre-filled, as a unit would), one unit is inspected. At the year end each department
   * lists two officials for the emulation rating.
   */
  public void reviewInputs(String today) {
    boolean yearEnd = today.compareTo(year + "-07-01") >= 0;
    completeEach("FileUnitReview", 2, (id, group) -> review(id, yearEnd
        ? Map.of("officialsListed", OFFICIALS.get(group)) : Map.of()));
    completeEach("FileUnionReview", 1, (id, group) -> review(id, Map.of()));
    completeEach("FileInspectionBoardReview", 1, (id, group) -> review(id, Map.of()));
    // III.3: the committee names the member who inspects (the task is then assigned to bcd).
    completeOne("SelectUnitsToInspect", script.selectInspections(List.of("phong-tuyen-truyen"),
        List.of(YearScript.COMMITTEE), YearScript.UNION_REPRESENTATIVE));
    completeOne("InspectUnit", script.inspection(today));
    // II.5.a: the union's report of the officials' sentiment is answered (cap-uy or lanh-dao).
    completeOne("AnswerUnionSentiment", script.answerUnionSentiment());
    // I.2: the Party cell assesses how QCDC was led in the period.
    completeOne("ReviewPartyLeadership", YearScript.partyCellReview());
    completeOne("ReviewRegulations", script.regulations());
    completeOne("ReportLeadershipExample", script.leadershipExample());
  }

  /** After ConsolidateReviews: approval and submission. */
  public void report(String number, String today) {
    completeOne("ApproveReport", script.approveReport());
    completeOne("SubmitReport", script.submitReport(number, today));
  }

  /** Leadership confirms each unit's proposed rating. */
  public void ratings() {
    for (String id : awaitOpen("ConfirmRating", 2)) {
      completeTask(id, YearScript.actor("ConfirmRating").user(), script.confirmRating(
          String.valueOf(taskVariable(id, "proposedRating"))));
    }
  }

  public void awaitFinished() {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (cycleFinished()) {
        return;
      }
      waiting();
      pause(300);
    }
    throw new AssertionError("The cycle " + businessKey() + " did not finish");
  }

  /**
   * A review's values: the figures as the form shows them pre-filled (task-local variables
   * declared by the form catalog), the unit's own texts, then {@code extra}.
   */
  Map<String, Object> review(String taskId, Map<String, Object> extra) {
    Map<String, Object> local = taskLocalVariables(taskId);
    Map<String, Object> values = YearScript.review(String.valueOf(taskVariable(taskId,
        "unitKind")), local::get);
    values.putAll(extra);
    return values;
  }

  // ------------------------------------------------------------ mechanics

  public void completeOne(String key, Map<String, Object> values) {
    completeAll(key, 1, group -> values);
  }

  /** Waits until {@code count} tasks of the key are open, then completes each as its group. */
  public void completeAll(String key, int count, Function<String, Map<String, Object>> values) {
    completeEach(key, count, (id, group) -> values.apply(group));
  }

  /** As {@link #completeAll}, the values made from the task id and its group. */
  public void completeEach(String key, int count,
      BiFunction<String, String, Map<String, Object>> values) {
    YearScript.Actor actor = YearScript.actor(key);
    for (String id : awaitOpen(key, count)) {
      String group = candidateGroup(id);
      String user = actor.user() != null ? actor.user()
          : memberOf(actor.group() != null ? actor.group() : group);
      completeTask(id, user, values.apply(id, group));
    }
  }

  /** Who acts for a group: its first member by id in the organisation (looked up once). */
  String memberOf(String group) {
    return members.computeIfAbsent(group, g -> {
      String found = firstMember(g);
      if (found == null) {
        throw new AssertionError("No member of " + g + " in the organisation");
      }
      return found;
    });
  }

  /** Waits until {@code count} tasks of the key are open; their ids. */
  List<String> awaitOpen(String key, int count) {
    return await(key, count, () -> openTaskIds(key));
  }

  /** Polls until the list holds {@code count} items. */
  <T> List<T> await(String key, int count, Supplier<List<T>> poll) {
    // Generous: a node restarted after a kill on a loaded 2-core CI machine can take minutes
    // before its job executor fires the timers the clock move made due.
    long deadline = System.nanoTime() + Duration.ofSeconds(360).toNanos();
    List<T> found = List.of();
    while (System.nanoTime() < deadline) {
      found = poll.get();
      if (found.size() >= count) {
        return found;
      }
      waiting();
      pause(250);
    }
    throw new AssertionError("Expected " + count + " open " + key + " of " + businessKey()
        + ", found " + found.size());
  }

  private void completeTask(String taskId, String user, Map<String, Object> values) {
    submitAs(taskId, user, values);
    submitted++;
  }

  void pause(long millis) {
    long t0 = System.nanoTime();
    AppNode.sleep(millis);
    sleptNanos += System.nanoTime() - t0;
  }
}
