package vn.qcdc.flow.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * qcdc.tasks (the reminder part; the due dates themselves are deadline/TaskDeadlines): how
 * long before a user task's due date its people get an e-mail, how often that is checked, and
 * the sender address.
 */
@ConfigurationProperties(prefix = "qcdc.tasks")
public class ReminderProperties {

  private Duration reminderBefore = Duration.ofDays(2);
  private String mailFrom = "qcdc@localhost";

  public Duration getReminderBefore() {
    return reminderBefore;
  }

  public void setReminderBefore(Duration reminderBefore) {
    this.reminderBefore = reminderBefore;
  }

  public String getMailFrom() {
    return mailFrom;
  }

  public void setMailFrom(String mailFrom) {
    this.mailFrom = mailFrom;
  }
}
