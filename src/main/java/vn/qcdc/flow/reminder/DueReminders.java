package vn.qcdc.flow.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.deadline.TaskProperties;

/**
 * The e-mail before a user task's due date: every {@code qcdc.tasks.reminder-check} it finds the
 * open tasks due within {@code qcdc.tasks.reminder-before} (and not yet past due) and mails the
 * assignee, or the members of the candidate groups when no one has claimed it. Each task is
 * reminded once: its id is inserted into qcdc_task_reminder (primary key) before the mail goes,
 * so a second run, or a second node running at the same moment, skips it; a failed send
 * removes the row so that the next run tries again.
 */
@Component
public class DueReminders {

  private static final Logger LOG = LoggerFactory.getLogger(DueReminders.class);

  private final TaskService tasks;
  private final ReminderMail mail;
  private final TaskProperties properties;
  private final OrganisationRegistry organisation;
  private final JdbcTemplate jdbc;

  public DueReminders(@Lazy TaskService tasks, ReminderMail mail, TaskProperties properties,
      OrganisationRegistry organisation, JdbcTemplate jdbc) {
    this.tasks = tasks;
    this.mail = mail;
    this.properties = properties;
    this.organisation = organisation;
    this.jdbc = jdbc;
  }

  @Scheduled(fixedDelayString = "${qcdc.tasks.reminder-check:PT15M}",
      initialDelayString = "${qcdc.tasks.reminder-check:PT15M}")
  public void scheduled() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.warn("Due-date reminders failed this time, the next run tries again", e);
    }
  }

  /** One pass; returns how many tasks were reminded. */
  public int run() {
    if (!mail.enabled()) {
      return 0;
    }
    Instant now = Clock.now();
    List<Task> due = tasks.createTaskQuery().active().dueAfter(Date.from(now))
        .dueBefore(Date.from(now.plus(properties.reminderBefore()).plusSeconds(1))).orderByDueDate().asc()
        .list();
    int reminded = 0;
    for (Task task : due) {
      if (remind(task, now)) {
        reminded++;
      }
    }
    return reminded;
  }

  private boolean remind(Task task, Instant now) {
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    } else {
      tasks.getIdentityLinksForTask(task.getId()).forEach(link -> {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
          } else {
            users.add(link.getUserId());
          }
        }
      });
    }
    List<String> to = mail.addressesOf(groups, users);
    if (to.isEmpty()) {
      return false;
    }
    try {
      jdbc.update("INSERT INTO qcdc_task_reminder (task_id, process_instance_id, recipients,"
          + " reminded_at) VALUES (?, ?, ?, ?)", task.getId(), task.getProcessInstanceId(),
          String.join(", ", to), java.sql.Timestamp.from(now));
    } catch (DuplicateKeyException alreadyReminded) {
      return false;
    }
    String unit = unitName(task, groups);
    // A due date at midnight (the models' "by the end of 15/02" is 16/02 00:00) reads as the
    // last day on which the work can be done.
    String dueDay = Formats.date(Clock.dayOf(task.getDueDate().toInstant().minusMillis(1)));
    String subject = "[QCDC] Nhắc việc sắp đến hạn: " + task.getName() + " (hạn " + dueDay + ")";
    String body = "Kính gửi các đồng chí,\n\n"
        + "Công việc \"" + task.getName() + "\"" + (unit == null ? "" : " của " + unit)
        + " trong Tasklist đến hạn hoàn thành vào ngày " + dueDay + " nhưng chưa được hoàn thành.\n"
        + "Đề nghị các đồng chí đăng nhập hệ thống QCDC Flow (Tasklist) để thực hiện đúng hạn.\n\n"
        + "Thư này được gửi tự động; vui lòng không trả lời.\n";
    try {
      mail.send(to, subject, body);
    } catch (RuntimeException e) {
      jdbc.update("DELETE FROM qcdc_task_reminder WHERE task_id = ?", task.getId());
      LOG.warn("Reminder for task {} not sent, retried next run: {}", task.getId(),
          e.getMessage());
      return false;
    }
    LOG.info("Reminder for \"{}\" (due {}) sent to {}", task.getName(), dueDay, to);
    return true;
  }

  /** The unit the task is about: its unitName variable, else its candidate group's unit. */
  private String unitName(Task task, List<String> groups) {
    Object name = tasks.getVariable(task.getId(), "unitName");
    if (name instanceof String s && !s.isBlank()) {
      return s;
    }
    for (String group : groups) {
      try {
        return organisation.name(group);
      } catch (IllegalArgumentException notAUnit) {
        // a role group (e.g. camunda-admin), not a unit
      }
    }
    return null;
  }
}
