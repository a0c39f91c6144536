package vn.qcdc.flow.conference;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners and delegates that qcdc-conference.bpmn names. */
@Configuration
class ConferenceListeners {

  @Bean
  ExecutionListener conferencePrepared(ConferenceService service) {
    return service::prepare;
  }

  @Bean
  TaskListener proposalsSubmitted(ConferenceService service) {
    return service::recordProposals;
  }

  @Bean
  JavaDelegate proposalCompiler(ConferenceService service) {
    return service::compile;
  }

  /** Start listener of each AnswerProposal: the proposal beside its id. */
  @Bean
  ExecutionListener proposalScope(Proposals proposals) {
    return execution -> {
      String id = (String) execution.getVariable("proposalId");
      execution.setVariableLocal("proposalUnitName", proposals.unitNameOf(id));
      execution.setVariableLocal("proposalText", proposals.textOf(id));
    };
  }

  @Bean
  TaskListener proposalAnswered(ConferenceService service) {
    return service::recordAnswer;
  }

  @Bean
  TaskListener conferenceRecorded(ConferenceService service) {
    return service::recordConference;
  }

  @Bean
  TaskListener workPlanIssued(ConferenceService service) {
    return service::recordWorkPlan;
  }
}
