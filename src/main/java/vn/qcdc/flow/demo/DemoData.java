package vn.qcdc.flow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.cycle.AnnualCycleRepository;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.organisation.InspectionBoard;
import vn.qcdc.flow.year.JavaHand;
import vn.qcdc.flow.year.ScriptedYear;
import vn.qcdc.flow.year.YearScript;

/**
 * The demo profile's living system: a finished 2021 cycle in history and a 2022 cycle in
 * progress, created at start-up once (a year whose cycle exists is skipped, so a restart adds
 * nothing). The demo users work the year's script ({@link YearScript}) through the Java API,
 * the engine clock set to the days of 2021 and 2022, then reset.
 *
 * <p>2021: the plan with the units leading its key tasks, every unit's dissemination and
 * proposals, the conference, which elects the People's Inspection Board (the board's group
 * follows the election from then on), both reviews with the inspections done by the members the
 * committee named and the Party secretary's answer to the union, the ratings.
 *
 * <p>2022 stops after the dissemination deadline: seven units have recorded their meeting,
 * Phòng Tuyên truyền is late (its own dissemination task is still open, and the steering
 * committee's follow-up task "Đôn đốc Phòng Tuyên truyền quán triệt" is open, with the
 * reminder and escalation notices), four units have sent their proposals and three have not.
 * Three units recorded a meeting at which QCDC documents were covered since (the Party cell's
 * themed session, the union's meeting, Phòng Lý luận's meeting). (The browser test works Phòng
 * Tuyên truyền's open dissemination task.) What is open is user tasks only, with no timer left
 * in the cycle that the job executor would fire under today's clock. The year-round processes
 * the demo cycles start (disclosure, dialogue, monthly key tasks) are cancelled: their timers
 * in 2021/2022 would all fire at once under today's clock.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoData implements ApplicationRunner {

  static final int FINISHED_YEAR = 2021;
  static final int RUNNING_YEAR = 2022;
  static final String LATE_UNIT = "phong-tuyen-truyen";
  static final List<String> PROPOSALS_SENT = List.of("phong-tong-hop", "phong-ly-luan",
      "phong-bao-chi", "cong-doan");
  /** The units the head names to lead the three key tasks of each demo year (II.3). */
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final ProcessEngine engine;
  private final CycleService cycles;
  private final AnnualCycleRepository cycleRecords;
  private final InspectionBoard board;

  public DemoData(ProcessEngine engine, CycleService cycles, AnnualCycleRepository cycleRecords,
      InspectionBoard board) {
    this.engine = engine;
    this.cycles = cycles;
    this.cycleRecords = cycleRecords;
    this.board = board;
  }

  @Override
  public void run(ApplicationArguments args) {
    create();
  }

  /** Creates what is missing; returns how many years it created. */
  public synchronized int create() {
    boolean need2021 = !cycleRecords.existsById(FINISHED_YEAR);
    boolean need2022 = !cycleRecords.existsById(RUNNING_YEAR);
    if (!need2021 && !need2022) {
      LOG.info("Demo data present (cycles {} and {}): nothing created", FINISHED_YEAR,
          RUNNING_YEAR);
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
    int created = 0;
    try {
      if (need2021) {
        finishedYear();
        created++;
      }
      if (need2022) {
        runningYear();
        created++;
      }
    } finally {
      ClockUtil.reset();
      if (wasActive) {
        executor.start();
      }
    }
    LOG.info("Demo data created in {} s: cycle {} finished, cycle {} in dissemination ({} late)",
        (System.nanoTime() - started) / 1_000_000_000, FINISHED_YEAR, RUNNING_YEAR, LATE_UNIT);
    return created;
  }

  private ScriptedYear year(int year) {
    return new ScriptedYear(engine, new JavaHand(engine, cycles), year);
  }

  private void finishedYear() {
    ScriptedYear y = year(FINISHED_YEAR);
    y.start();
    // II.3: the head names the unit that leads each of the year's key tasks from above.
    y.draftAndApprovePlanWithOwners(YearScript.KEY_TASK_OWNERS);
    y.clock(1, 20);
    y.disseminateAll(5);
    y.allProposals();
    y.runDueJobs();
    y.clock(2, 25);
    y.answerAllProposals();
    y.clock(3, 10);
    // The conference elects the People's Inspection Board for 2021-2023 (Nghị định 04/2015
    // Điều 5); the board's group follows the election from then on.
    Map<String, Object> conference = new HashMap<>(y.script().conference(y.engineToday()));
    conference.putAll(YearScript.boardElection(boardElected(), LocalDate.of(FINISHED_YEAR, 3,
        10)));
    y.recordConference(conference);
    y.issueWorkPlan();
    y.clock(6, 15);
    y.runDueJobs();
    y.clock(6, 25);
    y.wholeReview("01-BC/BTGTU");
    y.clock(11, 20);
    y.runDueJobs();
    y.clock(11, 30);
    y.wholeReview("02-BC/BTGTU");
    y.clock(12, 20);
    y.confirmRatings();
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

  private void runningYear() {
    ScriptedYear y = year(RUNNING_YEAR);
    y.start();
    y.draftAndApprovePlanWithOwners(YearScript.KEY_TASK_OWNERS);
    y.clock(1, 20);
    y.disseminateAll(5, LATE_UNIT);
    for (String unit : PROPOSALS_SENT) {
      y.submitProposals(unit, unit.equals("cong-doan") ? YearScript.UNION_PROPOSALS : null);
    }
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
    cancelYearRoundWork(RUNNING_YEAR);
  }

  private void cancelYearRoundWork(int year) {
    for (var instance : engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("QCDC-" + year + "-%").list()) {
      engine.getRuntimeService().deleteProcessInstance(instance.getId(),
          "Dữ liệu minh họa: chỉ gồm chu kỳ năm " + year, true, true);
    }
  }
}
