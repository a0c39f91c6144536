package vn.qcdc.flow.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.qcdc.flow.engine.AsTheApplication;
import vn.qcdc.flow.deadline.TaskProperties;

/**
 * E-mail to the people of Camunda groups or users (their address is the Camunda user's e-mail,
 * synced from the organisation file). SMTP is spring.mail.*: without spring.mail.host there is
 * no mail sender, nothing is sent and that is logged once.
 */
@Component
public class ReminderMail {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderMail.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final IdentityService identity;
  private final TaskProperties properties;
  private final AtomicBoolean toldNoServer = new AtomicBoolean();

  public ReminderMail(ObjectProvider<JavaMailSender> mail, @Lazy IdentityService identity,
      TaskProperties properties) {
    this.mail = mail;
    this.identity = identity;
    this.properties = properties;
  }

  /** True when a mail server is configured; logs once when it is not. */
  public boolean enabled() {
    if (mail.getIfAvailable() != null) {
      return true;
    }
    if (toldNoServer.compareAndSet(false, true)) {
      LOG.info("No mail server (spring.mail.host is not set): reminders and escalations are "
          + "recorded and shown in Tasklist, but not e-mailed.");
    }
    return false;
  }

  /**
   * The addresses of the members of these groups and of these users, without duplicates and
   * without people who have no address. Read as the application: whoever's action caused the
   * mail may have no right to read other users.
   */
  public List<String> addressesOf(Collection<String> groups, Collection<String> users) {
    return AsTheApplication.get(identity, () -> {
      Set<String> addresses = new LinkedHashSet<>();
      for (String group : groups) {
        if (group != null) {
          identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
              .forEach(user -> add(addresses, user));
        }
      }
      for (String userId : users) {
        if (userId != null) {
          add(addresses, identity.createUserQuery().userId(userId).singleResult());
        }
      }
      return new ArrayList<>(addresses);
    });
  }

  private static void add(Set<String> addresses, User user) {
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      addresses.add(user.getEmail().trim());
    }
  }

  /** Sends now; a failure is thrown to the caller. */
  public void send(List<String> to, String subject, String body) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null || to.isEmpty()) {
      return;
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(properties.mailFrom());
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject(subject);
      helper.setText(body);
      sender.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot build the e-mail \"" + subject + "\"", e);
    }
  }

  /**
   * Sends once the current transaction commits (a job that rolls back and is retried must not
   * mail twice); a failed send is logged, not thrown: the notice is recorded and the task is
   * in Tasklist either way.
   */
  public void sendAfterCommit(List<String> to, String subject, String body) {
    Runnable send = () -> {
      try {
        send(to, subject, body);
        LOG.info("E-mail \"{}\" sent to {}", subject, to);
      } catch (MailException | IllegalStateException e) {
        LOG.warn("E-mail \"{}\" to {} not sent: {}", subject, to, e.getMessage());
      }
    };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          send.run();
        }
      });
    } else {
      send.run();
    }
  }
}
