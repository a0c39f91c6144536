package vn.qcdc.flow.review;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners and delegates that qcdc-review.bpmn names. */
@Configuration
class ReviewListeners {

  @Bean
  ExecutionListener reviewScheduled(ReviewService service) {
    return service::schedule;
  }

  @Bean
  TaskListener reviewPrefilled(ReviewService service) {
    return service::prefill;
  }

  @Bean
  TaskListener reviewFiled(ReviewService service) {
    return service::recordReview;
  }

  @Bean
  JavaDelegate reviewReminder(ReviewService service) {
    return service::remindPending;
  }

  @Bean
  TaskListener inspectionsSelected(ReviewService service) {
    return service::selectInspections;
  }

  @Bean
  TaskListener inspectionRecorded(ReviewService service) {
    return service::recordInspection;
  }

  @Bean
  ExecutionListener inspectionTeamShown(InspectionTeams teams) {
    return teams::showTeam;
  }

  @Bean
  TaskListener unionSentimentOffered(ReviewService service) {
    return service::offerUnionSentiment;
  }

  @Bean
  TaskListener unionSentimentAnswered(ReviewService service) {
    return service::answerUnionSentiment;
  }

  @Bean
  TaskListener partyCellReviewed(ReviewService service) {
    return service::recordPartyCellReview;
  }

  @Bean
  TaskListener regulationsReviewed(ReviewService service) {
    return service::recordRegulationReview;
  }

  @Bean
  TaskListener leadershipReported(ReviewService service) {
    return service::recordLeadershipReport;
  }
}
