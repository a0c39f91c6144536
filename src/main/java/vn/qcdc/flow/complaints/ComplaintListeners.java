package vn.qcdc.flow.complaints;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners and delegates that qcdc-complaint.bpmn names. */
@Configuration
class ComplaintListeners {

  @Bean
  ExecutionListener complaintReceived(ComplaintService service) {
    return service::receive;
  }

  @Bean
  ExecutionListener classificationProposed(ComplaintService service) {
    return service::proposeClassification;
  }

  @Bean
  TaskListener classificationConfirmed(ComplaintService service) {
    return service::confirmClassification;
  }

  @Bean
  TaskListener caseForwarded(ComplaintService service) {
    return service::forward;
  }

  @Bean
  TaskListener caseAccepted(ComplaintService service) {
    return service::accept;
  }

  @Bean
  TaskListener resolutionRecorded(ComplaintService service) {
    return service::recordResolution;
  }

  @Bean
  TaskListener extensionDecided(ComplaintService service) {
    return service::decideExtension;
  }

  @Bean
  JavaDelegate acceptanceWarning(ComplaintService service) {
    return service::warnAcceptance;
  }

  @Bean
  JavaDelegate resolutionWarning(ComplaintService service) {
    return service::warnResolution;
  }

  @Bean
  ExecutionListener acceptanceOverdue(ComplaintService service) {
    return service::escalateAcceptance;
  }

  @Bean
  ExecutionListener resolutionOverdue(ComplaintService service) {
    return service::escalateResolution;
  }

  @Bean
  TaskListener escalationHandled(ComplaintService service) {
    return service::recordDirection;
  }

  @Bean
  TaskListener supervisionRecorded(ComplaintService service) {
    return service::recordSupervision;
  }
}
