package vn.qcdc.flow.conference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import vn.qcdc.flow.tenancy.AgencyContext;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Facts;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.organisation.InspectionBoard;
import vn.qcdc.flow.organisation.OrganisationRegistry;

/** The officials' conference (II.2): proposals, answers, the conference, the work plan. */
@Service
public class ConferenceService {

  static final List<String> ANSWER_KINDS = List.of("ACCEPTED", "EXPLAINED", "FORWARDED");

  private final ProposalRepository proposals;
  private final ConferenceSessionRepository sessions;
  private final WorkPlanRepository workPlans;
  private final MonthlyKeyTaskRepository monthlyTasks;
  private final OrganisationRegistry organisation;
  private final ConferenceRules rules;
  private final ApplicationEventPublisher events;
  private final InspectionBoard board;

  private final AgencyContext agencies;

  public ConferenceService(ProposalRepository proposals, ConferenceSessionRepository sessions,
      WorkPlanRepository workPlans, MonthlyKeyTaskRepository monthlyTasks,
      OrganisationRegistry organisation, ConferenceRules rules,
      ApplicationEventPublisher events, InspectionBoard board, AgencyContext agencies) {
    this.agencies = agencies;
    this.board = board;
    this.events = events;
    this.proposals = proposals;
    this.sessions = sessions;
    this.workPlans = workPlans;
    this.monthlyTasks = monthlyTasks;
    this.organisation = organisation;
    this.rules = rules;
  }

  /** Start listener: the officials to convene, and last year's resolution to build on. */
  void prepare(DelegateExecution execution) {
    int year = Facts.year(execution);
    execution.setVariable("totalOfficials", organisation.totalOfficials());
    execution.setVariable("conferenceAttempt", 0);
    execution.setVariable("conferenceRetryNote", null);
    // The People's Inspection Board's election (every two years): the board in force and the
    // officials who may be elected.
    execution.setVariable("boardInForce", board.describeInForce());
    try {
      execution.setVariable("boardCandidates", org.camunda.spin.plugin.variable.SpinValues
          .jsonValue(new com.fasterxml.jackson.databind.ObjectMapper()
              .writeValueAsString(board.candidates())).create());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    // Issue 14 item 7: the legal timing of the regular conference, by the rule in force on
    // 1 January of the cycle year; its last day becomes the due date of RecordConference.
    ConferenceRules.Timing timing = rules.timingFor(year);
    java.time.LocalDate latest = timing == null ? null : timing.latestIn(year);
    execution.setVariable("conferenceDueBy", latest == null ? null
        : vn.qcdc.flow.engine.Clock.startOfDay(latest.plusDays(1)));
    execution.setVariable("conferenceTimingBasis", timing == null
        ? "Chưa cấu hình quy định về thời điểm tổ chức hội nghị."
        : timing.text() + (latest == null ? "." : "; hạn chót: "
            + vn.qcdc.flow.engine.Formats.date(latest) + ".")
            + (timing.verified() ? "" : " (chưa đối chiếu văn bản gốc)"));
    workPlans.findById(year - 1).ifPresent(last ->
        execution.setVariable("annualWorkPlan", last.getAnnualPlan()));
    for (MonthlyKeyTask month : monthlyTasks.findByYearOrderByMonth(year - 1)) {
      execution.setVariable("keyTasksMonth" + month.getMonth(), month.getTasks());
    }
  }

  /** Complete listener of SubmitProposals: one record per line. */
  void recordProposals(DelegateTask task) {
    int year = Facts.year(task);
    String unit = Facts.text(task, "unitCode");
    FormInput in = FormInput.of(task);
    String text = in.optionalText("proposalsText", "Kiến nghị, đề xuất");
    boolean none = in.flag("noProposals");
    in.require(text != null || none,
        "Hãy nhập kiến nghị, hoặc đánh dấu «Đơn vị không có kiến nghị».");
    in.require(text == null || !none,
        "Đã nhập kiến nghị nhưng lại đánh dấu «Đơn vị không có kiến nghị»: hãy bỏ một trong hai.");
    in.refuseIfInvalid();
    proposals.deleteAll(proposals.findByYearAndUnitCode(year, unit));
    if (text == null) {
      return;
    }
    int seq = 0;
    for (String line : text.split("\\R")) {
      String content = line.strip().replaceFirst("^(?:[-•*]|\\d{1,2}[.)])\\s*", "").strip();
      if (!content.isEmpty()) {
        proposals.save(new Proposal(year, unit, ++seq, content, Actors.of(task), Clock.now()));
      }
    }
  }

  /** Service task CompileProposals: the count per unit, for leadership and the conference. */
  void compile(DelegateExecution execution) {
    int year = Facts.year(execution);
    List<Proposal> all = proposals.findByYearOrderByUnitCodeAscSeqAsc(year);
    Map<String, Long> perUnit = all.stream().collect(Collectors.groupingBy(
        Proposal::getUnitCode, LinkedHashMap::new, Collectors.counting()));
    StringBuilder summary = new StringBuilder("Tổng hợp " + all.size()
        + " kiến nghị, đề xuất gửi Hội nghị cán bộ, công chức năm " + year + ":");
    perUnit.forEach((unit, n) -> summary.append("\n- ").append(organisation.name(unit))
        .append(": ").append(n));
    execution.setVariable("proposalCount", all.size());
    execution.setVariable("proposalSummary", summary.toString());
  }

  /** Complete listener of AnswerProposal. */
  void recordAnswer(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String kind = in.choice("answerKind", "Hướng xử lý", ANSWER_KINDS);
    String text = in.text("answerText", "Nội dung trả lời");
    in.refuseIfInvalid();
    Proposal proposal = proposals.findById(Facts.text(task, "proposalId")).orElseThrow();
    proposal.answer(kind, text, Actors.of(task), Clock.now());
    proposals.save(proposal);
  }

  /**
   * Complete listener of RecordConference. Valid with at least the quorum
   * share of the officials present (2/3, Thông tư 01/2016/TT-BNV Điều 2); the
   * resolution passes with more than half of those present in favour.
   */
  void recordConference(DelegateTask task) {
    int year = Facts.year(task);
    FormInput in = FormInput.of(task);
    LocalDate date = in.dateInYear("conferenceDate", "Ngày tổ chức hội nghị", year);
    int total = in.count("totalOfficials", "Tổng số cán bộ, công chức được triệu tập", 1, 100000);
    int attendance = in.count("attendance", "Số người dự hội nghị", 0, Math.max(total, 0));
    int votesFor = in.count("votesFor", "Số người tán thành Nghị quyết", 0, attendance);
    String summary = in.text("resolutionSummary", "Nội dung chính của Nghị quyết Hội nghị");
    int num = rules.quorumNumerator();
    int den = rules.quorumDenominator();
    boolean quorum = (long) attendance * den >= (long) total * num;
    boolean adopted = quorum && votesFor * 2L > attendance;
    // The People's Inspection Board, elected by the conference every two years.
    InspectionBoard.Election election = null;
    if (in.flag("boardElected")) {
      LocalDate termStart = in.date("boardTermStart", "Nhiệm kỳ bắt đầu");
      LocalDate termEnd = in.date("boardTermEnd", "Nhiệm kỳ kết thúc");
      election = board.read(task.getVariable("boardMembers"), termStart, termEnd, date, in);
      in.require(quorum, "Hội nghị chưa đủ số người dự: chưa bầu được Ban Thanh"
          + " tra nhân dân.");
    }
    in.refuseIfInvalid();
    if (election != null) {
      board.record(election, year, date, Actors.of(task));
      task.getExecution().setVariable("boardInForce", board.describeInForce());
    }
    int attempt = Facts.number(task, "conferenceAttempt") + 1;
    sessions.save(new ConferenceSession(year, attempt, date, total, attendance, votesFor, quorum,
        adopted, summary, Actors.of(task), Clock.now()));
    DelegateExecution process = task.getExecution();
    process.setVariable("conferenceAttempt", attempt);
    process.setVariable("conferenceValid", adopted);
    String note = null;
    if (!quorum) {
      int needed = (int) Math.ceil((double) total * num / den);
      note = "Hội nghị lần " + attempt + " (" + Formats.date(date) + ") có " + attendance + "/"
          + total + " người dự, chưa đủ " + num + "/" + den + " (cần ít nhất " + needed
          + " người): phải tổ chức lại hội nghị.";
    } else if (!adopted) {
      note = "Nghị quyết Hội nghị lần " + attempt + " (" + Formats.date(date) + ") chỉ được "
          + votesFor + "/" + attendance + " người dự tán thành, chưa quá 50%: phải tổ chức lại"
          + " việc biểu quyết.";
    }
    process.setVariable("conferenceRetryNote", note);
  }

  /** Complete listener of IssueWorkPlan. */
  void recordWorkPlan(DelegateTask task) {
    int year = Facts.year(task);
    FormInput in = FormInput.of(task);
    String plan = in.text("annualWorkPlan", "Kế hoạch công tác năm");
    String[] months = new String[13];
    for (int m = 1; m <= 12; m++) {
      months[m] = in.text("keyTasksMonth" + m, "Nhiệm vụ trọng tâm tháng " + m);
    }
    in.refuseIfInvalid();
    WorkPlan workPlan = workPlans.findById(year).orElseGet(() -> new WorkPlan(agencies.agency(), year));
    workPlan.record(plan, Actors.of(task), Clock.now());
    workPlans.save(workPlan);
    Map<Integer, MonthlyKeyTask> existing = monthlyTasks.findByYearOrderByMonth(year).stream()
        .collect(Collectors.toMap(MonthlyKeyTask::getMonth, t -> t));
    for (int m = 1; m <= 12; m++) {
      MonthlyKeyTask month = existing.getOrDefault(m, new MonthlyKeyTask(year, m));
      month.setTasks(months[m]);
      monthlyTasks.save(month);
    }
    events.publishEvent(new WorkPlanIssued(year)); // keytasks starts the monthly process
  }
}
