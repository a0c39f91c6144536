package vn.qcdc.flow.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.tenancy.AgencyContext;
import vn.qcdc.flow.PlanRules;
import vn.qcdc.flow.ScheduleProperties;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Facts;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.review.YearKeyTasks;

/** The year's plan (III.2): drafted by the steering committee, approved by leadership. */
@Service
public class PlanService {

  private final AnnualPlanRepository plans;
  private final PlanRules rules;
  private final ScheduleProperties schedule;
  private final YearOverYear lastYear;
  private final YearKeyTasks yearKeyTasks;
  private final ObjectProvider<ReviewStarts> reviewStarts;

  private final AgencyContext agencies;

  public PlanService(AnnualPlanRepository plans, PlanRules rules, ScheduleProperties schedule,
      YearOverYear lastYear, YearKeyTasks yearKeyTasks, AgencyContext agencies,
      ObjectProvider<ReviewStarts> reviewStarts) {
    this.agencies = agencies;
    this.reviewStarts = reviewStarts;
    this.yearKeyTasks = yearKeyTasks;
    this.plans = plans;
    this.rules = rules;
    this.schedule = schedule;
    this.lastYear = lastYear;
  }

  /**
   * What the drafting form starts from: last year's plan when one exists,
   * else the documents of plan II.1, and the configured schedule.
   */
  void prefill(int year, DelegateExecution execution) {
    Optional<AnnualPlan> last = plans.findById(year - 1);
    String documents = last.map(AnnualPlan::getDocuments)
        .orElseGet(() -> String.join("\n", rules.defaultDocuments()))
        .replace("{year}", String.valueOf(year))
        .replace("năm " + (year - 1), "năm " + year);
    execution.setVariable("planTitle", "Kế hoạch thực hiện quy chế dân chủ ở cơ sở năm " + year);
    execution.setVariable("legalBasis", rules.legalBasisFor(year));
    execution.setVariable("planDocuments", documents);
    execution.setVariable("yearKeyTasks", last.map(AnnualPlan::getKeyTasks).orElse(null));
    // Issue 14 item 7 (II.2.b): last year's conference resolution and the key tasks it left
    // unfinished, shown to the drafters; the unfinished ones are carried into the plan.
    String resolution = lastYear.resolution(year - 1);
    execution.setVariable("previousResolution", resolution == null
        ? "Năm " + (year - 1) + " chưa có Nghị quyết Hội nghị cán bộ, công chức được ghi nhận."
        : resolution);
    List<String> unfinished = lastYear.unfinishedKeyTasks(year - 1);
    execution.setVariable("carriedKeyTasks", unfinished.isEmpty()
        ? "Không có nhiệm vụ trọng tâm năm " + (year - 1) + " chưa hoàn thành."
        : String.join("\n", unfinished));
    LocalDate from = Clock.today().getYear() == year ? Clock.today() : LocalDate.of(year, 1, 1);
    LocalDate due = from.plus(schedule.disseminationDuration());
    if (due.getYear() != year) {
      due = LocalDate.of(year, 12, 31);
    }
    execution.setVariable("disseminationDueDate", due.toString());
    execution.setVariable("midYearReviewStart", Clock.startOfDay(reviewStart(year, false)));
    execution.setVariable("yearEndReviewStart", Clock.startOfDay(reviewStart(year, true)));
  }

  /** The bloc's derived day (ReviewStarts) when it sets one, else the agency's schedule. */
  LocalDate reviewStart(int year, boolean yearEnd) {
    ReviewStarts derived = reviewStarts.getIfAvailable();
    LocalDate day = derived == null ? null : derived.reviewStart(year, yearEnd);
    return day != null ? day : schedule.reviewStart(year, yearEnd);
  }

  /** Complete listener of DraftPlan. */
  public void recordDraft(DelegateTask task) {
    int year = Facts.year(task);
    FormInput in = FormInput.of(task);
    String title = in.text("planTitle", "Tên kế hoạch");
    String basis = in.text("legalBasis", "Căn cứ pháp lý");
    String documents = in.text("planDocuments", "Văn bản cần quán triệt");
    String keyTasks = in.text("yearKeyTasks", "Nhiệm vụ trọng tâm năm được giao");
    LocalDate due = in.dateInYear("disseminationDueDate", "Hạn hoàn thành quán triệt", year);
    in.require(title == null || title.length() <= 255, "«Tên kế hoạch» dài quá 255 ký tự.");
    in.refuseIfInvalid();
    AnnualPlan plan = plans.findById(year).orElseGet(() -> new AnnualPlan(agencies.agency(), year));
    plan.draft(title, basis, documents, keyTasks, due, Actors.of(task), Clock.now());
    plans.save(plan);
    DelegateExecution process = task.getExecution();
    process.setVariable("planTitle", title);
    process.setVariable("legalBasis", basis);
    process.setVariable("planDocuments", documents);
    process.setVariable("yearKeyTasks", keyTasks);
    // II.3: leadership names, on the approval form, the unit that leads each key task.
    yearKeyTasks.offerForApproval(process, keyTasks);
    process.setVariable("disseminationDueDate", due.toString());
    process.setVariable("planReturnReason", null);
  }

  /** Complete listener of ApprovePlan. */
  public void recordDecision(DelegateTask task) {
    int year = Facts.year(task);
    FormInput in = FormInput.of(task);
    FormInput.Decision decision = in.decision("planDecision", "planReturnReason", "Lý do trả lại");
    AnnualPlan plan = plans.findById(year).orElseThrow();
    List<String> titles = YearKeyTasks.lines(plan.getKeyTasks());
    List<String> owners = decision.approved() ? yearKeyTasks.readOwners(task, titles, in)
        : List.of();
    in.refuseIfInvalid();
    boolean approved = decision.approved();
    if (approved) {
      plan.approve(Actors.of(task), Clock.now());
      plans.save(plan);
      // II.3 (first point): the year's key tasks become tracked items with their leading unit.
      yearKeyTasks.assign(year, titles, owners, Actors.of(task));
    }
    task.getExecution().setVariable("planApproved", approved);
    task.getExecution().setVariable("planReturnReason", approved ? null : decision.reason());
  }
}
