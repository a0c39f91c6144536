package vn.qcdc.flow.emulation;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of the emulation step in qcdc-annual-cycle.bpmn. */
@Configuration
class EmulationListeners {

  @Bean
  ExecutionListener emulationInputs(EmulationService service) {
    return service::prepareInputs;
  }

  @Bean
  ExecutionListener ratingProposed(EmulationService service) {
    return service::recordProposal;
  }

  @Bean
  TaskListener ratingConfirmed(EmulationService service) {
    return service::confirm;
  }
}
