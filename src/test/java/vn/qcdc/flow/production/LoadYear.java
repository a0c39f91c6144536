package vn.qcdc.flow.production;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.qcdc.flow.year.YearScript;

/**
 * One cycle of the benchmark's load: the bench agency's whole year through REST, as its users
 * would drive it, every Tasklist query and every completion timed. The node's clock stands
 * after the year, so every timer of the year is due: the node's job executor sends the
 * dissemination's reminders and escalations, fires the two reviews, runs consolidation, report
 * generation and sending. The driver waits for what the jobs create, as a user reloading the
 * Tasklist would. The values and who gives them are the year's script ({@link YearScript}),
 * at the bench agency's scale (every third unit has proposals, every unit is late).
 */
final class LoadYear {

  static final String COMMITTEE = YearScript.COMMITTEE;
  static final String HEAD = YearScript.HEAD;
  static final String GENERAL_AFFAIRS = YearScript.GENERAL_AFFAIRS;

  /** How long the driver waits for a job's result (a task) before it calls the cycle stuck. */
  static final Duration PATIENCE = Duration.ofSeconds(300);

  final RemoteYear year;
  final int units;
  final Timings timings;
  final String y;
  /** The year's values and who does each task: the one script of the demo and the tests. */
  final YearScript script;
  /**
   * The agency (its tenant) whose year this is, or null for the only one: the
   * administrator's queries of the engine (jobs, history) name it, since every agency's cycle
   * of a year has the same business key.
   */
  final String agency;
  /** The prefix of the agency's unit codes and person ids ("" for the first agency). */
  final String prefix;
  /** The agency's document symbol (agency.short-name). */
  final String symbol;
  /**
   * The whole year (true), or up to the mid-year report sent (false: the plan, dissemination,
   * proposals, conference, work plan and the six-month review with its report approved,
   * numbered and sent by the SendReport job).
   */
  boolean wholeYear = true;

  /** The samples of the whole load, shared by every cycle. */
  record Timings(List<Long> queries, List<Long> completions) {
  }

  LoadYear(RemoteYear year, int units, Timings timings) {
    this(year, units, timings, null, "", "CQTT");
  }

  /** Another agency's year (issue 16): its groups and people carry {@code prefix}. */
  LoadYear(RemoteYear year, int units, Timings timings, String agency, String prefix,
      String symbol) {
    this.agency = agency;
    this.prefix = prefix;
    this.symbol = symbol;
    this.year = year;
    this.units = units;
    this.timings = timings;
    this.y = year.businessKey().substring(5);
    this.script = new YearScript(year.year());
  }

  /** The i-th unit (from 1); the first is general affairs, which every agency must have. */
  static String unit(int i) {
    return ProductionBenchmark.unit(i);
  }

  static String member(String unit) {
    return "u" + unit;
  }

  /** The agency's id of a unit, group or person of the bench agency. */
  String p(String id) {
    return prefix + id;
  }

  /** The tenant filter of the administrator's engine queries ("" for the only agency). */
  String tenant() {
    return agency == null ? "" : "&tenantIdIn=" + agency;
  }

  /** Units that send proposals (every third, two lines each): the answers leadership gives. */
  int proposals() {
    return 2 * (units / 3);
  }

  /**
   * The whole year, from the start of the cycle until its instance is finished (or, without
   * {@link #wholeYear}, until the six-month report is sent).
   */
  void run() {
    JsonNode started = year.post("/api/cycles", p(COMMITTEE),
        Map.of("year", Integer.parseInt(y)));
    if (!started.has("processInstanceId")) {
      throw new AssertionError(started.toString());
    }
    // The committee writes the legal basis (none is configured for a year before 2015).
    Map<String, Object> draft = script.draftPlan();
    draft.put("legalBasis", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15");
    complete("DraftPlan", p("ban-chi-dao"), p(COMMITTEE), draft);
    complete("ApprovePlan", p("lanh-dao"), p(HEAD), script.approvePlan(p(unit(1)), p(unit(2)),
        p(unit(3))));
    // The units' proposals, while the node fires the dissemination's reminders and, its
    // deadline of 15/02 being long past, its escalations.
    for (int i = 1; i <= units; i++) {
      String code = p(unit(i));
      complete("SubmitProposals", code, member(code), YearScript.proposalsText(i % 3 == 0
          ? YearScript.PROPAGANDA_PROPOSALS : null));
    }
    // Every unit is late: the committee follows each up, then each records its meeting. Both
    // wait until the timers due have run, as on a working day after the deadline: a user
    // completing a unit's task while a timer of the same unit fires would make the one that
    // loses the race (mostly the job) fail, and a failed reminder job waits five minutes
    // (R3/PT5M) before its retry, holding the first half of the year up that long.
    awaitJobs("qcdc-dissemination");
    completeEvery("FollowUpLateUnit", p("ban-chi-dao"), p(COMMITTEE), units,
        id -> script.followUpLateUnit());
    for (int i = 1; i <= units; i++) {
      String code = p(unit(i));
      complete("RecordDissemination", code, member(code), script.dissemination(y + "-03-05",
          6));
    }
    // After the CompileProposals job.
    completeEvery("AnswerProposal", p("lanh-dao"), p(HEAD), proposals(),
        id -> script.answerProposal());
    complete("RecordConference", p("ban-chi-dao"), p(COMMITTEE), script.conference(y + "-03-20",
        8L * units + 2, 7L * units + 2, 6L * units + 2));
    complete("IssueWorkPlan", p("lanh-dao"), p(HEAD), script.workPlan());
    // The mid-year review starts when its timer fires (due on 15/06, long past).
    review(false, y + "-06-25", "01-BC/" + symbol, y + "-07-05");
    if (!wholeYear) {
      awaitSent(1);
      return;
    }
    // The year-end review's timer fires once the mid-year review has sent its report.
    review(true, y + "-11-28", "02-BC/" + symbol, y + "-12-10");
    // The emulation rating of every unit, confirmed as the decision table proposed it.
    completeEvery("ConfirmRating", p("lanh-dao"), p(HEAD), units, id -> script.confirmRating(
        year.get("/engine-rest/task/" + id + "/variables/proposedRating", p(HEAD))
            .get("value").asText()));
    awaitFinished();
  }

  /**
   * A review: every unit files with the figures its form shows pre-filled (at the year end
   * listing two officials for the emulation rating); the committee picks two units and
   * inspects them; general affairs reviews the regulations, leadership reports its example;
   * then (ConsolidateReviews and GenerateReport jobs) leadership approves the report and
   * general affairs numbers and submits it (SendReport job).
   */
  void review(boolean yearEnd, String inspected, String number, String issued) {
    for (int i = 1; i <= units; i++) {
      String code = p(unit(i));
      int n = i;
      complete("FileUnitReview", code, member(code), id -> {
        Map<String, Object> values = prefilled(id, member(code));
        if (yearEnd) {
          values.put("officialsListed", "Nguyễn Văn An " + n + "; 95; không\nTrần Thị Bình "
              + n + "; 80; không");
        }
        return values;
      });
    }
    List<String> chosen = units >= 3
        ? List.of(p(unit(yearEnd ? 3 : 2)), p(unit(units))) : List.of(p(unit(1)));
    // III.3: each chosen unit is assigned to a named member of the committee (here bcd).
    complete("SelectUnitsToInspect", p("ban-chi-dao"), p(COMMITTEE), script.selectInspections(
        chosen, List.of(p(COMMITTEE)), null));
    completeEvery("InspectUnit", p("ban-chi-dao"), p(COMMITTEE), chosen.size(),
        id -> script.inspection(inspected));
    // I.2: the Party cell assesses how QCDC was led in the period.
    complete("ReviewPartyLeadership", p("cap-uy"), p(YearScript.PARTY_SECRETARY),
        YearScript.partyCellReview());
    complete("ReviewRegulations", p(GENERAL_AFFAIRS), member(p(GENERAL_AFFAIRS)),
        script.regulations());
    complete("ReportLeadershipExample", p("lanh-dao"), p(HEAD), script.leadershipExample());
    complete("ApproveReport", p("lanh-dao"), p(HEAD), script.approveReport());
    // The form shows the number the register holds for the report (issue 14); the load's
    // years all run at one engine date, so it is not the cycle's own 01/02.
    complete("SubmitReport", p(GENERAL_AFFAIRS), member(p(GENERAL_AFFAIRS)),
        id -> script.submitReport(year.get("/engine-rest/task/" + id + "/form-variables",
            member(p(GENERAL_AFFAIRS)))
            .path("documentNumber").path("value").asText(number), issued));
  }

  /**
   * A review form's values as the unit sees them (the form's variables, read as the unit's
   * member, as Tasklist does): the figures pre-filled by the application (0 where none), and
   * the unit's own texts.
   */
  Map<String, Object> prefilled(String taskId, String user) {
    JsonNode shown = year.get("/engine-rest/task/" + taskId + "/form-variables", user);
    String kind = shown.path("unitKind").path("value").asText();
    if (kind.isEmpty()) {
      throw new AssertionError("No unitKind among the form variables of " + taskId + ": "
          + shown);
    }
    return YearScript.review(kind, key -> {
      JsonNode figure = shown.path(key).path("value");
      return figure.isNumber() ? figure.asLong() : null;
    });
  }

  // ------------------------------------------------------------ mechanics

  void complete(String key, String group, String user, Map<String, Object> values) {
    complete(key, group, user, id -> values);
  }

  /**
   * The user's Tasklist query (the group's tasks of this cycle with this key), repeated until
   * the task is there (a job may still have to create it), then claim and submit-form.
   */
  void complete(String key, String group, String user,
      Function<String, Map<String, Object>> values) {
    long t0 = System.nanoTime();
    long deadline = t0 + PATIENCE.toNanos();
    JsonNode found = query(key, group, user);
    while (found.size() == 0 && System.nanoTime() < deadline) {
      AppNode.sleep(250);
      found = query(key, group, user);
    }
    if (found.size() == 0) {
      throw new AssertionError("No " + key + " for " + group + " in " + year.businessKey()
          + " after " + PATIENCE.toSeconds() + " s; open: " + openTasks());
    }
    long waited = (System.nanoTime() - t0) / 1_000_000_000;
    if (waited >= 20) {
      // A long wait is a job that failed and waits for its retry: say so, it explains the
      // cycle's time.
      System.out.println("[bench] load: " + year.businessKey() + " waited " + waited
          + " s for " + key);
    }
    submit(found.get(0).get("id").asText(), user, values);
  }

  /**
   * Every task of the key offered to the group, one after the other, each after a fresh
   * query (Tasklist reloads its list after a completion): waits for the first when
   * {@code expected} is positive, and checks how many there were unless it is negative.
   */
  void completeEvery(String key, String group, String user, int expected,
      Function<String, Map<String, Object>> values) {
    int done = 0;
    if (expected > 0) {
      complete(key, group, user, values);
      done++;
    }
    for (JsonNode found = query(key, group, user); found.size() > 0;
        found = query(key, group, user)) {
      submit(found.get(0).get("id").asText(), user, values);
      done++;
    }
    if (expected >= 0 && done != expected) {
      throw new AssertionError(done + " " + key + " in " + year.businessKey() + ", expected "
          + expected);
    }
  }

  JsonNode query(String key, String group, String user) {
    long t0 = System.nanoTime();
    JsonNode found = year.get("/engine-rest/task?processInstanceBusinessKey="
        + year.businessKey() + "&taskDefinitionKey=" + key + "&candidateGroup=" + group
        + "&includeAssignedTasks=true&sortBy=created&sortOrder=asc&maxResults=50", user);
    timings.queries().add((System.nanoTime() - t0) / 1_000_000);
    if (!found.isArray()) {
      throw new AssertionError("Tasklist query of " + user + ": " + found);
    }
    return found;
  }

  void submit(String taskId, String user, Function<String, Map<String, Object>> values) {
    Map<String, Object> v = values.apply(taskId);
    long t0 = System.nanoTime();
    year.submit(taskId, user, v);
    timings.completions().add((System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * Waits (not timed: the node's work, not a user's) until the cycle's instance of the process
   * has no job left that is due: the timers the clock made due have fired.
   */
  void awaitJobs(String processKey) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String instance = null;
    while (System.nanoTime() < deadline) {
      if (instance == null) {
        JsonNode found = year.get("/engine-rest/process-instance?processDefinitionKey="
            + processKey + "&businessKey=" + year.businessKey() + tenant(), "admin");
        instance = found.size() == 1 ? found.get(0).get("id").asText() : null;
      }
      if (instance != null && year.get("/engine-rest/job/count?processInstanceId=" + instance
          + "&executable=true", "admin").path("count").asInt() == 0) {
        return;
      }
      AppNode.sleep(250);
    }
    throw new AssertionError("The jobs of " + processKey + " in " + year.businessKey()
        + " did not run in " + PATIENCE.toSeconds() + " s");
  }

  /**
   * Waits until the agency's SendReport job has run {@code reports} times (its tenant's
   * history; the benchmark runs one year per agency on a fresh database).
   */
  void awaitSent(int reports) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (year.get("/engine-rest/history/activity-instance/count?activityId=SendReport"
          + "&finished=true" + tenant(), "admin").path("count").asInt() >= reports) {
        return;
      }
      AppNode.sleep(250);
    }
    throw new AssertionError("The report of " + year.businessKey() + tenant() + " was not sent"
        + " in " + PATIENCE.toSeconds() + " s; open: " + openTasks());
  }

  void awaitFinished() {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode count = year.get("/engine-rest/history/process-instance/count?"
          + "processDefinitionKey=qcdc-annual-cycle&processInstanceBusinessKey="
          + year.businessKey() + "&finished=true" + tenant(), "admin");
      if (count.path("count").asInt() == 1) {
        return;
      }
      AppNode.sleep(250);
    }
    throw new AssertionError("The cycle " + year.businessKey() + " did not finish; open: "
        + openTasks());
  }

  /** The open tasks of the cycle, for a message. */
  String openTasks() {
    StringBuilder out = new StringBuilder();
    for (JsonNode t : year.get("/engine-rest/task?processInstanceBusinessKey="
        + year.businessKey() + tenant(), "admin")) {
      out.append(t.path("taskDefinitionKey").asText()).append(' ');
    }
    return out.toString().strip();
  }
}
