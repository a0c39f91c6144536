package vn.qcdc.flow.disclosure;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Facts;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.organisation.Roles;

/**
 * Financial disclosure (II.3.d, II.5.b): the listeners of qcdc-disclosure.bpmn. Each item of
 * the configured schedule is prepared by accounting, approved by leadership, published, and
 * supervised by the People's Inspection Board; an open question keeps it from closing.
 */
@Service
public class DisclosureService {

  public static final String PROCESS_KEY = "qcdc-disclosure";
  static final List<String> PUBLICATION_FORMS = List.of("NIEM_YET", "HOP_CO_QUAN",
      "VAN_BAN", "CONG_THONG_TIN");

  private final DisclosureRepository disclosures;
  private final DisclosureProperties properties;

  private final Roles roles;

  public DisclosureService(DisclosureRepository disclosures, DisclosureProperties properties,
      Roles roles) {
    this.roles = roles;
    this.disclosures = disclosures;
    this.properties = properties;
  }

  /** Start listener: the year's schedule and who does what. */
  void schedule(DelegateExecution execution) {
    execution.setVariable("disclosureItems", properties.schedule().stream()
        .map(DisclosureProperties.Item::code).toList());
    // The models released before 1.3.0 offer their tasks to these variables; the current
    // model names the roles themselves (${roles.leadership}...).
    execution.setVariable("accountingUnit", roles.getAccounting());
    execution.setVariable("leadershipGroup", roles.getLeadership());
    execution.setVariable("boardGroup", roles.getInspectionBoard());
  }

  /** Start listener of each DiscloseItem: its label and dates, in its own scope. */
  void itemScope(DelegateExecution execution) {
    int year = Facts.year(execution);
    DisclosureProperties.Item item = properties.item((String) execution.getVariable("itemCode"));
    LocalDate start = MonthDay.parse("--" + item.start()).atYear(year);
    execution.setVariableLocal("itemLabel", item.label() + " năm " + year);
    execution.setVariableLocal("itemStartAt", Clock.startOfDay(start));
    execution.setVariableLocal("itemDueAt",
        Clock.startOfDay(start.plusDays(properties.prepareDays())));
    execution.setVariableLocal("minPostingDays", properties.minPostingDays());
    execution.setVariableLocal("disclosureDecision", null);
    execution.setVariableLocal("openQuestion", false);
    execution.setVariableLocal("disclosureReturnReason", null);
    execution.setVariableLocal("boardQuestions", null);
  }

  private Disclosure of(DelegateTask task) {
    int year = Facts.year(task);
    String code = (String) task.getVariable("itemCode");
    return disclosures.findByYearAndItemCode(year, code).orElseGet(() -> new Disclosure(year,
        code, (String) task.getVariable("itemLabel")));
  }

  void prepare(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String budget = in.text("budgetFigures", "Ngân sách (dự toán được giao, nguồn kinh phí)");
    String spending = in.text("spendingFigures", "Tình hình chi tiêu");
    String salaries = in.text("salaryFigures", "Tiền lương");
    String bonuses = in.text("bonusFigures", "Tiền thưởng");
    String other = in.optionalText("entitlementFigures", "Các khoản chế độ khác");
    in.refuseIfInvalid();
    Disclosure d = of(task);
    d.prepare(budget, spending, salaries, bonuses, other, Actors.of(task), Clock.now());
    disclosures.save(d);
    // What leadership and the board read on their forms.
    task.getExecution().setVariable("disclosureSummary", "Ngân sách: " + budget
        + "\nChi tiêu: " + spending + "\nTiền lương: " + salaries + "\nTiền thưởng: " + bonuses
        + (other == null ? "" : "\nChế độ khác: " + other));
  }

  void approve(DelegateTask task) {
    FormInput in = FormInput.of(task);
    FormInput.Decision decision = in.decision("disclosureDecision", "disclosureReturnReason",
        "Lý do trả lại");
    in.refuseIfInvalid();
    Disclosure d = of(task);
    d.decide(decision.approved(), Actors.of(task), Clock.now());
    disclosures.save(d);
    task.getExecution().setVariable("disclosureDecision",
        decision.approved() ? "approve" : "return");
    task.getExecution().setVariable("disclosureReturnReason", decision.reason());
  }

  void publish(DelegateTask task) {
    int min = properties.minPostingDays();
    FormInput in = FormInput.of(task);
    String form = in.choice("publicationForm", "Hình thức công khai", PUBLICATION_FORMS);
    String place = in.text("publicationPlace", "Địa điểm công khai");
    LocalDate on = in.date("publishedOn", "Ngày công khai");
    boolean posted = "NIEM_YET".equals(form);
    int days = posted ? in.count("postedDays", "Số ngày niêm yết", min, 366) : 0;
    in.require(on == null || !on.isAfter(Clock.today()),
        "«Ngày công khai» không được sau ngày hôm nay.");
    in.refuseIfInvalid();
    Disclosure d = of(task);
    d.publish(form, place, on, days, Clock.now());
    disclosures.save(d);
  }

  void supervise(DelegateTask task) {
    FormInput in = FormInput.of(task);
    boolean raised = in.flag("questionsRaised");
    String questions = in.optionalText("boardQuestions", "Câu hỏi, kiến nghị");
    in.require(!raised || questions != null, "Khi có câu hỏi phải ghi «Câu hỏi, kiến nghị».");
    in.refuseIfInvalid();
    Disclosure d = of(task);
    if (raised) {
      d.question(questions, Clock.now());
      disclosures.save(d);
    }
    task.getExecution().setVariable("openQuestion", raised);
    task.getExecution().setVariable("boardQuestions", raised ? questions : null);
  }

  void answer(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String answer = in.text("leadershipAnswer", "Trả lời của lãnh đạo");
    in.refuseIfInvalid();
    Disclosure d = of(task);
    d.answer(answer, Clock.now());
    disclosures.save(d);
    task.getExecution().setVariable("leadershipAnswer", answer);
  }

  /** Start listener of ItemClosed: never with an open question (the model already ensures it). */
  void close(DelegateExecution execution) {
    int year = Facts.year(execution);
    Disclosure d = disclosures.findByYearAndItemCode(year,
        (String) execution.getVariable("itemCode")).orElseThrow();
    try {
      d.close(Clock.now());
    } catch (IllegalStateException e) {
      throw new InputRefusedException(e.getMessage());
    }
    disclosures.save(d);
  }

  /** The beans qcdc-disclosure.bpmn names. */
  @Configuration
  static class Listeners {
    @Bean
    ExecutionListener disclosureScheduled(DisclosureService s) {
      return s::schedule;
    }

    @Bean
    ExecutionListener disclosureItemScope(DisclosureService s) {
      return s::itemScope;
    }

    @Bean
    TaskListener disclosurePrepared(DisclosureService s) {
      return s::prepare;
    }

    @Bean
    TaskListener disclosureApproved(DisclosureService s) {
      return s::approve;
    }

    @Bean
    TaskListener disclosurePublished(DisclosureService s) {
      return s::publish;
    }

    @Bean
    TaskListener disclosureSupervised(DisclosureService s) {
      return s::supervise;
    }

    @Bean
    TaskListener disclosureAnswered(DisclosureService s) {
      return s::answer;
    }

    @Bean
    ExecutionListener disclosureClosed(DisclosureService s) {
      return s::close;
    }
  }
}
