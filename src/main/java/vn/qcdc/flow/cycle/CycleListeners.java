package vn.qcdc.flow.cycle;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qcdc.flow.engine.Clock;

/** The listeners that qcdc-annual-cycle.bpmn names, by the names it uses. */
@Configuration
class CycleListeners {

  @Bean
  TaskListener planDrafted(PlanService plans) {
    return plans::recordDraft;
  }

  @Bean
  TaskListener planDecided(PlanService plans) {
    return plans::recordDecision;
  }

  @Bean
  ExecutionListener cycleClosed(AnnualCycleRepository cycles) {
    return execution -> cycles.findById((Integer) execution.getVariable("year"))
        .ifPresent(cycle -> {
          cycle.close(Clock.now());
          cycles.save(cycle);
        });
  }
}
