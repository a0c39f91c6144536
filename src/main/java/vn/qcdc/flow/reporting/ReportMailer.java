package vn.qcdc.flow.reporting;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.review.Period;

/**
 * Sends the issued report to each recipient of "Nơi nhận" by e-mail, exactly once: a recipient
 * that already has a dispatch row is skipped, each row is committed on its own as soon as
 * its mail is accepted, and concurrent runs of the job wait for each other on the report's
 * row, so neither a failure on the second recipient nor a second run of the job sends the
 * first one again. Each message carries a Message-ID made from the report and the recipient, so
 * the one case left (a crash between the server's acceptance and that commit) reaches the
 * recipient's mail system as the same message. Without a mail server configured
 * (spring.mail.host), the records office sends by post and the dispatch says so.
 */
@Component
class ReportMailer {

  private static final Logger LOG = LoggerFactory.getLogger(ReportMailer.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final ReportDispatchRepository dispatches;
  private final ReportingProperties properties;
  private final TransactionTemplate ownTransaction;
  private final JdbcTemplate jdbc;

  private final String agencyName;
  private final String fromAddress;

  ReportMailer(ObjectProvider<JavaMailSender> mail, ReportDispatchRepository dispatches,
      ReportingProperties properties, PlatformTransactionManager transactions,
      JdbcTemplate jdbc, vn.qcdc.flow.organisation.OrganisationFileLoader files,
      vn.qcdc.flow.deadline.TaskProperties tasks) {
    this.fromAddress = properties.mailFromOr(tasks.mailFrom());
    this.agencyName = files.configured().getAgency().getName();
    this.mail = mail;
    this.dispatches = dispatches;
    this.properties = properties;
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Delivers to every recipient not yet served; returns the channel used. */
  String deliver(ConsolidatedReport report, ReportDocument document) {
    JavaMailSender sender = mail.getIfAvailable();
    String channel = sender == null ? ReportDispatch.POST : ReportDispatch.EMAIL;
    List<ReportingProperties.Recipient> recipients = properties.getRecipients();
    for (ReportingProperties.Recipient recipient : recipients) {
      // Check, send and record in one transaction of its own that first locks the report's
      // row: a second run of the same job (another thread or node took it over when the job's
      // lock expired while this one waited on a slow mail server) waits here until this
      // recipient's dispatch is committed, then sees it and sends nothing. Found by
      // production/MariaDbCrashRecoveryTest: without the lock both runs mailed the recipient.
      // The job's own transaction has not written the report row yet (send() saves it after
      // this returns), so the lock cannot wait on it.
      ownTransaction.executeWithoutResult(status -> {
        jdbc.queryForList("SELECT id FROM qcdc_report WHERE id = ? FOR UPDATE", report.getId());
        if (dispatches.existsByReportIdAndRecipient(report.getId(), recipient.getCode())) {
          return;
        }
        String messageId = null;
        if (sender != null) {
          messageId = "<qcdc-report-" + report.getId() + "-" + recipient.getCode()
              + "@qcdc-flow>";
          send(sender, report, document, recipient, messageId);
        }
        dispatches.save(new ReportDispatch(report.getId(), recipient.getCode(),
            recipient.getName(), recipient.getEmail(), channel, document.getVersion(), messageId,
            Clock.now()));
        LOG.info("Report {} {} delivered to {} by {}", report.getYear(), report.getPeriod(),
            recipient.getCode(), channel);
      });
    }
    return channel;
  }

  private void send(JavaMailSender sender, ConsolidatedReport report, ReportDocument document,
      ReportingProperties.Recipient recipient, String messageId) {
    if (recipient.getEmail() == null || recipient.getEmail().isBlank()) {
      throw new IllegalStateException("qcdc.reporting.recipients: " + recipient.getCode()
          + " has no e-mail address");
    }
    try {
      MimeMessage message = new FixedIdMessage(messageId);
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(fromAddress);
      helper.setTo(recipient.getEmail());
      String subject = ReportAssembler.title(report.getYear(), Period.valueOf(report.getPeriod()));
      helper.setSubject("Số " + report.getDocumentNumber() + " - " + subject);
      // Worded as an agency writes a covering letter: who sends what, under which number.
      helper.setText(coveringLetter(agencyName, recipient.getFullName(), "Báo cáo",
          report.getDocumentNumber(), report.getDocumentDate(),
          ReportAssembler.subject(report.getYear(), Period.valueOf(report.getPeriod()))));
      helper.addAttachment(document.getFileName(), new ByteArrayResource(document.getContent()),
          ReportDocuments.DOCX);
      if (document.getPdfContent() != null) {
        helper.addAttachment(document.getPdfFileName(),
            new ByteArrayResource(document.getPdfContent()), "application/pdf");
      }
      sender.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot build the report e-mail", e);
    }
  }

  /**
   * A covering letter as an agency writes it: addressed in full, what is sent under which
   * number and date, the attachments named as documents, a courteous close and the sender.
   */
  static String coveringLetter(String agency, String addressee, String kind, String number,
      java.time.LocalDate date, String subject) {
    return "Kính gửi: " + addressee + ".\n\n"
        + agency + " trân trọng gửi " + kind + " số " + number
        + (date == null ? "" : " ngày " + vn.qcdc.flow.engine.Formats.date(date))
        + " về " + subject + ".\n\n"
        + "Văn bản gửi kèm thư này gồm bản Word và bản PDF.\n\n"
        + "Trân trọng./.\n\n" + agency + "\n";
  }

  /** A MIME message whose Message-ID stays the one given, also when it is saved again. */
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
