package vn.qcdc.flow.complaints;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Keeps a citizen's identity out of Camunda's history. The intake form submits it as
 * variables of the new case; the start listener moves it to the case record and removes it,
 * and this filter drops the history events that would otherwise keep a copy (the variable's
 * creation and the submitted form field). Wraps whatever history handler the engine has.
 */
@Component
public class ConfidentialHistory extends AbstractCamundaConfiguration {

  static final String PROCESS_KEY = "qcdc-complaint";
  static final Set<String> KEYS = Set.copyOf(ComplaintService.IDENTITY_KEYS);

  @Override
  public void postInit(SpringProcessEngineConfiguration configuration) {
    configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler()));
  }

  static boolean confidential(HistoryEvent event) {
    if (!PROCESS_KEY.equals(event.getProcessDefinitionKey())) {
      return false;
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return KEYS.contains(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity form) {
      return KEYS.contains(form.getPropertyId());
    }
    return false;
  }

  static final class Filter implements HistoryEventHandler {
    private final HistoryEventHandler next;

    Filter(HistoryEventHandler next) {
      this.next = next;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!confidential(event)) {
        next.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      for (HistoryEvent event : events) {
        handleEvent(event);
      }
    }
  }
}
