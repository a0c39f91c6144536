package vn.qcdc.flow.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.engine.Clock;

/**
 * Sends reminders and escalations. Each is stored as a record and logged;
 * the recipients see them as the open task (reminder) or the follow-up task
 * (escalation) in Tasklist.
 */
@Service
public class Notices {

  private static final Logger LOG = LoggerFactory.getLogger(Notices.class);

  private final NoticeRepository notices;

  public Notices(NoticeRepository notices) {
    this.notices = notices;
  }

  public Notice send(DelegateExecution execution, Notice.Kind kind, String phase,
      String unitCode, String recipientGroup, String message) {
    Notice notice = notices.save(new Notice((Integer) execution.getVariable("year"), kind,
        phase, unitCode, recipientGroup, message, execution.getProcessInstanceId(),
        Clock.now()));
    LOG.info("{} to {}: {}", kind, recipientGroup, message);
    return notice;
  }
}
