package vn.qcdc.flow.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import java.util.ArrayList;
import java.util.List;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.reminder.ReminderMail;

/**
 * Sends reminders and escalations. Each is stored as a record and logged;
 * the recipients see them as the open task (reminder) or the follow-up task
 * (escalation) in Tasklist, and, when a mail server is configured, get an
 * e-mail once the transaction commits: the members of the group it is
 * addressed to and of the unit it names (a late unit learns that the steering
 * committee was told).
 */
@Service
public class Notices {

  private static final Logger LOG = LoggerFactory.getLogger(Notices.class);

  private final NoticeRepository notices;
  private final ReminderMail mail;

  public Notices(NoticeRepository notices, ReminderMail mail) {
    this.notices = notices;
    this.mail = mail;
  }

  public Notice send(DelegateExecution execution, Notice.Kind kind, String phase,
      String unitCode, String recipientGroup, String message) {
    return send((Integer) execution.getVariable("year"), execution.getProcessInstanceId(),
        kind, phase, unitCode, recipientGroup, message);
  }

  /** A notice no process step sends (a check over the year's records); same record and mail. */
  public Notice send(int year, String processInstanceId, Notice.Kind kind, String phase,
      String unitCode, String recipientGroup, String message) {
    Notice notice = notices.save(new Notice(year, kind,
        phase, unitCode, recipientGroup, message, processInstanceId,
        Clock.now()));
    LOG.info("{} to {}: {}", kind, recipientGroup, message);
    if (mail.enabled()) {
      List<String> groups = new ArrayList<>();
      groups.add(recipientGroup);
      groups.add(unitCode);
      List<String> to = mail.addressesOf(groups, List.of());
      String title = switch (kind) {
        case REMINDER -> "Nhắc nhở";
        case ESCALATION -> "Quá hạn, cần đôn đốc";
        case ANSWER -> "Trả lời";
      };
      String line = firstLine(message);
      mail.sendAfterCommit(to, "[QCDC] " + (line.startsWith(title) ? line : title + ": " + line),
          "Kính gửi các đồng chí,\n\n" + message + "\n\n"
              + "Chi tiết và công việc cần thực hiện có trong hệ thống QCDC Flow (Tasklist).\n\n"
              + "Thư này được gửi tự động; vui lòng không trả lời.\n");
    }
    return notice;
  }

  private static String firstLine(String message) {
    String line = message.lines().findFirst().orElse("");
    return line.length() > 120 ? line.substring(0, 117) + "..." : line;
  }
}
