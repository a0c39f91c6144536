package vn.qcdc.flow.bloc;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.AsTheApplication;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Facts;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.reporting.ReportSent;
import vn.qcdc.flow.reporting.ReportingProperties;
import vn.qcdc.flow.reporting.ReportingService;

/**
 * The bloc's receipt of the agencies' reports. Each submitted report (every revision) opens
 * "Tiếp nhận báo cáo của ..." for each body of the bloc (qcdc-bloc-receipt, one instance per
 * report and body), recorded in qcdc_bloc_receipt with whether it came by the bloc's deadline.
 * The body accepts it, or returns it with a reason: the report is reopened and the agency
 * revises it again (qcdc-report-return), whose sending makes new receipts.
 */
@Service
public class BlocReceipts {

  public static final String RECEIPT_PROCESS = "qcdc-bloc-receipt";
  public static final String RETURN_PROCESS = "qcdc-report-return";
  static final String ACCEPT = "accept";
  static final String RETURN = "return";

  private final BlocProperties bloc;
  private final BlocDeadlines deadlines;
  private final BlocReceiptRepository receipts;
  private final AgencyNames agencies;
  private final ReportingService reporting;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public BlocReceipts(BlocProperties bloc, BlocDeadlines deadlines,
      BlocReceiptRepository receipts, AgencyNames agencies, ReportingService reporting,
      RuntimeService runtime, IdentityService identity, ReportingProperties reportingSettings) {
    List<String> recipients = reportingSettings.recipients().stream()
        .map(ReportingProperties.Recipient::code).toList();
    for (BlocProperties.Body body : bloc.bodies()) {
      if (body.recipient() != null && !recipients.contains(body.recipient())) {
        throw new IllegalStateException("qcdc.bloc.bodies: " + body.code() + " is the recipient "
            + body.recipient() + ", which qcdc.reporting.recipients does not list " + recipients);
      }
    }
    this.bloc = bloc;
    this.deadlines = deadlines;
    this.receipts = receipts;
    this.agencies = agencies;
    this.reporting = reporting;
    this.runtime = runtime;
    this.identity = identity;
  }

  /**
   * The business key of a report's receipts: the bloc's (KHOI-), the year, the period, the
   * agency. Not the agency's QCDC-&lt;year&gt;: the receipts are the bloc's work, not a step of
   * the agency's year (whose tools find its processes by that key).
   */
  static String businessKey(int year, String period, String agency) {
    return "KHOI-" + year + "-" + period + (agency == null ? "" : "-" + agency);
  }

  /** SendReport has sent a report: one receipt per body, in the sending job's transaction. */
  @EventListener
  public void received(ReportSent sent) {
    Instant dueAt = deadlines.dueAt(sent.year(), "YEAR".equals(sent.period()));
    Boolean onTime = dueAt == null || sent.submittedAt() == null ? null
        : !sent.submittedAt().isAfter(dueAt);
    String agencyName = agencies.nameOf(sent.agency());
    for (BlocProperties.Body body : bloc.bodies()) {
      supersede(sent, body);
      BlocReceipt receipt = receipts.save(new BlocReceipt(sent.agency(), sent.reportId(),
          sent.year(), sent.period(), sent.revision(), body.code(), onTime, Clock.now()));
      Map<String, Object> variables = new HashMap<>();
      variables.put("agency", sent.agency());
      variables.put("agencyName", agencyName);
      variables.put("unitName", agencyName); // Tasklist's "Đơn vị" column
      variables.put("year", sent.year());
      variables.put("period", sent.period());
      variables.put("periodLabel", sent.periodLabel());
      variables.put("reportTitle", sent.title());
      variables.put("reportRevision", sent.revision());
      variables.put("documentNumber", sent.documentNumber());
      variables.put("documentDate", sent.documentDate() == null ? null
          : sent.documentDate().toString());
      // The bloc's bodies read every agency's reports: the links name the agency.
      String of = "?agency=" + sent.agency() + "&version=" + sent.version();
      variables.put("reportWordUrl", sent.downloadPath() + of);
      variables.put("reportPdfUrl", sent.downloadPath() + ".pdf" + of);
      variables.put("submittedOnTime", onTime == null ? "Khối chưa đặt thời hạn"
          : onTime ? "Đúng hạn" : "Trễ hạn (hạn của Khối: "
              + Formats.date(Clock.dayOf(dueAt).minusDays(1)) + ")");
      variables.put("blocBody", body.code());
      variables.put("blocBodyName", body.name());
      variables.put("blocBodyGroup", body.group());
      variables.put("receiptId", receipt.getId());
      AsTheApplication.run(identity, () -> runtime.createProcessInstanceByKey(RECEIPT_PROCESS)
          .businessKey(businessKey(sent.year(), sent.period(), sent.agency()))
          .setVariables(variables).execute());
    }
  }

  /** An earlier revision the body has not decided on yet: replaced by this one, its task ends. */
  private void supersede(ReportSent sent, BlocProperties.Body body) {
    for (BlocReceipt open : receipts.findByReportIdAndBodyAndStatus(sent.reportId(),
        body.code(), BlocReceipt.RECEIVED)) {
      open.superseded(Clock.now());
      receipts.save(open);
      AsTheApplication.run(identity, () -> runtime.createProcessInstanceQuery()
          .processDefinitionKey(RECEIPT_PROCESS).variableValueEquals("receiptId", open.getId())
          .list().forEach(p -> runtime.deleteProcessInstance(p.getId(),
              "Cơ quan đã gửi lại báo cáo (lần " + sent.revision() + ")")));
    }
  }

  /**
   * Complete listener of ReceiveReport: accepted, or returned with a reason (required; a return
   * without one is refused and nothing changes). A return reopens the report in the agency.
   */
  void decide(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String decision = in.choice("receiptDecision", "Tiếp nhận hay trả lại",
        List.of(ACCEPT, RETURN));
    String reason = in.optionalText("returnReason", "Lý do trả lại");
    in.require(!RETURN.equals(decision) || reason != null,
        "Khi trả lại báo cáo phải ghi «Lý do trả lại» để cơ quan biết cần hoàn thiện gì.");
    in.refuseIfInvalid();
    BlocReceipt receipt = receipts.findById(Facts.text(task, "receiptId")).orElseThrow();
    if (!BlocReceipt.RECEIVED.equals(receipt.getStatus())) {
      throw new InputRefusedException("Báo cáo này đã được xử lý (" + receipt.getStatus()
          + ").");
    }
    String by = Actors.of(task);
    if (ACCEPT.equals(decision)) {
      receipt.accept(by, Clock.now());
      receipts.save(receipt);
      task.getExecution().setVariable("receiptDecision", ACCEPT);
      return;
    }
    receipt.returned(reason, by, Clock.now());
    receipts.save(receipt);
    task.getExecution().setVariable("receiptDecision", RETURN);
    task.getExecution().setVariable("returnReason", reason);
    reopen(receipt, Facts.text(task, "blocBodyName"), reason);
  }

  /**
   * The agency revises the report again: a new qcdc-report-return in the agency (its
   * {@code agency} variable; the business key is the agency's cycle key). When another body's
   * return is already being revised, its reason joins that one.
   */
  private void reopen(BlocReceipt receipt, String bodyName, String reason) {
    String key = "QCDC-" + receipt.getYear();
    String said = bodyName + ": " + reason;
    AsTheApplication.run(identity, () -> {
      ProcessInstance running = runtime.createProcessInstanceQuery()
          .processDefinitionKey(RETURN_PROCESS).processInstanceBusinessKey(key)
          .variableValueEquals("period", receipt.getPeriod()).active().list().stream()
          .filter(p -> Objects.equals(receipt.getAgency(),
              runtime.getVariable(p.getId(), "agency")))
          .findFirst().orElse(null);
      if (running != null) {
        Object before = runtime.getVariable(running.getId(), "returnReason");
        runtime.setVariable(running.getId(), "returnReason", before + "\n" + said);
        return;
      }
      Map<String, Object> variables = new HashMap<>(reporting.reopen(receipt.getReportId(),
          said));
      variables.put("agency", receipt.getAgency());
      variables.put("returnedBy", bodyName);
      variables.put("returnReason", said);
      runtime.createProcessInstanceByKey(RETURN_PROCESS).businessKey(key)
          .setVariables(variables).execute();
    });
  }

  /** The receipts of a report, by revision then body. */
  public List<BlocReceipt> of(String reportId) {
    return receipts.findByReportIdOrderByRevisionAscBodyAsc(reportId);
  }
}
