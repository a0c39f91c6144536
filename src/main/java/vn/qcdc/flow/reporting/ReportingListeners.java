package vn.qcdc.flow.reporting;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates and listeners of the report steps in qcdc-review.bpmn. */
@Configuration
class ReportingListeners {

  @Bean
  JavaDelegate reviewConsolidation(ReportingService service) {
    return service::consolidate;
  }

  @Bean
  JavaDelegate reportGeneration(ReportingService service) {
    return service::generate;
  }

  @Bean
  JavaDelegate reportDelivery(ReportingService service) {
    return service::send;
  }

  @Bean
  TaskListener reportDecided(ReportingService service) {
    return service::decide;
  }

  @Bean
  TaskListener reportRevised(ReportingService service) {
    return service::revise;
  }

  /** Models after 1.0.0: the register's number is held when SubmitReport is created. */
  @Bean
  TaskListener reportNumberReserved(ReportingService service) {
    return service::reserveNumber;
  }

  @Bean
  TaskListener reportNumberReleased(ReportingService service) {
    return service::releaseNumber;
  }

  /** Used by 1.0.0 and later models alike: see ReportingService#number. */
  @Bean
  TaskListener reportSubmitted(ReportingService service) {
    return service::number;
  }
}
