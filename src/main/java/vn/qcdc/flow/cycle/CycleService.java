package vn.qcdc.flow.cycle;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Starts and lists the yearly cycles. */
@Service
public class CycleService {

  public static final String PROCESS_KEY = "qcdc-annual-cycle";

  private final RuntimeService runtime;
  private final AnnualCycleRepository cycles;

  public CycleService(RuntimeService runtime, AnnualCycleRepository cycles) {
    this.runtime = runtime;
    this.cycles = cycles;
  }

  /**
   * Starts the cycle of a year. The start listener refuses a year that has a
   * cycle (DuplicateCycleException) and the start rolls back whole.
   */
  public ProcessInstance start(int year) {
    return runtime.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(AnnualCycle.businessKey(year))
        .setVariable("year", year)
        .execute();
  }

  public List<AnnualCycle> all() {
    return cycles.findAllByOrderByYearDesc();
  }
}
