package vn.qcdc.flow.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.QcdcProperties;
import vn.qcdc.flow.conference.ConferenceSession;
import vn.qcdc.flow.conference.ConferenceSessionRepository;
import vn.qcdc.flow.dissemination.DisseminationRecord;
import vn.qcdc.flow.dissemination.DisseminationRecordRepository;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrganisationFile;
import vn.qcdc.flow.organisation.OrganisationFileLoader;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.Inspection;
import vn.qcdc.flow.review.Period;
import vn.qcdc.flow.review.ReviewService;
import vn.qcdc.flow.review.UnitReview;

/**
 * Writes what the agency's report says, in Vietnamese, from the records of the period: the
 * plan's parts II.1 to II.5 and III, a table of the units' figures with totals, the proposals
 * for the next period and "Nơi nhận".
 */
@Component
public class ReportAssembler {

  /** The columns of the indicator table; a unit whose kind does not report one shows "-". */
  static final List<Indicator> TABLE = List.of(Indicator.DISSEMINATION_SESSIONS,
      Indicator.PARTICIPANTS, Indicator.PROPOSALS_RECEIVED, Indicator.PROPOSALS_ANSWERED,
      Indicator.COMPLAINTS_RECEIVED, Indicator.COMPLAINTS_RESOLVED, Indicator.COMPLAINTS_ON_TIME,
      Indicator.KEY_TASKS_SET, Indicator.KEY_TASKS_DONE);
  static final List<String> TABLE_HEADERS = List.of("Buổi quán triệt", "Lượt tham dự",
      "Kiến nghị nhận", "Kiến nghị đã trả lời", "Đơn thư tiếp nhận", "Đơn thư đã giải quyết",
      "Giải quyết đúng hạn", "Nhiệm vụ trọng tâm", "Nhiệm vụ hoàn thành");

  static final String FILED = "Đúng hạn";
  static final String LATE = "Nộp trễ";
  static final String MISSING = "Chưa nộp";

  private final ReviewService reviews;
  private final DisseminationRecordRepository disseminations;
  private final ConferenceSessionRepository conferences;
  private final OrganisationRegistry organisation;
  private final OrganisationFileLoader organisationFiles;
  private final QcdcProperties properties;
  private final ReportingProperties reporting;
  private final IdentityService identity;

  ReportAssembler(ReviewService reviews, DisseminationRecordRepository disseminations,
      ConferenceSessionRepository conferences, OrganisationRegistry organisation,
      OrganisationFileLoader organisationFiles, QcdcProperties properties,
      ReportingProperties reporting, IdentityService identity) {
    this.reviews = reviews;
    this.disseminations = disseminations;
    this.conferences = conferences;
    this.organisation = organisation;
    this.organisationFiles = organisationFiles;
    this.properties = properties;
    this.reporting = reporting;
    this.identity = identity;
  }

  /** The report's subject line: "kết quả thực hiện ... 6 tháng đầu năm 2022" or "năm 2022". */
  static String subject(int year, Period period) {
    return "kết quả thực hiện quy chế dân chủ ở cơ sở "
        + (period.yearEnd() ? "năm " : "6 tháng đầu năm ") + year;
  }

  static String title(int year, Period period) {
    return "Báo cáo " + subject(year, period);
  }

  ReportContent assemble(ConsolidatedReport report) {
    int year = report.getYear();
    Period period = Period.valueOf(report.getPeriod());
    OrganisationFile.Agency agency =
        organisationFiles.load(properties.getOrganisation().getFile()).getAgency();
    List<OrgUnit> expected = organisation.unitsFor("REVIEW");
    Map<String, UnitReview> filed = reviews.filed(year, period);

    List<ReportContent.Row> rows = new ArrayList<>();
    int[] totals = new int[TABLE.size()];
    for (OrgUnit unit : expected) {
      UnitReview review = filed.get(unit.getCode());
      List<Integer> figures = new ArrayList<>();
      for (int i = 0; i < TABLE.size(); i++) {
        Indicator indicator = TABLE.get(i);
        boolean reported = review != null && review.getFigures().containsKey(indicator);
        Integer value = reported ? review.figure(indicator) : null;
        figures.add(value);
        totals[i] += value == null ? 0 : value;
      }
      String state = review == null ? MISSING : review.isLate() ? LATE : FILED;
      rows.add(new ReportContent.Row(unit.getName(), figures, state));
    }
    List<Integer> totalFigures = new ArrayList<>();
    for (int total : totals) {
      totalFigures.add(total);
    }
    ReportContent.Row totalRow = new ReportContent.Row("Tổng cộng", totalFigures,
        filed.size() + "/" + expected.size() + " đã nộp");

    List<ReportContent.Section> sections = new ArrayList<>();
    sections.add(new ReportContent.Section("I. KẾT QUẢ THỰC HIỆN",
        List.of(report.getSummary())));
    sections.add(dissemination(year, period, filed));
    sections.add(conference(year, filed));
    sections.add(transparency(year, period, filed));
    sections.add(leadership(year, period, filed));
    sections.add(unionAndBoard(filed));
    sections.add(inspectionAndReviews(year, period, expected, filed));
    sections.add(shortcomings(expected, filed));

    List<String> recipients = new ArrayList<>();
    reporting.getRecipients().forEach(r -> recipients.add(r.getName()));
    recipients.add("Lưu VT");

    return new ReportContent(agency.getParentBody(), agency.getName(), agency.getShortName(),
        agency.getPlace(), report.getDocumentNumber(), report.getDocumentDate(), "BÁO CÁO",
        subject(year, period),
        "Thực hiện Kế hoạch triển khai thực hiện quy chế dân chủ ở cơ sở năm " + year + ", "
            + agency.getName() + " báo cáo " + subject(year, period) + " như sau:",
        sections, TABLE_HEADERS, rows, totalRow,
        "Ghi chú: \"-\" là chỉ tiêu mà loại đơn vị đó không báo cáo; đơn vị chưa nộp không có số"
            + " liệu.",
        lines(report.getNextPeriodProposals()), recipients, reporting.getSignerTitle(),
        signer(report.getApprovedBy()));
  }

  private ReportContent.Section dissemination(int year, Period period,
      Map<String, UnitReview> filed) {
    List<DisseminationRecord> held = disseminations.findByYear(year);
    int attendance = held.stream().mapToInt(DisseminationRecord::getAttendance).sum();
    int headcount = held.stream().mapToInt(DisseminationRecord::getHeadcount).sum();
    return new ReportContent.Section(
        "1. Công tác quán triệt, tuyên truyền (mục II.1 của Kế hoạch)",
        List.of(held.size() + "/" + organisation.codesFor("DISSEMINATION").size()
            + " phòng, trung tâm đã tổ chức quán triệt các văn bản về quy chế dân chủ ở cơ sở, "
            + attendance + "/" + headcount + " lượt cán bộ, công chức tham dự. Trong "
            + periodText(period) + ", các đơn vị tổ chức "
            + sum(filed, Indicator.DISSEMINATION_SESSIONS) + " buổi quán triệt, tuyên truyền với "
            + sum(filed, Indicator.PARTICIPANTS) + " lượt người tham dự."));
  }

  private ReportContent.Section conference(int year, Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    conferences.findByYearOrderByAttempt(year).stream()
        .filter(ConferenceSession::isResolutionAdopted).findFirst().ifPresentOrElse(
            c -> paragraphs.add("Hội nghị cán bộ, công chức năm " + year + " được tổ chức ngày "
                + Formats.date(c.getConferenceDate()) + ", " + c.getAttendance() + "/"
                + c.getTotalOfficials() + " cán bộ, công chức tham dự; Nghị quyết hội nghị được "
                + c.getVotesFor() + " người tán thành."),
            () -> paragraphs.add("Hội nghị cán bộ, công chức năm " + year
                + " chưa được tổ chức hợp lệ."));
    paragraphs.add("Các đơn vị nhận " + sum(filed, Indicator.PROPOSALS_RECEIVED)
        + " kiến nghị, đề xuất của cán bộ, công chức, đã trả lời "
        + sum(filed, Indicator.PROPOSALS_ANSWERED) + "; thực hiện "
        + sum(filed, Indicator.KEY_TASKS_DONE) + "/" + sum(filed, Indicator.KEY_TASKS_SET)
        + " nhiệm vụ trọng tâm được giao.");
    return new ReportContent.Section(
        "2. Hội nghị cán bộ, công chức và nhiệm vụ trọng tâm (mục II.2)", paragraphs);
  }

  private ReportContent.Section transparency(int year, Period period,
      Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    reviews.regulationReview(year, period).ifPresentOrElse(
        r -> paragraphs.add("Rà soát " + r.getReviewed() + " quy chế, quy định nội bộ, sửa đổi, "
            + "bổ sung " + r.getAmended() + "."),
        () -> paragraphs.add("Chưa báo cáo kết quả rà soát quy chế, quy định nội bộ."));
    paragraphs.add("Tiếp nhận " + sum(filed, Indicator.COMPLAINTS_RECEIVED)
        + " đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh; đã giải quyết "
        + sum(filed, Indicator.COMPLAINTS_RESOLVED) + ", trong đó "
        + sum(filed, Indicator.COMPLAINTS_ON_TIME) + " đúng thời hạn luật định. Thực hiện "
        + sum(filed, Indicator.DISCLOSURES_MADE) + " lần công khai tài chính.");
    return new ReportContent.Section(
        "3. Thực hiện quy chế, công khai và giải quyết đơn thư (mục II.3)", paragraphs);
  }

  private ReportContent.Section leadership(int year, Period period,
      Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    reviews.leadershipReport(year, period).ifPresentOrElse(
        r -> {
          paragraphs.add(r.getCommitments());
          paragraphs.add("Lãnh đạo tổ chức " + r.getDialoguesHeld()
              + " buổi đối thoại với cán bộ, công chức; "
              + sum(filed, Indicator.DIALOGUE_ACTIONS_DONE)
              + " việc sau đối thoại đã hoàn thành.");
        },
        () -> paragraphs.add("Lãnh đạo chưa báo cáo việc thực hiện trách nhiệm nêu gương."));
    return new ReportContent.Section(
        "4. Trách nhiệm nêu gương của lãnh đạo và đối thoại (mục II.4)", paragraphs);
  }

  private ReportContent.Section unionAndBoard(Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    for (UnitReview review : filed.values()) {
      UnitKind kind = UnitKind.valueOf(review.getUnitKind());
      String name = organisation.name(review.getUnitCode());
      if (kind == UnitKind.UNION) {
        paragraphs.add(name + " tổ chức " + nullToZero(review.getPropagandaActivities())
            + " hoạt động tuyên truyền, " + review.figure(Indicator.INSPECTIONS_MADE)
            + " cuộc kiểm tra, giám sát. Tâm tư, nguyện vọng của cán bộ, công chức: "
            + review.getSentimentReport());
      } else if (kind == UnitKind.INSPECTION_BOARD) {
        paragraphs.add(name + " thực hiện " + review.figure(Indicator.INSPECTIONS_MADE)
            + " cuộc giám sát, phát hiện " + review.figure(Indicator.INSPECTION_FINDINGS)
            + " tồn tại. Giám sát hoạt động hành chính: " + review.getAdminSupervision()
            + " Giám sát hoạt động tài chính: " + review.getFinanceSupervision());
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add("Công đoàn và Ban Thanh tra nhân dân chưa nộp báo cáo.");
    }
    return new ReportContent.Section(
        "5. Hoạt động của Công đoàn và Ban Thanh tra nhân dân (mục II.5)", paragraphs);
  }

  private ReportContent.Section inspectionAndReviews(int year, Period period,
      List<OrgUnit> expected, Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    List<Inspection> inspections = reviews.inspections(year, period);
    if (inspections.isEmpty()) {
      paragraphs.add("Trong kỳ, Ban Chỉ đạo không tổ chức kiểm tra tại đơn vị.");
    } else {
      List<String> each = inspections.stream().map(i -> organisation.name(i.getUnitCode())
          + " (" + ratingText(i.getRating()) + ", " + i.getFindingsCount() + " tồn tại)").toList();
      paragraphs.add("Ban Chỉ đạo kiểm tra " + inspections.size() + " đơn vị: "
          + String.join("; ", each) + ".");
    }
    List<String> late = expected.stream().filter(u -> filed.containsKey(u.getCode())
        && filed.get(u.getCode()).isLate()).map(OrgUnit::getName).toList();
    List<String> missing = expected.stream().filter(u -> !filed.containsKey(u.getCode()))
        .map(OrgUnit::getName).toList();
    paragraphs.add(filed.size() + "/" + expected.size() + " đơn vị đã nộp báo cáo "
        + (period.yearEnd() ? "tổng kết" : "sơ kết")
        + (late.isEmpty() ? "" : "; nộp trễ: " + String.join(", ", late))
        + (missing.isEmpty() ? "" : "; chưa nộp: " + String.join(", ", missing)) + ".");
    return new ReportContent.Section(
        "6. Công tác kiểm tra, sơ kết, tổng kết (mục III.2, III.3)", paragraphs);
  }

  private ReportContent.Section shortcomings(List<OrgUnit> expected,
      Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    for (OrgUnit unit : expected) {
      UnitReview review = filed.get(unit.getCode());
      if (review != null) {
        paragraphs.add(unit.getName() + ": " + review.getShortcomings()
            + (review.getCauses() == null ? "" : " Nguyên nhân: " + review.getCauses()));
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add("Chưa có đơn vị nào nộp báo cáo.");
    }
    return new ReportContent.Section("II. HẠN CHẾ VÀ NGUYÊN NHÂN", paragraphs);
  }

  /** The units' recommendations, one line each, as the draft of part III. */
  String proposalsOf(int year, Period period) {
    List<String> lines = new ArrayList<>();
    for (UnitReview review : reviews.filed(year, period).values()) {
      if (review.getRecommendations() != null) {
        lines.add(organisation.name(review.getUnitCode()) + " đề xuất: "
            + review.getRecommendations());
      }
    }
    return String.join("\n", lines);
  }

  private String signer(String userId) {
    if (userId == null) {
      return "";
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (user.getLastName() + " " + user.getFirstName()).strip();
  }

  private static List<String> lines(String text) {
    return text == null || text.isBlank() ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  static int sum(Map<String, UnitReview> filed, Indicator indicator) {
    return filed.values().stream().mapToInt(r -> r.figure(indicator)).sum();
  }

  private static int nullToZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static String periodText(Period period) {
    return period.yearEnd() ? "năm" : "6 tháng đầu năm";
  }

  private static String ratingText(String rating) {
    return switch (rating) {
      case "GOOD" -> "thực hiện tốt";
      case "FAIR" -> "đạt yêu cầu";
      default -> "còn hạn chế";
    };
  }
}
