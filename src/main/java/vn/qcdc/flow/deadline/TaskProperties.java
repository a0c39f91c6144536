package vn.qcdc.flow.deadline;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.tasks: the agency's practice for user tasks (not legal limits): due dates of the tasks
 * the models give none (TaskDeadlines), follow-up dates, and the e-mail before a due date
 * (reminder/DueReminders) with its sender address, which every mail of the application uses.
 *
 * @param due time allowed per task id (DraftPlan: P10D)
 * @param followUpBefore how long before its due date a task gets its follow-up date
 * @param reminderBefore how long before the due date the task's people get an e-mail
 * @param reminderCheck how often open tasks are checked for that e-mail
 * @param mailFrom the sender address of every e-mail
 */
@ConfigurationProperties("qcdc.tasks")
public record TaskProperties(Map<String, Duration> due, Duration followUpBefore,
    @DefaultValue("P2D") Duration reminderBefore, @DefaultValue("PT15M") Duration reminderCheck,
    @DefaultValue("qcdc@localhost") String mailFrom) {

  public TaskProperties {
    due = due == null ? Map.of() : Map.copyOf(due);
  }
}
