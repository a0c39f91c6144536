package vn.qcdc.flow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.cycle.AnnualCycleRepository;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.organisation.Agencies;
import vn.qcdc.flow.organisation.InspectionBoard;
import vn.qcdc.flow.tenancy.AgencyContext;
import vn.qcdc.flow.year.JavaHand;
import vn.qcdc.flow.year.ScriptedYear;
import vn.qcdc.flow.year.YearScript;

/**
 * The demo profile's living system, a small bloc: the first agency (Ban Tuyên giáo Thành ủy)
 * and the two of {@code organisation/demo-agencies} (Ban Dân vận, Ban Tổ chức), each with a
 * finished 2021 cycle in history and a 2022 cycle in progress, created at start-up once (an
 * agency's year whose cycle exists is skipped, so a restart adds nothing). Each agency's own
 * users work the year's script ({@link YearScript}) through the Java API, the engine clock set
 * to the days of 2021 and 2022, then reset; the agencies go through each year side by side, step
 * by step on the same days, each step in its agency ({@link AgencyContext}, set outside any
 * transaction).
 *
 * <p>2021, in every agency: the plan with the units leading its key tasks, every unit's
 * dissemination and proposals, the conference, both reviews with the inspections done by the
 * members the committee named and the Party secretary's answer to the union, both reports sent
 * on time (01-BC and 02-BC), the ratings. In the first agency the conference also elects the
 * People's Inspection Board (the board's group follows the election from then on).
 *
 * <p>2022: Ban Dân vận and Ban Tổ chức are on time: their six-month reports (01-BC/BDVTU,
 * 01-BC/BTCTU) were sent on 25/06/2022, every unit has filed its year-end review and the year-end
 * report awaits the head's approval. The first agency is the late one: its year stops after the
 * dissemination deadline, so its six-month report was never made: seven units have recorded
 * their meeting, Phòng Tuyên truyền is late (its own dissemination task is still open, and the
 * steering committee's follow-up task "Đôn đốc Phòng Tuyên truyền quán triệt" is open, with the
 * reminder and escalation notices), four units have sent their proposals and three have not, so
 * the conference cannot be held. Three of its units recorded a meeting at which QCDC documents
 * were covered since (the Party cell's themed session, the union's meeting, Phòng Lý luận's
 * meeting). (The browser test works Phòng Tuyên truyền's open dissemination task.)
 *
 * <p>What is open is user tasks only, with no timer left in the cycles that the job executor
 * would fire under today's clock. The year-round processes the demo cycles start (disclosure,
 * dialogue, monthly key tasks) are cancelled: their timers in 2021/2022 would all fire at once
 * under today's clock.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoData implements ApplicationRunner {

  static final int FINISHED_YEAR = 2021;
  static final int RUNNING_YEAR = 2022;
  /** The first agency's unit that is late in the 2022 dissemination. */
  static final String LATE_UNIT = "phong-tuyen-truyen";
  static final List<String> PROPOSALS_SENT = List.of("phong-tong-hop", "phong-ly-luan",
      "phong-bao-chi", "cong-doan");

  /**
   * A demo agency of organisation/demo-agencies: its code, the prefix of its unit codes and
   * user ids, and its units that play the parts the script gives the first agency's
   * departments (who sends the report, leads the key tasks, is inspected).
   */
  record DemoAgency(String code, String prefix, Map<String, String> units) {
  }

  /** The other agencies of the demo bloc, on time in 2022 (the first agency is the late one). */
  static final List<DemoAgency> ON_TIME = List.of(
      new DemoAgency("bdvtu", "dv-", Map.of(
          "phong-tong-hop", "dv-van-phong",
          "phong-tuyen-truyen", "dv-phong-dan-van-chinh-quyen",
          "phong-ly-luan", "dv-phong-dan-toc-ton-giao",
          "phong-bao-chi", "dv-phong-mat-tran-doan-the")),
      new DemoAgency("btctu", "tc-", Map.of(
          "phong-tuyen-truyen", "tc-phong-to-chuc-dang",
          "phong-ly-luan", "tc-phong-can-bo",
          "phong-bao-chi", "tc-phong-bao-ve-chinh-tri")));

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final ProcessEngine engine;
  private final CycleService cycles;
  private final AnnualCycleRepository cycleRecords;
  private final InspectionBoard board;
  private final Agencies agencies;

  public DemoData(ProcessEngine engine, CycleService cycles, AnnualCycleRepository cycleRecords,
      InspectionBoard board, Agencies agencies) {
    this.engine = engine;
    this.cycles = cycles;
    this.cycleRecords = cycleRecords;
    this.board = board;
    this.agencies = agencies;
  }

  @Override
  public void run(ApplicationArguments args) {
    create();
  }

  /** The demo bloc's agencies present in this installation, the first (late) one first. */
  List<DemoAgency> bloc() {
    List<DemoAgency> bloc = new ArrayList<>();
    bloc.add(new DemoAgency(agencies.defaultCode(), "", Map.of()));
    ON_TIME.stream().filter(a -> agencies.exists(a.code())).forEach(bloc::add);
    return bloc;
  }

  /** Creates what is missing; returns how many agencies' years it created. */
  public synchronized int create() {
    List<DemoAgency> need2021 = missing(FINISHED_YEAR);
    List<DemoAgency> need2022 = missing(RUNNING_YEAR);
    if (need2021.isEmpty() && need2022.isEmpty()) {
      LOG.info("Demo data present (cycles {} and {} of {} agencies): nothing created",
          FINISHED_YEAR, RUNNING_YEAR, bloc().size());
      return 0;
    }
    long started = System.nanoTime();
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getJobExecutor();
    boolean wasActive = executor != null && executor.isActive();
    if (wasActive) {
      // The executor would fire the demo years' timers while the clock is moved.
      executor.shutdown();
    }
    try {
      if (!need2021.isEmpty()) {
        finishedYear(years(FINISHED_YEAR, need2021));
      }
      if (!need2022.isEmpty()) {
        runningYear(years(RUNNING_YEAR, need2022));
      }
    } finally {
      ClockUtil.reset();
      if (wasActive) {
        executor.start();
      }
    }
    LOG.info("Demo data created in {} s: cycle {} finished in {}, cycle {} in progress in {}"
        + " ({} late: in dissemination, {} late, no six-month report)",
        (System.nanoTime() - started) / 1_000_000_000, FINISHED_YEAR, codes(need2021),
        RUNNING_YEAR, codes(need2022), agencies.defaultCode(), LATE_UNIT);
    return need2021.size() + need2022.size();
  }

  private List<DemoAgency> missing(int year) {
    return bloc().stream().filter(a -> !AgencyContext.call(a.code(),
        () -> cycleRecords.existsById(year))).toList();
  }

  private static List<String> codes(List<DemoAgency> bloc) {
    return bloc.stream().map(DemoAgency::code).toList();
  }

  private Map<DemoAgency, ScriptedYear> years(int year, List<DemoAgency> bloc) {
    Map<DemoAgency, ScriptedYear> years = new LinkedHashMap<>();
    for (DemoAgency a : bloc) {
      years.put(a, new ScriptedYear(engine, new JavaHand(engine, cycles), year, a.code(),
          a.prefix(), a.units()));
    }
    return years;
  }

  /** One step of the year in each agency in turn, each in its own agency. */
  private static void each(Map<DemoAgency, ScriptedYear> years,
      BiConsumer<DemoAgency, ScriptedYear> step) {
    years.forEach((a, y) -> AgencyContext.run(a.code(), () -> step.accept(a, y)));
  }

  private boolean first(DemoAgency a) {
    return a.code().equals(agencies.defaultCode());
  }

  /** The agency's symbol on its documents (01-BC/BTGTU). */
  private String symbol(DemoAgency a) {
    return agencies.of(a.code()).getAgency().getShortName();
  }

  /** II.3: the head names the unit that leads each of the year's key tasks from above. */
  private static void planWithOwners(ScriptedYear y) {
    y.start();
    y.draftAndApprovePlanWithOwners(Arrays.stream(YearScript.KEY_TASK_OWNERS)
        .map(y::local).toArray(String[]::new));
  }

  /** Every unit asked sends its proposals: the first agency's as scripted, elsewhere the union. */
  private static void proposals(DemoAgency a, ScriptedYear y) {
    if (a.prefix().isEmpty() && a.units().isEmpty()) {
      y.allProposals();
      return;
    }
    for (Task task : y.tasks("SubmitProposals")) {
      String unit = y.candidateGroup(task);
      y.submitProposals(unit, unit.equals(y.local("cong-doan")) ? YearScript.UNION_PROPOSALS
          : null);
    }
  }

  /**
   * The conference of an agency made after the first: all but two of the officials it convened
   * (the form's figure, from its units' headcounts) attend, all but two of them in favour.
   */
  private void conference(ScriptedYear y) {
    Task task = y.task("RecordConference");
    int total = ((Number) engine.getTaskService().getVariable(task.getId(), "totalOfficials"))
        .intValue();
    y.recordConference(total, total - 2, total - 4);
  }

  private void finishedYear(Map<DemoAgency, ScriptedYear> years) {
    each(years, (a, y) -> planWithOwners(y));
    each(years, (a, y) -> {
      y.clock(1, 20);
      y.disseminateAll(5);
      proposals(a, y);
      y.runDueJobs();
    });
    each(years, (a, y) -> {
      y.clock(2, 25);
      y.answerAllProposals();
    });
    each(years, (a, y) -> {
      y.clock(3, 10);
      if (first(a)) {
        // The conference elects the People's Inspection Board for 2021-2023 (Nghị định
        // 04/2015 Điều 5); the board's group follows the election from then on.
        Map<String, Object> conference = new HashMap<>(y.script().conference(y.engineToday()));
        conference.putAll(YearScript.boardElection(boardElected(), LocalDate.of(FINISHED_YEAR,
            3, 10)));
        y.recordConference(conference);
      } else {
        conference(y);
      }
      y.issueWorkPlan();
    });
    each(years, (a, y) -> {
      y.clock(6, 15);
      y.runDueJobs();
    });
    each(years, (a, y) -> {
      y.clock(6, 25);
      y.wholeReview("01-BC/" + symbol(a));
    });
    each(years, (a, y) -> {
      y.clock(11, 20);
      y.runDueJobs();
    });
    each(years, (a, y) -> {
      y.clock(11, 30);
      y.wholeReview("02-BC/" + symbol(a));
    });
    each(years, (a, y) -> {
      y.clock(12, 20);
      y.confirmRatings();
    });
    acceptReceipts(years.values().iterator().next());
    cancelYearRoundWork(FINISHED_YEAR);
  }

  /**
   * Who the 2021 conference elects to the board: its members in the organisation file who may
   * be elected (officials of a department or centre), then other such officials from the last
   * unit of the file up, three in all (the first departments' members, whom the browser tests
   * log in as members of one unit, stay out of the board).
   */
  List<String> boardElected() {
    Map<String, String> eligible = board.eligible();
    Set<String> elected = new LinkedHashSet<>();
    board.boardGroup().ifPresent(group -> engine.getIdentityService().createUserQuery()
        .memberOfGroup(group).orderByUserId().asc().list().stream()
        .map(u -> u.getId()).filter(eligible::containsKey).forEach(elected::add));
    List<String> others = new ArrayList<>(eligible.keySet());
    Collections.reverse(others);
    for (String official : others) {
      if (elected.size() < 3) {
        elected.add(official);
      }
    }
    return List.copyOf(elected);
  }

  private void runningYear(Map<DemoAgency, ScriptedYear> years) {
    Map<DemoAgency, ScriptedYear> late = new LinkedHashMap<>();
    Map<DemoAgency, ScriptedYear> onTime = new LinkedHashMap<>();
    years.forEach((a, y) -> (first(a) ? late : onTime).put(a, y));
    each(years, (a, y) -> planWithOwners(y));
    each(late, (a, y) -> {
      y.clock(1, 20);
      y.disseminateAll(5, LATE_UNIT);
      for (String unit : PROPOSALS_SENT) {
        y.submitProposals(unit, unit.equals("cong-doan") ? YearScript.UNION_PROPOSALS : null);
      }
    });
    each(onTime, (a, y) -> {
      y.clock(1, 20);
      y.disseminateAll(5);
      proposals(a, y);
      y.runDueJobs();
    });
    each(late, (a, y) -> {
      // Dissemination through the year (II.1, III.1): the meetings recorded so far.
      y.recordSession("bithu", 2, 8, "SINH_HOAT_CHUYEN_DE", 32,
          "Chuyên đề về thực hiện Quy chế dân chủ ở cơ sở trong Đảng bộ; Kế hoạch QCDC năm 2022.");
      y.recordSession("congdoan", 2, 10, "HOP_CONG_DOAN", 38,
          "Nghị định 04/2015/NĐ-CP; quy chế phối hợp giữa lãnh đạo Ban và Công đoàn.");
      y.recordSession("lyluan", 2, 14, "HOP_DON_VI", 6,
          "Kế hoạch thực hiện QCDC năm 2022 của Ban; Thông tư 01/2016/TT-BNV.");
      // The reminder (10/02) and, past 15/02, the escalation to the steering committee.
      y.clock(2, 17);
      y.runDueJobs();
    });
    // The agencies on time: the six-month report sent, the year-end review filed by every unit
    // and inspected; the report awaits the head's approval (no timer left: the units' review
    // timers end when the last unit files).
    each(onTime, (a, y) -> {
      y.clock(2, 25);
      y.answerAllProposals();
    });
    each(onTime, (a, y) -> {
      y.clock(3, 10);
      conference(y);
      y.issueWorkPlan();
    });
    each(onTime, (a, y) -> {
      y.clock(6, 15);
      y.runDueJobs();
    });
    each(onTime, (a, y) -> {
      y.clock(6, 25);
      y.wholeReview("01-BC/" + symbol(a));
    });
    each(onTime, (a, y) -> {
      y.clock(11, 20);
      y.runDueJobs();
    });
    each(onTime, (a, y) -> {
      y.clock(11, 30);
      y.fileAllReviews();
      y.reviewSideBranches(YearScript.INSPECTED);
      y.runDueJobs();
    });
    cancelYearRoundWork(RUNNING_YEAR);
  }

  /**
   * The bloc's bodies (bloc/) received every 2021 report and accepted it, each as a member of
   * the body; 2022's six-month reports wait in their Tasklist.
   */
  private void acceptReceipts(ScriptedYear y) {
    for (var task : engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKeyLike("KHOI-" + FINISHED_YEAR + "-%")
        .taskDefinitionKey("ReceiveReport").list()) {
      y.submit(task, y.memberOf(y.candidateGroup(task)), Map.of("receiptDecision", "accept"));
    }
  }

  private void cancelYearRoundWork(int year) {
    for (var instance : engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("QCDC-" + year + "-%").list()) {
      engine.getRuntimeService().deleteProcessInstance(instance.getId(),
          "Dữ liệu minh họa: chỉ gồm chu kỳ năm " + year, true, true);
    }
  }
}
