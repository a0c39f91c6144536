package vn.qcdc.flow.cycle;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import vn.qcdc.flow.engine.Facts;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.organisation.OrganisationFile;
import vn.qcdc.flow.organisation.Agencies;
import vn.qcdc.flow.register.DocumentKind;
import vn.qcdc.flow.register.DocumentRegister;
import vn.qcdc.flow.register.RegisterEntry;
import vn.qcdc.flow.reporting.DispatchOnce;
import vn.qcdc.flow.reporting.PdfConverter;
import vn.qcdc.flow.reporting.ReportContent;
import vn.qcdc.flow.reporting.ReportWriter;
import vn.qcdc.flow.reporting.ReportingProperties;

/**
 * Service task IssuePlan (issue 14, item 2): once leadership approved the plan, it is issued as
 * the agency issues a document: numbered from the outgoing-document register as KH, dated,
 * written as Word (and PDF through LibreOffice), signed by the approver (K/T when a deputy
 * approved), stored, and e-mailed once to each external recipient of "Nơi nhận" (by post, recorded
 * as such, when no mail server is set or it refuses). Every unit's
 * dissemination task links to it. Idempotent: a retried job finds the stored document and the
 * recipients already served. The issued document (number and files) is committed in a
 * transaction of its own before any mail leaves, and each recipient's dispatch right after its
 * mail was accepted, by {@link DispatchOnce} as for the report: a job that fails later and is
 * retried (an optimistic-locking conflict, a node killed) finds them and mails nobody again.
 * Found by production/MariaDbCrashRecoveryTest, where the recipients received the plan twice
 * while the dispatch rows were still part of the rolled-back job.
 */
@Component("planIssue")
public class PlanIssue implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(PlanIssue.class);
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final AnnualPlanRepository plans;
  private final DocumentRegister register;
  private final ReportWriter writer;
  private final PdfConverter pdf;
  private final JdbcTemplate jdbc;
  private final ReportingProperties reporting;
  private final Agencies agencies;
  private final YearOverYear lastYear;
  private final ObjectProvider<JavaMailSender> mail;
  private final org.camunda.bpm.engine.IdentityService identity;
  private final TransactionTemplate ownTransaction;
  private final DispatchOnce once;
  private final String fromAddress;

  PlanIssue(AnnualPlanRepository plans, DocumentRegister register, ReportWriter writer,
      PdfConverter pdf, JdbcTemplate jdbc,
      ReportingProperties reporting, Agencies agencies,
      YearOverYear lastYear, ObjectProvider<JavaMailSender> mail,
      org.camunda.bpm.engine.IdentityService identity,
      vn.qcdc.flow.deadline.TaskProperties tasks, PlatformTransactionManager transactions,
      DispatchOnce once) {
    this.once = once;
    this.fromAddress = reporting.mailFromOr(tasks.mailFrom());
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.plans = plans;
    this.register = register;
    this.writer = writer;
    this.pdf = pdf;
    this.jdbc = jdbc;
    this.reporting = reporting;
    this.agencies = agencies;
    this.lastYear = lastYear;
    this.mail = mail;
    this.identity = identity;
  }

  private String agency() {
    return agencies.context().agency();
  }

  /** The register's reference of a year's plan: one active number per plan. */
  public static String reference(int year) {
    return "plan-" + year;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = Facts.year(execution);
    // A concurrent second run fails on the plan's primary key, rolls its number back with it,
    // and its retry finds this one's document.
    Map<String, Object> stored = stored(year)
        .orElseGet(() -> ownTransaction.execute(status -> issue(year)));
    execution.setVariable("planDocumentNumber", stored.get("document_number"));
    deliver(year, stored);
  }

  private Optional<Map<String, Object>> stored(int year) {
    return jdbc.queryForList("SELECT * FROM qcdc_plan_document WHERE agency = ? AND cycle_year = ?",
        agency(), year)
        .stream().findFirst();
  }

  private Map<String, Object> issue(int year) {
    AnnualPlan plan = plans.findById(year).orElseThrow(() -> new IllegalStateException(
        "No approved plan for " + year));
    LocalDate date = Clock.today();
    String by = plan.getApprovedBy() == null ? "system" : plan.getApprovedBy();
    RegisterEntry entry = register.active(reference(year))
        .orElseGet(() -> register.reserve(DocumentKind.KH, date,
            "Kế hoạch thực hiện quy chế dân chủ ở cơ sở năm " + year, reference(year), by));
    if (RegisterEntry.RESERVED.equals(entry.status())) {
      entry = register.issue(entry.id(), date, by);
    }
    byte[] docx = writer.write(content(year, plan, entry.number(), date));
    byte[] pdfBytes = pdf.available() ? pdf.toPdf(docx) : null;
    String fileName = "Ke-hoach-QCDC-" + year + "-" + entry.number().replace('/', '-') + ".docx";
    jdbc.update("INSERT INTO qcdc_plan_document (agency, cycle_year, register_entry_id,"
        + " document_number, document_date, file_name, content, pdf_content, sha256, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", agency(), year, entry.id(), entry.number(), date,
        fileName, docx, pdfBytes, sha256(docx), Timestamp.from(Clock.now()));
    LOG.info("Plan {} issued as {}", year, entry.number());
    return stored(year).orElseThrow();
  }

  ReportContent content(int year, AnnualPlan plan, String number, LocalDate date) {
    OrganisationFile.Agency agency =
        agencies.current().getAgency();
    String approver = plan.getApprovedBy();
    boolean deputy = approver != null && agency.getHead() != null && !agency.getHead().isBlank()
        && !agency.getHead().equals(approver);
    String headTitle = reporting.signerTitle();
    String signerTitle = deputy ? "K/T " + headTitle + "\n" + agency.getDeputyTitle() : headTitle;
    List<String> basis = plan.getLegalBasis() == null ? List.of()
        : plan.getLegalBasis().lines().flatMap(l -> List.of(l.split(";")).stream())
            .map(String::strip).filter(l -> !l.isEmpty()).toList();
    String resolution = lastYear.resolution(year - 1);
    return PlanDocumentContent.of(year, agency.superior(), agency.headerName(),
        agency.getShortName(), agency.getName(), agency.getPlace(), number, date, basis,
        plan.getDocuments(), plan.getDisseminationDue(), plan.getKeyTasks(),
        reporting.recipients().stream().map(ReportingProperties.Recipient::name).toList(),
        signerTitle, signerName(approver), resolution, lastYear.unfinishedKeyTasks(year - 1));
  }

  private String signerName(String userId) {
    if (userId == null) {
      return "";
    }
    var user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (user.getLastName() + " " + user.getFirstName()).strip();
  }

  /** One e-mail per external recipient not yet served; by post when no mail server is set. */
  private void deliver(int year, Map<String, Object> document) {
    JavaMailSender sender = mail.getIfAvailable();
    String agency = agencies.current().getAgency().getName();
    String code = agency();
    once.toEach("SELECT cycle_year FROM qcdc_plan_document WHERE agency = ? AND cycle_year = ?"
        + " FOR UPDATE", new Object[] {code, year}, reporting.recipients(),
        recipient -> {
          Integer sent = jdbc.queryForObject("SELECT COUNT(*) FROM qcdc_plan_dispatch WHERE"
              + " agency = ? AND cycle_year = ? AND recipient = ?", Integer.class, code, year,
              recipient.code());
          return sent != null && sent > 0;
        },
        recipient -> {
          String messageId = null;
          String channel = "POST";
          if (sender != null) {
            try {
              messageId = DispatchOnce.messageId("plan", code + "-" + year, recipient.code());
              send(sender, agency, recipient, document, messageId);
              channel = "EMAIL";
            } catch (RuntimeException e) {
              // The plan must reach the units whatever the mail server does: the records
              // office sends this recipient's copy by post, and the dispatch says so.
              LOG.warn("Plan {} not e-mailed to {} ({}); recorded for the records office to"
                  + " post", year, recipient.code(), e.getMessage());
              messageId = null;
            }
          }
          jdbc.update("INSERT INTO qcdc_plan_dispatch (id, agency, cycle_year, recipient,"
              + " recipient_name, address, channel, message_id, sent_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              UUID.randomUUID().toString(), code, year, recipient.code(), recipient.name(),
              recipient.email(), channel, messageId, Timestamp.from(Clock.now()));
        });
  }

  private void send(JavaMailSender sender, String agency, ReportingProperties.Recipient recipient,
      Map<String, Object> document, String messageId) {
    try {
      // The Message-ID stays the one recorded, also when the message is saved again.
      MimeMessage message = DispatchOnce.message(messageId);
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(fromAddress);
      helper.setTo(recipient.email());
      String number = (String) document.get("document_number");
      int year = ((Number) document.get("cycle_year")).intValue();
      LocalDate date = document.get("document_date") instanceof java.sql.Date d ? d.toLocalDate()
          : LocalDate.parse(document.get("document_date").toString());
      helper.setSubject("Số " + number + " - Kế hoạch thực hiện quy chế dân chủ ở cơ sở năm "
          + year);
      helper.setText("Kính gửi: " + recipient.fullName() + ".\n\n"
          + agency + " trân trọng gửi Kế hoạch số " + number + " ngày " + Formats.date(date)
          + " về thực hiện quy chế dân chủ ở cơ sở năm " + year + ".\n\n"
          + "Văn bản gửi kèm thư này gồm bản Word và bản PDF.\n\n"
          + "Trân trọng./.\n\n" + agency + "\n");
      String fileName = (String) document.get("file_name");
      helper.addAttachment(fileName, new ByteArrayResource((byte[]) document.get("content")),
          DOCX);
      if (document.get("pdf_content") instanceof byte[] pdfBytes) {
        helper.addAttachment(fileName.replaceAll("\\.docx$", ".pdf"),
            new ByteArrayResource(pdfBytes), "application/pdf");
      }
      sender.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot build the plan e-mail", e);
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
