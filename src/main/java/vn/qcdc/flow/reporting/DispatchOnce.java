package vn.qcdc.flow.reporting;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an issued document to each of its recipients exactly once, for ReportMailer (the
 * report) and cycle/PlanIssue (the plan): each recipient is checked, sent and recorded in one
 * transaction of its own that first locks the document's row, so that a second run of the same
 * job (another thread or node took it over when the job's lock expired while this one waited on
 * a slow mail server) waits until this recipient's dispatch is committed, then sees it and sends
 * nothing; and a failure on a later recipient, or a retried job, never sends an earlier one
 * again. Found by production/MariaDbCrashRecoveryTest: without the lock both runs mailed the
 * recipient, and with the dispatch rows in the job's own transaction a rolled-back job mailed
 * them all twice. Each message carries a Message-ID made from the document and the recipient
 * ({@link #messageId}), so the one case left (a crash between the mail server's acceptance and
 * the commit) reaches the recipient's mail system as the same message.
 */
@Component
public class DispatchOnce {

  private final TransactionTemplate ownTransaction;
  private final JdbcTemplate jdbc;

  DispatchOnce(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * For each recipient in order, in a transaction of its own: locks the document's row
   * ({@code lockQuery}, a {@code SELECT ... FOR UPDATE} whose parameters are {@code document}),
   * then, unless {@code served} says the recipient already has its dispatch, {@code serve}s it
   * (sends and records the dispatch; an exception stops here, the recipients served so far stay
   * recorded). The caller's own transaction must not have written the document's row, or the
   * lock would wait on it.
   */
  public <R> void toEach(String lockQuery, Object[] document, List<R> recipients,
      Predicate<R> served, Consumer<R> serve) {
    for (R recipient : recipients) {
      ownTransaction.executeWithoutResult(status -> {
        jdbc.queryForList(lockQuery, document);
        if (!served.test(recipient)) {
          serve.accept(recipient);
        }
      });
    }
  }

  /** The Message-ID of a document's e-mail to a recipient, the same on every try. */
  public static String messageId(String kind, Object document, String recipientCode) {
    return "<qcdc-" + kind + "-" + document + "-" + recipientCode + "@qcdc-flow>";
  }

  /** A MIME message whose Message-ID stays the one given, also when it is saved again. */
  public static MimeMessage message(String messageId) {
    return new FixedIdMessage(messageId);
  }

  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(String messageId) {
      super((Session) null);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
