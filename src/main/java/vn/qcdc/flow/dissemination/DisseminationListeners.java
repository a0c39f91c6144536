package vn.qcdc.flow.dissemination;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners and delegates that qcdc-dissemination.bpmn names. */
@Configuration
class DisseminationListeners {

  @Bean
  ExecutionListener disseminationScheduled(DisseminationService service) {
    return service::schedule;
  }

  @Bean
  TaskListener disseminationRecorded(DisseminationService service) {
    return service::record;
  }

  @Bean
  JavaDelegate disseminationReminder(DisseminationService service) {
    return service::remind;
  }

  @Bean
  ExecutionListener disseminationEscalated(DisseminationService service) {
    return service::escalate;
  }

  @Bean
  TaskListener followUpRecorded(DisseminationService service) {
    return service::recordFollowUp;
  }
}
