package vn.qcdc.flow.bloc;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of qcdc-bloc-receipt.bpmn. */
@Configuration
class BlocListeners {

  @Bean
  TaskListener blocReceiptDecided(BlocReceipts receipts) {
    return receipts::decide;
  }
}
