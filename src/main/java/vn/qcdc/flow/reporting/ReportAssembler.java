package vn.qcdc.flow.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.PlanRules;
import vn.qcdc.flow.conference.ConferenceSession;
import vn.qcdc.flow.conference.ConferenceSessionRepository;
import vn.qcdc.flow.dissemination.DisseminationRecord;
import vn.qcdc.flow.dissemination.DisseminationRecordRepository;
import vn.qcdc.flow.dissemination.DisseminationSession;
import vn.qcdc.flow.dissemination.DisseminationSessions;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrganisationFile;
import vn.qcdc.flow.organisation.Agencies;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.Phase;
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
  static final List<Indicator> TABLE = java.util.Arrays.stream(Indicator.values())
      .filter(i -> i.column().isPresent()).toList();
  static final List<String> TABLE_HEADERS =
      TABLE.stream().map(i -> i.column().orElseThrow()).toList();

  static final String FILED = "Đúng hạn";
  static final String LATE = "Nộp trễ";
  static final String MISSING = "Chưa nộp";
  /** Under the appendix's table. */
  private static final String TABLE_NOTE =
      "Ghi chú: \"-\" là chỉ tiêu mà loại đơn vị đó không báo cáo; đơn vị chưa nộp báo cáo"
          + " không có số liệu.";

  private final ReviewService reviews;
  private final DisseminationRecordRepository disseminations;
  private final ConferenceSessionRepository conferences;
  private final OrganisationRegistry organisation;
  private final Agencies organisationFiles;
  private final PlanRules planRules;
  private final ReportingProperties reporting;
  private final IdentityService identity;
  private final DisseminationSessions sessions;
  private final vn.qcdc.flow.review.YearKeyTasks yearKeyTasks;

  ReportAssembler(ReviewService reviews, DisseminationRecordRepository disseminations,
      ConferenceSessionRepository conferences, OrganisationRegistry organisation,
      Agencies organisationFiles, PlanRules planRules,
      ReportingProperties reporting, IdentityService identity, DisseminationSessions sessions,
      vn.qcdc.flow.review.YearKeyTasks yearKeyTasks) {
    this.sessions = sessions;
    this.yearKeyTasks = yearKeyTasks;
    this.reviews = reviews;
    this.disseminations = disseminations;
    this.conferences = conferences;
    this.organisation = organisation;
    this.organisationFiles = organisationFiles;
    this.planRules = planRules;
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

  /** The facts the general assessment rests on (ReportRules), from the filed reviews. */
  ReportRules.Facts facts(int year, Period period, List<OrgUnit> expected,
      Map<String, UnitReview> filed) {
    List<String> late = expected.stream().filter(u -> filed.containsKey(u.getCode())
        && filed.get(u.getCode()).isLate()).map(OrgUnit::getName).toList();
    List<String> missing = expected.stream().filter(u -> !filed.containsKey(u.getCode()))
        .map(OrgUnit::getName).toList();
    return new ReportRules.Facts(periodText(period) + " " + year, reviewWord(period), late,
        missing, sum(filed, Indicator.COMPLAINTS_RECEIVED),
        sum(filed, Indicator.COMPLAINTS_RESOLVED), sum(filed, Indicator.COMPLAINTS_ON_TIME),
        sum(filed, Indicator.KEY_TASKS_SET), sum(filed, Indicator.KEY_TASKS_DONE));
  }

  /** The last day of the period: the legal basis in force on it is the one printed. */
  static LocalDate periodEnd(int year, Period period) {
    return period.yearEnd() ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 6, 30);
  }

  ReportContent assemble(ConsolidatedReport report) {
    int year = report.getYear();
    Period period = Period.valueOf(report.getPeriod());
    OrganisationFile.Agency agency =
        organisationFiles.current().getAgency();
    List<OrgUnit> expected = organisation.unitsFor("REVIEW");
    Map<String, UnitReview> filed = reviews.filed(year, period);
    FigureTable table = figureTable(expected, filed);
    List<String> legalBasis = planRules.legalBasisInForce(periodEnd(year, period))
        .stream().map(PlanRules.LegalBasis::text).toList();
    List<ReportContent.Section> sections = sections(report, year, period, expected, filed);
    List<String> recipients = recipients();
    String signerId = report.getApprovedBy();

    String introduction = "Thực hiện Kế hoạch triển khai thực hiện quy chế dân chủ ở cơ sở năm "
        + year + ", " + agency.getName() + " báo cáo " + subject(year, period) + " như sau:";
    String appendixTitle = "Số liệu thực hiện quy chế dân chủ ở cơ sở " + periodText(period)
        + " " + year + " của các đơn vị";
    return new ReportContent(agency.superior(), agency.headerName(), agency.getShortName(),
        agency.getPlace(), report.getDocumentNumber(), report.getDocumentDate(), "BÁO CÁO",
        subject(year, period), introduction, sections, TABLE_HEADERS, table.rows(),
        table.total(), TABLE_NOTE, List.of(), recipients, signerTitle(agency, signerId),
        signer(signerId), legalBasis, appendixTitle);
  }

  /** The appendix's table: a row per expected unit, and the totals. */
  private record FigureTable(List<ReportContent.Row> rows, ReportContent.Row total) {
  }

  private static FigureTable figureTable(List<OrgUnit> expected,
      Map<String, UnitReview> filed) {
    List<ReportContent.Row> rows = new ArrayList<>();
    int[] totals = new int[TABLE.size()];
    for (OrgUnit unit : expected) {
      rows.add(unitRow(unit, filed.get(unit.getCode()), totals));
    }
    List<Integer> totalFigures = new ArrayList<>();
    for (int total : totals) {
      totalFigures.add(total);
    }
    ReportContent.Row totalRow = new ReportContent.Row("Tổng cộng", totalFigures,
        filed.size() + "/" + expected.size() + " đã nộp");
    return new FigureTable(rows, totalRow);
  }

  /**
   * A unit's figures, null where its review does not report the indicator (or it filed none),
   * added to {@code totals}.
   */
  private static ReportContent.Row unitRow(OrgUnit unit, UnitReview review, int[] totals) {
    List<Integer> figures = new ArrayList<>();
    for (int i = 0; i < TABLE.size(); i++) {
      Indicator indicator = TABLE.get(i);
      boolean reported = review != null && review.getFigures().containsKey(indicator);
      Integer value = reported ? review.figure(indicator) : null;
      figures.add(value);
      totals[i] += value == null ? 0 : value;
    }
    String state = review == null ? MISSING : review.isLate() ? LATE : FILED;
    return new ReportContent.Row(unit.getName(), figures, state);
  }

  /** Parts I (the summary, then II.1 to II.5 and the shortcomings) and III. */
  private List<ReportContent.Section> sections(ConsolidatedReport report, int year,
      Period period, List<OrgUnit> expected, Map<String, UnitReview> filed) {
    List<ReportContent.Section> sections = new ArrayList<>();
    List<String> opening = new ArrayList<>();
    opening.add(report.getSummary());
    sections.add(new ReportContent.Section("I. KẾT QUẢ THỰC HIỆN", opening));
    sections.add(dissemination(year, period, filed));
    sections.add(conference(year, filed));
    sections.add(transparency(year, period, filed));
    sections.add(leadership(year, period, filed));
    sections.add(unionAndBoard(year, period, filed));
    sections.add(inspectionAndReviews(year, period, expected, filed));
    sections.add(shortcomings(expected, filed));
    sections.add(nextPeriod(report, facts(year, period, expected, filed)));
    return sections;
  }

  /** "Nơi nhận": the configured recipients, then the agency's own archive. */
  private List<String> recipients() {
    List<String> recipients = new ArrayList<>();
    reporting.recipients().forEach(r -> recipients.add(r.name()));
    recipients.add("Lưu VT");
    return recipients;
  }

  /** A deputy (anyone but the configured head) signs "K/T" for the head. */
  private String signerTitle(OrganisationFile.Agency agency, String signerId) {
    boolean deputy = signerId != null && agency.getHead() != null && !agency.getHead().isBlank()
        && !agency.getHead().equals(signerId);
    String headTitle = reporting.signerTitle();
    return deputy ? "K/T " + headTitle + "\n" + agency.getDeputyTitle() : headTitle;
  }

  /** Part III, always: the units' proposals, and what the shortcomings call for. */
  private ReportContent.Section nextPeriod(ConsolidatedReport report, ReportRules.Facts f) {
    List<String> paragraphs = new ArrayList<>();
    if (!f.missingUnits().isEmpty() || !f.lateUnits().isEmpty()) {
      paragraphs.add("Đôn đốc " + String.join(", ", concat(f.missingUnits(), f.lateUnits()))
          + " thực hiện đầy đủ, đúng hạn chế độ báo cáo " + f.reviewWord() + ".");
    }
    if (f.overdueCases() > 0 || f.unresolvedCases() > 0) {
      paragraphs.add("Giải quyết dứt điểm, đúng thời hạn luật định các đơn thư"
          + (f.unresolvedCases() > 0 ? " còn đang giải quyết (" + f.unresolvedCases() + " đơn)"
              : "") + ".");
    }
    if (f.keyTasksSet() > f.keyTasksDone()) {
      paragraphs.add("Hoàn thành " + (f.keyTasksSet() - f.keyTasksDone())
          + " nhiệm vụ trọng tâm chưa hoàn thành trong kỳ.");
    }
    List<String> proposals = lines(report.getNextPeriodProposals());
    if (proposals.isEmpty()) {
      paragraphs.add("Các đơn vị không có kiến nghị, đề xuất với cấp trên trong kỳ này.");
    } else {
      paragraphs.addAll(proposals);
    }
    return new ReportContent.Section("III. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ, ĐỀ XUẤT",
        paragraphs);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private ReportContent.Section dissemination(int year, Period period,
      Map<String, UnitReview> filed) {
    List<DisseminationRecord> held = disseminations.findByYear(year);
    List<OrgUnit> expected = organisation.unitsFor("DISSEMINATION");
    java.util.Set<UnitKind> departmentKinds = organisation.kinds(Phase.DEPARTMENTS);
    long departments = expected.stream().filter(u -> departmentKinds.contains(u.getKind())).count();
    List<DisseminationRecord> ofDepartments = held.stream()
        .filter(r -> departmentKinds.contains(organisation.unit(r.getUnitCode()).getKind())).toList();
    int attendance = ofDepartments.stream().mapToInt(DisseminationRecord::getAttendance).sum();
    int headcount = ofDepartments.stream().mapToInt(DisseminationRecord::getHeadcount).sum();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(ofDepartments.size() + "/" + departments + " phòng, trung tâm đã tổ chức"
        + " quán triệt các văn bản về quy chế dân chủ ở cơ sở"
        + (headcount > 0 ? ", " + attendance + "/" + headcount + " lượt cán bộ, công chức của"
            + " các phòng, trung tâm tham dự" : "") + ".");
    for (OrgUnit other : expected.stream().filter(u -> !departmentKinds.contains(u.getKind()))
        .toList()) {
      held.stream().filter(r -> r.getUnitCode().equals(other.getCode())).findFirst()
          .ifPresentOrElse(r -> paragraphs.add(other.getName() + " tổ chức quán triệt ngày "
              + Formats.date(r.getMeetingDate()) + ", " + r.getAttendance() + "/"
              + r.getHeadcount() + " người tham dự."),
              () -> paragraphs.add(other.getName() + " chưa tổ chức quán triệt."));
    }
    int sessions = sum(filed, Indicator.DISSEMINATION_SESSIONS);
    paragraphs.add(sessions == 0 ? "Trong " + periodText(period) + ", các đơn vị chưa tổ chức"
        + " thêm buổi tuyên truyền nào."
        : "Trong " + periodText(period) + ", các đơn vị tổ chức " + sessions
            + " buổi quán triệt, tuyên truyền với " + sum(filed, Indicator.PARTICIPANTS)
            + " lượt người tham dự.");
    paragraphs.add(sessionsHeld(year, period));
    return new ReportContent.Section("1. Công tác quán triệt, tuyên truyền", paragraphs);
  }

  /**
   * II.1 (third point), III.1: the meetings the units recorded through the year, per unit and
   * kind, as recorded (the Party cell files no review figures, its sessions count here).
   */
  private String sessionsHeld(int year, Period period) {
    LocalDate to = period.yearEnd() ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 6, 30);
    List<DisseminationSession> held = sessions.between(year, LocalDate.of(year, 1, 1), to);
    if (held.isEmpty()) {
      return "Chưa đơn vị nào ghi nhận buổi phổ biến văn bản về quy chế dân chủ ở cơ sở lồng ghép"
          + " trong các cuộc họp, sinh hoạt định kỳ, chuyên đề.";
    }
    Map<String, List<DisseminationSession>> byUnit = new java.util.LinkedHashMap<>();
    for (OrgUnit unit : organisation.unitsFor("DISSEMINATION")) {
      List<DisseminationSession> ofUnit = held.stream()
          .filter(s -> s.getUnitCode().equals(unit.getCode())).toList();
      if (!ofUnit.isEmpty()) {
        byUnit.put(unit.getName(), ofUnit);
      }
    }
    List<String> parts = new ArrayList<>();
    byUnit.forEach((name, ofUnit) -> parts.add(name + " " + ofUnit.size() + " buổi ("
        + ofUnit.stream().map(s -> DisseminationSessions.kindLabel(s.getSessionKind()))
            .distinct().collect(java.util.stream.Collectors.joining(", ")) + ")"));
    List<String> silent = organisation.unitsFor("DISSEMINATION").stream()
        .filter(u -> held.stream().noneMatch(s -> s.getUnitCode().equals(u.getCode())))
        .map(OrgUnit::getName).toList();
    return "Phổ biến văn bản về quy chế dân chủ ở cơ sở lồng ghép trong các cuộc họp của cơ quan,"
        + " công đoàn, sinh hoạt định kỳ và chuyên đề của chi bộ: các đơn vị đã ghi nhận "
        + held.size() + " buổi với " + held.stream().mapToInt(DisseminationSession::getAttendees)
            .sum() + " lượt người tham dự; " + String.join("; ", parts) + "."
        + (silent.isEmpty() ? "" : " Chưa ghi nhận buổi nào: " + String.join(", ", silent)
            + ".");
  }

  /**
   * II.3 (first point): the year's key tasks assigned from above, each with its leading unit and
   * its state as that unit last reported it; null for a year that tracks none.
   */
  private String keyTasksFromAbove(int year) {
    var items = yearKeyTasks.of(year);
    if (items.isEmpty()) {
      return null;
    }
    long done = items.stream()
        .filter(i -> vn.qcdc.flow.review.YearKeyTasks.DONE.equals(i.getState())).count();
    List<String> lines = new ArrayList<>();
    for (var item : items) {
      lines.add(item.getSeq() + ") " + item.getTitle() + " ("
          + (item.getOwnerUnit() == null ? "chưa giao đơn vị chủ trì"
              : organisation.name(item.getOwnerUnit()) + " chủ trì") + "): "
          + vn.qcdc.flow.review.YearKeyTasks.stateLabel(item.getState())
          + (item.getProgressNote() == null ? "" : ", " + item.getProgressNote()));
    }
    return "Thực hiện " + items.size() + " nhiệm vụ trọng tâm năm " + year + " được cấp trên"
        + " giao: hoàn thành " + done + "/" + items.size() + ". " + String.join("; ", lines)
        + ".";
  }

  private ReportContent.Section conference(int year, Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    conferences.findByYearOrderByAttempt(year).stream()
        .filter(ConferenceSession::isResolutionAdopted).findFirst().ifPresentOrElse(
            c -> paragraphs.add("Hội nghị cán bộ, công chức năm " + year + " được tổ chức ngày "
                + Formats.date(c.getConferenceDate()) + ", " + c.getAttendance() + "/"
                + c.getTotalOfficials() + " cán bộ, công chức tham dự; Nghị quyết hội nghị được "
                + c.getVotesFor() + "/" + c.getAttendance() + " người dự tán thành."),
            () -> paragraphs.add("Hội nghị cán bộ, công chức năm " + year
                + " chưa được tổ chức hợp lệ."));
    paragraphs.add(ReportRules.proposals(sum(filed, Indicator.PROPOSALS_RECEIVED),
        sum(filed, Indicator.PROPOSALS_ANSWERED)));
    paragraphs.add(ReportRules.keyTasks(sum(filed, Indicator.KEY_TASKS_SET),
        sum(filed, Indicator.KEY_TASKS_DONE)));
    String fromAbove = keyTasksFromAbove(year);
    if (fromAbove != null) {
      paragraphs.add(fromAbove);
    }
    return new ReportContent.Section("2. Hội nghị cán bộ, công chức và nhiệm vụ trọng tâm",
        paragraphs);
  }

  private ReportContent.Section transparency(int year, Period period,
      Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    reviews.regulationReview(year, period).ifPresentOrElse(
        r -> paragraphs.add("Rà soát " + r.getReviewed() + " quy chế, quy định nội bộ"
            + (r.getAmended() == 0 ? ", không phải sửa đổi, bổ sung."
                : ", sửa đổi, bổ sung " + r.getAmended() + ".")),
        () -> paragraphs.add("Chưa báo cáo kết quả rà soát quy chế, quy định nội bộ."));
    paragraphs.add(ReportRules.cases(sum(filed, Indicator.COMPLAINTS_RECEIVED),
        sum(filed, Indicator.COMPLAINTS_RESOLVED), sum(filed, Indicator.COMPLAINTS_ON_TIME)));
    int disclosures = sum(filed, Indicator.DISCLOSURES_MADE);
    paragraphs.add(disclosures == 0 ? "Trong kỳ chưa thực hiện công khai tài chính."
        : "Thực hiện " + disclosures + " lần công khai tài chính.");
    return new ReportContent.Section("3. Thực hiện quy chế, công khai và giải quyết đơn thư",
        paragraphs);
  }

  private ReportContent.Section leadership(int year, Period period,
      Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    reviews.leadershipReport(year, period).ifPresentOrElse(
        r -> {
          paragraphs.add(r.getCommitments());
          int actions = sum(filed, Indicator.DIALOGUE_ACTIONS_DONE);
          paragraphs.add(r.getDialoguesHeld() == 0
              ? "Trong kỳ, lãnh đạo chưa tổ chức đối thoại với cán bộ, công chức."
              : "Lãnh đạo tổ chức " + r.getDialoguesHeld()
                  + " buổi đối thoại với cán bộ, công chức"
                  + (actions == 0 ? "." : "; " + actions + " việc sau đối thoại đã hoàn thành."));
        },
        () -> paragraphs.add("Lãnh đạo chưa báo cáo việc thực hiện trách nhiệm nêu gương."));
    // I.2: the Party cell's own assessment of how the Party committee and leadership led QCDC.
    reviews.partyCellReview(year, period).ifPresentOrElse(
        r -> paragraphs.add("Chi bộ cơ quan đánh giá việc lãnh đạo thực hiện quy chế dân chủ ở"
            + " cơ sở trong kỳ: " + partyAssessmentText(r.getAssessment()) + ". "
            + r.getFindings()
            + (r.getDirections() == null ? "" : " Chủ trương kỳ tới: " + r.getDirections())),
        () -> paragraphs.add("Chi bộ cơ quan chưa đánh giá việc lãnh đạo thực hiện quy chế dân"
            + " chủ ở cơ sở trong kỳ."));
    return new ReportContent.Section("4. Trách nhiệm nêu gương của lãnh đạo và đối thoại",
        paragraphs);
  }

  private ReportContent.Section unionAndBoard(int year, Period period,
      Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    for (UnitReview review : filed.values()) {
      UnitKind kind = UnitKind.valueOf(review.getUnitKind());
      String name = organisation.name(review.getUnitCode());
      int inspections = review.figure(Indicator.INSPECTIONS_MADE);
      if (kind == UnitKind.UNION) {
        int propaganda = nullToZero(review.getPropagandaActivities());
        paragraphs.add(name + (propaganda == 0 ? " chưa tổ chức hoạt động tuyên truyền"
            : " tổ chức " + propaganda + " hoạt động tuyên truyền")
            + (inspections == 0 ? ", chưa tổ chức kiểm tra, giám sát"
                : ", " + inspections + " cuộc kiểm tra, giám sát")
            + ". Tâm tư, nguyện vọng của cán bộ, công chức: " + review.getSentimentReport()
            + answerTo(year, period, review.getUnitCode()));
      } else if (kind == UnitKind.INSPECTION_BOARD) {
        paragraphs.add(name + (inspections == 0 ? " chưa tổ chức giám sát."
            : " thực hiện " + inspections + " cuộc giám sát, "
                + ReportRules.findings(review.figure(Indicator.INSPECTION_FINDINGS)) + ".")
            + " Giám sát hoạt động hành chính: " + review.getAdminSupervision()
            + " Giám sát hoạt động tài chính: " + review.getFinanceSupervision());
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add("Công đoàn và Ban Thanh tra nhân dân chưa nộp báo cáo.");
    }
    return new ReportContent.Section("5. Hoạt động của Công đoàn và Ban Thanh tra nhân dân",
        paragraphs);
  }

  private ReportContent.Section inspectionAndReviews(int year, Period period,
      List<OrgUnit> expected, Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    List<String> order = organisation.codesFor("INSPECTION");
    java.util.Set<UnitKind> departmentKinds = organisation.kinds(Phase.DEPARTMENTS);
    List<Inspection> inspections = reviews.inspections(year, period).stream()
        .sorted(java.util.Comparator.comparingInt(i -> order.indexOf(i.getUnitCode())))
        .toList();
    if (inspections.isEmpty()) {
      paragraphs.add("Trong kỳ, Ban Chỉ đạo không tổ chức kiểm tra tại đơn vị.");
    } else {
      List<String> each = inspections.stream().map(i -> organisation.name(i.getUnitCode())
          + inspectedBy(i)
          + " (" + ratingText(i.getRating()) + ", " + ReportRules.findings(i.getFindingsCount())
          + ")").toList();
      paragraphs.add("Ban Chỉ đạo kiểm tra " + inspections.size() + " đơn vị: "
          + String.join("; ", each) + ".");
    }
    List<OrgUnit> departments = expected.stream()
        .filter(u -> departmentKinds.contains(u.getKind())).toList();
    long departmentsFiled = departments.stream().filter(u -> filed.containsKey(u.getCode()))
        .count();
    List<String> others = expected.stream().filter(u -> !departmentKinds.contains(u.getKind()))
        .map(u -> u.getName() + (filed.containsKey(u.getCode()) ? " đã nộp" : " chưa nộp"))
        .toList();
    ReportRules.Facts f = facts(year, period, expected, filed);
    paragraphs.add(departmentsFiled + "/" + departments.size() + " phòng, trung tâm đã nộp báo"
        + " cáo " + reviewWord(period) + (others.isEmpty() ? "" : "; " + String.join(", ", others))
        + (f.lateUnits().isEmpty() ? "" : "; nộp trễ: " + String.join(", ", f.lateUnits()))
        + (f.missingUnits().isEmpty() ? "" : "; chưa nộp: "
            + String.join(", ", f.missingUnits())) + ".");
    return new ReportContent.Section("6. Công tác kiểm tra, " + reviewWord(period), paragraphs);
  }

  private ReportContent.Section shortcomings(List<OrgUnit> expected,
      Map<String, UnitReview> filed) {
    List<String> paragraphs = new ArrayList<>();
    for (OrgUnit unit : expected) {
      UnitReview review = filed.get(unit.getCode());
      if (review != null && review.getShortcomings() != null
          && !review.getShortcomings().isBlank()) {
        paragraphs.add(unit.getName() + ": " + review.getShortcomings()
            + (review.getCauses() == null ? "" : " Nguyên nhân: " + review.getCauses()));
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(filed.isEmpty() ? "Chưa có đơn vị nào nộp báo cáo."
          : "Các đơn vị không nêu hạn chế trong kỳ.");
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

  /**
   * Who inspected (III.3: the member the committee assigned; a colleague who stood in is named
   * too) and with whom from the union (II.5.a). Years selected without names say nothing.
   */
  private String inspectedBy(Inspection i) {
    String assigned = i.getAssignedInspector();
    if (assigned == null) {
      return "";
    }
    String text = " do đồng chí " + signer(assigned) + " kiểm tra";
    if (i.getInspector() != null && !i.getInspector().equals(assigned)) {
      text += " (đồng chí " + signer(i.getInspector()) + " thực hiện thay)";
    }
    if (i.getUnionRepresentative() != null) {
      text += ", cùng đại diện Công đoàn là đồng chí " + signer(i.getUnionRepresentative());
    }
    return text;
  }

  /** II.5.a: who answered the union's report for the Party committee or leadership, and how. */
  private String answerTo(int year, Period period, String union) {
    return reviews.sentimentAnswers(year, period).stream()
        .filter(a -> a.getUnionCode().equals(union)).findFirst()
        .map(a -> " " + (a.getAnsweredAs() == null ? "Lãnh đạo Ban"
            : organisation.name(a.getAnsweredAs())) + " (đồng chí " + signer(a.getAnsweredBy())
            + ") đã tiếp nhận và trả lời: " + a.getAnswer()
            + (a.getMeasures() == null ? "" : " Việc sẽ làm: " + a.getMeasures()))
        .orElse(" Phản ánh của Công đoàn chưa được cấp ủy, lãnh đạo Ban trả lời.");
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

  static String periodText(Period period) {
    return period.yearEnd() ? "năm" : "6 tháng đầu năm";
  }

  /** H1 is a "sơ kết", the year a "tổng kết", never both. */
  static String reviewWord(Period period) {
    return period.yearEnd() ? "tổng kết" : "sơ kết";
  }

  private static String partyAssessmentText(String assessment) {
    return switch (assessment) {
      case "GOOD" -> "lãnh đạo thực hiện tốt";
      case "FAIR" -> "lãnh đạo thực hiện đạt yêu cầu";
      default -> "còn hạn chế, cần khắc phục";
    };
  }

  private static String ratingText(String rating) {
    return switch (rating) {
      case "GOOD" -> "thực hiện tốt";
      case "FAIR" -> "đạt yêu cầu";
      default -> "còn hạn chế";
    };
  }
}
