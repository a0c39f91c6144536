package vn.qcdc.flow.reporting;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.review.Period;

/**
 * Sends the issued report to each recipient of "Nơi nhận" by e-mail, exactly once
 * ({@link DispatchOnce}: a recipient that already has a dispatch row is skipped, each row is
 * committed on its own as soon as its mail is accepted, concurrent runs wait on the report's
 * row). Without a mail server configured
 * (spring.mail.host), the records office sends by post and the dispatch says so.
 */
@Component
class ReportMailer {

  private static final Logger LOG = LoggerFactory.getLogger(ReportMailer.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final ReportDispatchRepository dispatches;
  private final ReportingProperties properties;
  private final DispatchOnce once;

  private final vn.qcdc.flow.organisation.Agencies agencies;
  private final String fromAddress;

  ReportMailer(ObjectProvider<JavaMailSender> mail, ReportDispatchRepository dispatches,
      ReportingProperties properties, DispatchOnce once,
      vn.qcdc.flow.organisation.Agencies agencies,
      vn.qcdc.flow.deadline.TaskProperties tasks) {
    this.fromAddress = properties.mailFromOr(tasks.mailFrom());
    this.agencies = agencies;
    this.mail = mail;
    this.dispatches = dispatches;
    this.properties = properties;
    this.once = once;
  }

  /** Delivers to every recipient not yet served; returns the channel used. */
  String deliver(ConsolidatedReport report, ReportDocument document) {
    JavaMailSender sender = mail.getIfAvailable();
    String channel = sender == null ? ReportDispatch.POST : ReportDispatch.EMAIL;
    // The job's own transaction has not written the report row yet (send() saves it after
    // this returns), so the lock cannot wait on it.
    once.toEach("SELECT id FROM qcdc_report WHERE id = ? FOR UPDATE",
        new Object[] {report.getId()},
        properties.recipients(),
        recipient -> dispatches.existsByReportIdAndRecipient(report.getId(), recipient.code()),
        recipient -> {
          String messageId = null;
          if (sender != null) {
            messageId = DispatchOnce.messageId("report", report.getId(), recipient.code());
            send(sender, report, document, recipient, messageId);
          }
          dispatches.save(new ReportDispatch(report.getId(), recipient.code(),
              recipient.name(), recipient.email(), channel, document.getVersion(), messageId,
              Clock.now()));
          LOG.info("Report {} {} delivered to {} by {}", report.getYear(), report.getPeriod(),
              recipient.code(), channel);
        });
    return channel;
  }

  private void send(JavaMailSender sender, ConsolidatedReport report, ReportDocument document,
      ReportingProperties.Recipient recipient, String messageId) {
    if (recipient.email() == null || recipient.email().isBlank()) {
      throw new IllegalStateException("qcdc.reporting.recipients: " + recipient.code()
          + " has no e-mail address");
    }
    try {
      MimeMessage message = DispatchOnce.message(messageId);
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(fromAddress);
      helper.setTo(recipient.email());
      String subject = ReportAssembler.title(report.getYear(), Period.valueOf(report.getPeriod()));
      helper.setSubject("Số " + report.getDocumentNumber() + " - " + subject);
      // Worded as an agency writes a covering letter: who sends what, under which number.
      helper.setText(coveringLetter(agencies.current().getAgency().getName(),
          recipient.fullName(), "Báo cáo",
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
}
