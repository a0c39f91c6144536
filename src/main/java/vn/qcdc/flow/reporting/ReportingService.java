package vn.qcdc.flow.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.conference.ConferenceSession;
import vn.qcdc.flow.conference.ConferenceSessionRepository;
import vn.qcdc.flow.dissemination.DisseminationRecord;
import vn.qcdc.flow.dissemination.DisseminationRecordRepository;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Facts;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.review.Period;
import vn.qcdc.flow.review.ReviewService;
import vn.qcdc.flow.review.UnitReview;

/**
 * The general-affairs department's consolidation of a review period into
 * the agency's report, leadership's decision on it and its submission to the
 * City Steering Committee and the Party Committee of the City Agencies Bloc.
 */
@Service
public class ReportingService {

  private final ConsolidatedReportRepository reports;
  private final ReviewService reviews;
  private final DisseminationRecordRepository disseminations;
  private final ConferenceSessionRepository conferences;
  private final OrganisationRegistry organisation;

  public ReportingService(ConsolidatedReportRepository reports, ReviewService reviews,
      DisseminationRecordRepository disseminations, ConferenceSessionRepository conferences,
      OrganisationRegistry organisation) {
    this.reports = reports;
    this.reviews = reviews;
    this.disseminations = disseminations;
    this.conferences = conferences;
    this.organisation = organisation;
  }

  /** Service task ConsolidateReviews: counts and totals per indicator, late and missing units. */
  void consolidate(DelegateExecution execution) {
    int year = Facts.year(execution);
    Period period = Period.valueOf(Facts.text(execution, "period"));
    List<OrgUnit> expected = organisation.unitsFor("REVIEW");
    Map<String, UnitReview> filed = reviews.filed(year, period);
    List<String> late = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int sessions = 0;
    int participants = 0;
    int received = 0;
    int answered = 0;
    int supervisions = 0;
    for (OrgUnit unit : expected) {
      UnitReview review = filed.get(unit.getCode());
      if (review == null) {
        missing.add(unit.getName());
        continue;
      }
      if (review.isLate()) {
        late.add(unit.getName());
      }
      sessions += review.getDisseminationSessions();
      participants += review.getParticipants();
      received += review.getProposalsReceived();
      answered += review.getProposalsAnswered();
      supervisions += review.getSupervisionsHeld() == null ? 0 : review.getSupervisionsHeld();
    }
    List<DisseminationRecord> disseminated = disseminations.findByYear(year);
    int disseminationAttendance = disseminated.stream()
        .mapToInt(DisseminationRecord::getAttendance).sum();
    int disseminationHeadcount = disseminated.stream()
        .mapToInt(DisseminationRecord::getHeadcount).sum();
    List<ConferenceSession> sessionsHeld = conferences.findByYearOrderByAttempt(year);

    String title = "Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở - " + period.label(year);
    StringBuilder s = new StringBuilder();
    s.append("1. Quán triệt, tuyên truyền (II.1): ").append(disseminated.size()).append("/")
        .append(organisation.codesFor("DISSEMINATION").size())
        .append(" đơn vị đã tổ chức quán triệt đầu năm, ").append(disseminationAttendance)
        .append("/").append(disseminationHeadcount).append(" lượt cán bộ, công chức tham dự; ")
        .append("các đơn vị báo cáo ").append(sessions).append(" buổi quán triệt, tuyên truyền với ")
        .append(participants).append(" lượt người tham dự.\n");
    s.append("2. Hội nghị cán bộ, công chức (II.2): ");
    sessionsHeld.stream().filter(ConferenceSession::isResolutionAdopted).findFirst().ifPresentOrElse(
        c -> s.append("tổ chức ngày ").append(Formats.date(c.getConferenceDate())).append(", ")
            .append(c.getAttendance()).append("/").append(c.getTotalOfficials())
            .append(" người dự, Nghị quyết được ").append(c.getVotesFor())
            .append(" người tán thành"),
        () -> s.append("chưa tổ chức được hội nghị hợp lệ"));
    s.append("; ").append(received).append(" kiến nghị, đề xuất, đã trả lời ").append(answered)
        .append(".\n");
    s.append("3. Công đoàn và Ban Thanh tra nhân dân (II.5): ").append(supervisions)
        .append(" cuộc kiểm tra, giám sát.\n");
    s.append("4. Tình hình nộp báo cáo (III.3): ").append(filed.size()).append("/")
        .append(expected.size()).append(" đơn vị đã nộp");
    s.append(late.isEmpty() ? "" : "; nộp trễ: " + String.join(", ", late));
    s.append(missing.isEmpty() ? "" : "; chưa nộp: " + String.join(", ", missing));
    s.append(".");

    ConsolidatedReport report = reports.findByYearAndPeriod(year, period.name())
        .orElseGet(() -> new ConsolidatedReport(year, period.name()));
    report.consolidate(title, s.toString(), String.join(", ", late), String.join(", ", missing),
        expected.size(), filed.size(), Clock.now());
    reports.save(report);
    execution.setVariable("reportTitle", title);
    execution.setVariable("reportSummary", s.toString());
    execution.setVariable("lateUnits", late.isEmpty() ? "Không có" : String.join(", ", late));
    execution.setVariable("missingUnits",
        missing.isEmpty() ? "Không có" : String.join(", ", missing));
    execution.setVariable("reportComments", null);
  }

  private ConsolidatedReport report(DelegateTask task) {
    return reports.findByYearAndPeriod(Facts.year(task), Facts.text(task, "period"))
        .orElseThrow();
  }

  /** Complete listener of ApproveReport. */
  void decide(DelegateTask task) {
    FormInput in = FormInput.of(task);
    FormInput.Decision decision = in.decision("reportDecision", "reportComments",
        "Ý kiến của lãnh đạo");
    in.refuseIfInvalid();
    ConsolidatedReport report = report(task);
    boolean approved = decision.approved();
    if (approved) {
      report.approve(Actors.of(task), Clock.now());
    } else {
      report.returned(decision.reason());
    }
    reports.save(report);
    task.getExecution().setVariable("reportApproved", approved);
    task.getExecution().setVariable("reportComments", approved ? null : decision.reason());
  }

  /** Complete listener of ReviseReport. */
  void revise(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String summary = in.text("reportSummary", "Nội dung báo cáo");
    in.refuseIfInvalid();
    ConsolidatedReport report = report(task);
    report.revised(summary);
    reports.save(report);
    task.getExecution().setVariable("reportSummary", summary);
  }

  /** Complete listener of SubmitReport: the number, the date, both recipients and the archive. */
  void submit(DelegateTask task) {
    int year = Facts.year(task);
    FormInput in = FormInput.of(task);
    String number = in.text("documentNumber", "Số văn bản");
    LocalDate date = in.date("documentDate", "Ngày ban hành");
    in.require(number == null || number.matches("\\d{1,6}-BC/[A-ZĐ]{2,20}"),
        "«Số văn bản» phải có dạng số-BC/ký hiệu cơ quan, ví dụ 125-BC/BTGTU.");
    in.require(date == null || (date.getYear() >= year && !date.isAfter(Clock.today())),
        "«Ngày ban hành» phải từ năm " + year + " và không sau ngày hôm nay.");
    in.require(in.flag("sentToCityCommittee"),
        "Chưa xác nhận đã gửi Ban Chỉ đạo thực hiện QCDC ở cơ sở thành phố.");
    in.require(in.flag("sentToBlocCommittee"),
        "Chưa xác nhận đã gửi Đảng ủy Khối Các cơ quan thành phố.");
    in.require(in.flag("archived"), "Chưa xác nhận đã lưu văn thư (Lưu VT).");
    in.refuseIfInvalid();
    ConsolidatedReport report = report(task);
    report.submit(number, date, Actors.of(task), Clock.now());
    reports.save(report);
  }
}
