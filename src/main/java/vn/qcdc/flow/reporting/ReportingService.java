package vn.qcdc.flow.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Facts;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.register.DocumentKind;
import vn.qcdc.flow.register.DocumentRegister;
import vn.qcdc.flow.register.RegisterEntry;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.Period;
import vn.qcdc.flow.review.ReviewService;
import vn.qcdc.flow.review.UnitReview;

/**
 * The general-affairs department's consolidation of a review period into the agency's report
 * (III.3), its Word document, leadership's decision on it, and its submission to the City
 * Steering Committee and the Party Committee of the City Agencies Bloc.
 */
@Service
public class ReportingService {

  private final ConsolidatedReportRepository reports;
  private final ReviewService reviews;
  private final OrganisationRegistry organisation;
  private final ReportAssembler assembler;
  private final ReportWriter writer;
  private final ReportDocuments documents;
  private final ReportMailer mailer;
  private final ReportingProperties properties;
  private final DocumentRegister register;
  private final ReportRules rules;
  private final ApplicationEventPublisher events;

  ReportingService(ConsolidatedReportRepository reports, ReviewService reviews,
      OrganisationRegistry organisation, ReportAssembler assembler, ReportWriter writer,
      ReportDocuments documents, ReportMailer mailer, ReportingProperties properties,
      DocumentRegister register, ReportRules rules, ApplicationEventPublisher events) {
    this.events = events;
    this.register = register;
    this.rules = rules;
    this.reports = reports;
    this.reviews = reviews;
    this.organisation = organisation;
    this.assembler = assembler;
    this.writer = writer;
    this.documents = documents;
    this.mailer = mailer;
    this.properties = properties;
  }

  public Optional<ConsolidatedReport> report(int year, Period period) {
    return reports.findByYearAndPeriod(year, period.name());
  }

  public List<ConsolidatedReport> all() {
    return reports.findAll();
  }

  /** Service task ConsolidateReviews: totals, late and missing units, the general assessment. */
  void consolidate(DelegateExecution execution) {
    int year = Facts.year(execution);
    Period period = Period.valueOf(Facts.text(execution, "period"));
    List<OrgUnit> expected = organisation.unitsFor("REVIEW");
    Map<String, UnitReview> filed = reviews.filed(year, period);
    List<String> late = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (OrgUnit unit : expected) {
      UnitReview review = filed.get(unit.getCode());
      if (review == null) {
        missing.add(unit.getName());
      } else if (review.isLate()) {
        late.add(unit.getName());
      }
    }
    String summary = rules.assessment(assembler.facts(year, period, expected, filed));
    ConsolidatedReport report = reports.findByYearAndPeriod(year, period.name())
        .orElseGet(() -> new ConsolidatedReport(year, period.name()));
    report.consolidate(ReportAssembler.title(year, period), summary, String.join(", ", late),
        String.join(", ", missing), expected.size(), filed.size(), Clock.now());
    report.proposeNext(assembler.proposalsOf(year, period));
    reports.save(report);
    execution.setVariable("reportTitle", report.getTitle());
    execution.setVariable("reportSummary", summary);
    execution.setVariable("nextPeriodProposals", report.getNextPeriodProposals());
    execution.setVariable("lateUnits", late.isEmpty() ? "Không có" : String.join(", ", late));
    execution.setVariable("missingUnits",
        missing.isEmpty() ? "Không có" : String.join(", ", missing));
    execution.setVariable("reportComments", null);
    execution.setVariable("reportRecipients", recipients());
  }

  /**
   * Service task GenerateReport: a new version of the Word document from the records, unless
   * the general-affairs department uploaded a corrected one since leadership last returned it.
   */
  void generate(DelegateExecution execution) {
    ConsolidatedReport report = report(execution);
    Optional<ReportDocument> latest = documents.latest(report.getId());
    boolean uploadedSinceReturn = latest.isPresent()
        && ReportDocument.UPLOADED.equals(latest.get().getSource())
        && report.getReturnedAt() != null
        && !latest.get().getCreatedAt().isBefore(report.getReturnedAt());
    ReportDocument document = uploadedSinceReturn ? latest.get()
        : documents.store(report, ReportDocument.GENERATED,
            writer.write(assembler.assemble(report)),
            "Lần " + report.getRevision() + ", tạo từ số liệu sơ kết, tổng kết", "system");
    execution.setVariable("reportVersion", document.getVersion());
    execution.setVariable("reportDownloadUrl", downloadPath(report));
  }

  static String downloadPath(ConsolidatedReport report) {
    return "/reports/" + report.getYear() + "/" + report.getPeriod() + "/document";
  }

  /** Complete listener of ApproveReport. */
  void decide(DelegateTask task) {
    FormInput in = FormInput.of(task);
    FormInput.Decision decision = in.decision("reportDecision", "reportComments",
        "Ý kiến của lãnh đạo");
    in.refuseIfInvalid();
    ConsolidatedReport report = report(task.getExecution());
    boolean approved = decision.approved();
    if (approved) {
      report.approve(Actors.of(task), Clock.now());
    } else {
      report.returned(decision.reason(), Clock.now());
    }
    reports.save(report);
    task.getExecution().setVariable("reportApproved", approved);
    task.getExecution().setVariable("reportComments", approved ? null : decision.reason());
    // The revision task links to the page where general affairs uploads its corrected Word
    // document with the Tasklist session (form-js has no file field).
    task.getExecution().setVariable("reportUploadUrl", "/reports/upload.html?year="
        + report.getYear() + "&period=" + report.getPeriod());
  }

  /** Complete listener of ReviseReport: the revised assessment and proposals. */
  void revise(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String summary = in.text("reportSummary", "Đánh giá chung");
    String next = in.optionalText("nextPeriodProposals", "Phương hướng, kiến nghị, đề xuất");
    in.refuseIfInvalid();
    ConsolidatedReport report = report(task.getExecution());
    report.revised(summary, next);
    reports.save(report);
    task.getExecution().setVariable("reportSummary", summary);
    task.getExecution().setVariable("nextPeriodProposals", next);
  }

  /** The register's reference of a report's number. */
  static String registerReference(ConsolidatedReport report) {
    return "report:" + report.getId();
  }

  /**
   * Create listener of SubmitReport (models after 1.0.0): the next BC number of the register is
   * held for the report and shown on the task, with today as the proposed date. A task created
   * again for the same report (a migrated instance) shows the number already held.
   */
  void reserveNumber(DelegateTask task) {
    ConsolidatedReport report = report(task.getExecution());
    // An issued number belongs to a report sent before: a report a superior body returned
    // (bloc, qcdc-report-return) is issued again under a new number.
    RegisterEntry entry = register.active(registerReference(report))
        .filter(e -> !RegisterEntry.ISSUED.equals(e.status()))
        .orElseGet(() -> register.reserve(DocumentKind.BC, Clock.today(), report.getTitle(),
            registerReference(report), "system"));
    task.setVariableLocal("documentNumber", entry.number());
    task.setVariableLocal("documentDate", Clock.today().toString());
  }

  /** Delete listener of SubmitReport: a held number whose process is cancelled is cancelled. */
  void releaseNumber(DelegateTask task) {
    ConsolidatedReport report = report(task.getExecution());
    register.active(registerReference(report))
        .filter(e -> RegisterEntry.RESERVED.equals(e.status()))
        .ifPresent(e -> register.cancel(e.id(), "Quy trình báo cáo bị hủy trước khi ban hành"
            + (task.getDeleteReason() == null ? "" : " (" + task.getDeleteReason() + ")"),
            "system"));
  }

  /**
   * Complete listener of SubmitReport: the date from the records office, and the issued version
   * that goes out (the approved text with number and date, or the approved upload as is).
   *
   * <p>The number comes from the register. With the models after 1.0.0 it was held when the
   * task was created and shown read-only; a different number sent by hand is refused. Instances
   * of release 1.0.0 keep their form with a typed number: it is accepted only when the register
   * stays whole ({@link DocumentRegister#recordTyped}), otherwise refused with the number to type.
   */
  void number(DelegateTask task) {
    int year = Facts.year(task);
    FormInput in = FormInput.of(task);
    String typed = in.optionalText("documentNumber", "Số văn bản");
    LocalDate date = in.date("documentDate", "Ngày ban hành");
    in.require(date == null || (date.getYear() >= year && !date.isAfter(Clock.today())),
        "«Ngày ban hành» phải từ năm " + year + " và không sau ngày hôm nay.");
    in.require(in.flag("archived"), "Chưa xác nhận đã lưu văn thư (Lưu VT).");
    ConsolidatedReport report = report(task.getExecution());
    Optional<RegisterEntry> held = register.active(registerReference(report))
        .filter(e -> RegisterEntry.RESERVED.equals(e.status()));
    // The form shows the held number read-only and sends it back; a number removed by hand
    // is refused like one changed by hand.
    in.require(typed != null, "«Số văn bản» là bắt buộc"
        + held.map(e -> " (số do sổ văn bản đi cấp: " + e.number() + ").").orElse("."));
    in.require(typed == null || typed.matches("\\d{1,6}-BC/[A-ZĐ]{2,20}"),
        "«Số văn bản» phải có dạng số-BC/ký hiệu cơ quan, ví dụ 125-BC/BTGTU.");
    in.require(held.isEmpty() || typed == null || !typed.matches("\\d{1,6}-BC/[A-ZĐ]{2,20}")
        || typed.equals(held.get().number()),
        "«Số văn bản» do sổ văn bản đi cấp (" + held.map(RegisterEntry::number).orElse("")
            + "), không thay bằng số khác được.");
    in.refuseIfInvalid();
    RegisterEntry issued;
    if (held.isPresent()) {
      RegisterEntry entry = held.get();
      if (!register.seriesOf(date).equals(entry.series())) {
        // Held in one year, dated in the next: numbers restart, so the held one is cancelled.
        register.cancel(entry.id(), "Văn bản ban hành sang năm sau, cấp số của năm "
            + date.getYear(), Actors.of(task));
        entry = register.reserve(DocumentKind.BC, date, report.getTitle(),
            registerReference(report), Actors.of(task));
      }
      issued = register.issue(entry.id(), date, Actors.of(task));
    } else {
      issued = register.recordTyped(typed, DocumentKind.BC, date, report.getTitle(),
          registerReference(report), Actors.of(task));
    }
    String number = issued.number();
    report.numbered(number, date, Actors.of(task));
    reports.save(report);
    task.setVariableLocal("documentNumber", number);
    ReportDocument approved = documents.latest(report.getId()).orElseThrow();
    byte[] content = ReportDocument.UPLOADED.equals(approved.getSource()) ? approved.getContent()
        : writer.write(assembler.assemble(report));
    ReportDocument document = documents.store(report, ReportDocument.ISSUED, content,
        "Bản phát hành số " + number + " (từ bản " + approved.getVersion() + " đã phê duyệt)",
        Actors.of(task));
    task.getExecution().setVariable("reportVersion", document.getVersion());
  }

  /** Service task SendReport (asynchronous, retried; a failure becomes an incident). */
  void send(DelegateExecution execution) {
    ConsolidatedReport report = report(execution);
    ReportDocument issued = documents.latest(report.getId())
        .filter(d -> ReportDocument.ISSUED.equals(d.getSource()))
        .orElseThrow(() -> new IllegalStateException("No issued version of " + report.getTitle()));
    String channel = mailer.deliver(report, issued);
    List<String> codes = properties.recipients().stream()
        .map(ReportingProperties.Recipient::code).toList();
    report.submitted(channel, codes.contains("city-steering-committee"),
        codes.contains("agencies-bloc-party-committee"), Clock.now());
    reports.save(report);
    events.publishEvent(new ReportSent(execution.getTenantId(), report.getId(), report.getYear(),
        report.getPeriod(), Period.valueOf(report.getPeriod()).label(report.getYear()),
        report.getTitle(), report.getRevision(), report.getDocumentNumber(),
        report.getDocumentDate(), issued.getVersion(), downloadPath(report),
        report.getSubmittedAt()));
  }

  /**
   * A superior body returned the submitted report (bloc): its status and return time say so,
   * the reason is its comments, and the variables a process that revises it again starts with
   * (qcdc-report-return: the same steps and listeners as the review's report part).
   */
  public Map<String, Object> reopen(String reportId, String reason) {
    // By id: the bloc's body returning it reads every agency's reports.
    ConsolidatedReport report = reports.findById(reportId).orElseThrow();
    int year = report.getYear();
    String period = report.getPeriod();
    report.returnedBySuperior(reason, Clock.now());
    reports.save(report);
    Map<String, Object> variables = new HashMap<>();
    variables.put("year", year);
    variables.put("period", period);
    variables.put("periodLabel", Period.valueOf(period).label(year));
    variables.put("reportTitle", report.getTitle());
    variables.put("reportSummary", report.getSummary());
    variables.put("nextPeriodProposals", report.getNextPeriodProposals());
    variables.put("lateUnits", report.getLateUnits() == null || report.getLateUnits().isBlank()
        ? "Không có" : report.getLateUnits());
    variables.put("missingUnits", report.getMissingUnits() == null
        || report.getMissingUnits().isBlank() ? "Không có" : report.getMissingUnits());
    variables.put("reportComments", reason);
    variables.put("reportRecipients", recipients());
    variables.put("reportDownloadUrl", downloadPath(report));
    variables.put("reportUploadUrl", "/reports/upload.html?year=" + year + "&period=" + period);
    return variables;
  }

  private String recipients() {
    List<String> names = new ArrayList<>();
    properties.recipients().forEach(r -> names.add(r.name()
        + (r.email() == null ? "" : " <" + r.email() + ">")));
    names.add("Lưu VT");
    return String.join("\n", names);
  }

  private ConsolidatedReport report(DelegateExecution execution) {
    return reports.findByYearAndPeriod(Facts.year(execution), Facts.text(execution, "period"))
        .orElseThrow();
  }
}
