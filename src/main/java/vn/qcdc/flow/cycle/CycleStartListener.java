package vn.qcdc.flow.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.tenancy.AgencyContext;
import vn.qcdc.flow.complaints.WorkingCalendar;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.engine.InputRefusedException;

/**
 * Opens a year: one cycle per year, business key QCDC-&lt;year&gt;. However the
 * cycle is started (this application's REST API, Camunda's REST API,
 * Tasklist's start form), a second cycle for a year is refused here, and
 * the refusal rolls the whole start back: nothing is created.
 */
@Component("cycleStarted")
public class CycleStartListener implements ExecutionListener {

  private final AnnualCycleRepository cycles;
  private final PlanService plans;
  private final ApplicationEventPublisher events;
  private final WorkingCalendar calendar;

  private final AgencyContext agencies;

  public CycleStartListener(AnnualCycleRepository cycles, PlanService plans,
      ApplicationEventPublisher events, WorkingCalendar calendar, AgencyContext agencies) {
    this.agencies = agencies;
    this.cycles = cycles;
    this.plans = plans;
    this.events = events;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    int year = input.count("year", "Năm thực hiện", AnnualCycle.FIRST_YEAR,
        AnnualCycle.LAST_YEAR);
    input.refuseIfInvalid();
    String key = AnnualCycle.businessKey(year);
    String given = execution.getProcessBusinessKey();
    if (given != null && !given.isBlank() && !given.equals(key)) {
      throw new InputRefusedException("Mã chu kỳ phải là " + key + " cho năm " + year
          + " (đã nhận " + given + ").");
    }
    if (cycles.existsById(year)) {
      throw new DuplicateCycleException(year);
    }
    // The year's deadlines count working days: a year the calendar does not list is refused.
    calendar.requireYear(year);
    var auth = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    // Flushed now so that a concurrent start of the same year fails on the key here.
    cycles.saveAndFlush(new AnnualCycle(agencies.of(execution), year,
        execution.getProcessInstanceId(),
        auth == null ? null : auth.getUserId(), Clock.now()));
    execution.setProcessBusinessKey(key);
    execution.setVariable("year", year);
    plans.prefill(year, execution);
    events.publishEvent(new CycleStarted(year)); // disclosure and the regular dialogues
  }
}
