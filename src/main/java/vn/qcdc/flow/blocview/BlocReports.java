package vn.qcdc.flow.blocview;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.PlanRules;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.organisation.Agencies;
import vn.qcdc.flow.reporting.PdfConverter;
import vn.qcdc.flow.reporting.ReportContent;
import vn.qcdc.flow.reporting.ReportWriter;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.Period;

/**
 * The bloc's consolidated report of a period ("Báo cáo tổng hợp kết quả thực hiện QCDC ở cơ sở
 * của các cơ quan thuộc Khối"), issued by the bloc's Party Committee: laid out by the agencies'
 * {@link ReportWriter} (36-HD/VPTW), with a row per agency (on time, late, not submitted, its
 * number and figures), the totals, and the agencies that have not reported.
 *
 * <p>Generated once per year and period when the bloc's deadline has passed (the day after
 * it, by the scheduled check; a second node finds the row and skips); a bloc user may generate
 * it again afterwards (a new version replaces the stored one, its version counted), never
 * before the deadline: a report of a period still open would say "not submitted" of agencies
 * that are on time.
 */
@Service
public class BlocReports {

  private static final Logger LOG = LoggerFactory.getLogger(BlocReports.class);
  static final String SYSTEM = "system";

  /** The appendix's columns: what each agency filed, then its figures. */
  static final List<String> HEADERS;

  static {
    List<String> headers = new ArrayList<>();
    headers.add("Đơn vị đã sơ kết, tổng kết");
    BlocProgressService.FIGURES.forEach(i -> headers.add(i.column().orElse(i.label())));
    HEADERS = List.copyOf(headers);
  }

  static final String ON_TIME = "Đúng hạn";
  static final String LATE = "Nộp muộn";
  static final String MISSING = "Chưa nộp";

  private final JdbcTemplate jdbc;
  private final BlocProgressService progress;
  private final BlocDeadline deadline;
  private final BlocViewProperties properties;
  private final ReportWriter writer;
  private final PdfConverter pdf;
  private final PlanRules planRules;
  private final Agencies agencies;

  BlocReports(JdbcTemplate jdbc, BlocProgressService progress, BlocDeadline deadline,
      BlocViewProperties properties, ReportWriter writer, PdfConverter pdf, PlanRules planRules,
      Agencies agencies) {
    this.jdbc = jdbc;
    this.progress = progress;
    this.deadline = deadline;
    this.properties = properties;
    this.writer = writer;
    this.pdf = pdf;
    this.planRules = planRules;
    this.agencies = agencies;
  }

  /** A stored consolidated report (without its documents). */
  public record Stored(String id, int year, String period, int version, Instant at,
      String by, int expected, int submitted, int late, boolean withPdf) {
  }

  /** Whether the bloc's deadline of the period has passed (the report may be made). */
  public boolean due(int year, Period period) {
    return Clock.today().isAfter(deadline.due(year, period.name()));
  }

  public LocalDate deadline(int year, Period period) {
    return deadline.due(year, period.name());
  }

  /**
   * The scheduled check: every period of this year and the last whose deadline has passed and
   * that has no report yet, for years some agency runs. Returns how many it generated.
   */
  @Scheduled(cron = "${qcdc.bloc-view.report-cron:0 15 * * * *}", zone = "Asia/Ho_Chi_Minh")
  public int generateDue() {
    int made = 0;
    int thisYear = Clock.today().getYear();
    for (int year = thisYear - 1; year <= thisYear; year++) {
      Integer cycles = jdbc.queryForObject(
          "SELECT COUNT(*) FROM qcdc_cycle WHERE cycle_year = ?", Integer.class, year);
      if (cycles == null || cycles == 0) {
        continue;
      }
      for (Period period : Period.values()) {
        if (due(year, period) && stored(year, period).isEmpty()) {
          try {
            insert(year, period, SYSTEM);
            made++;
            LOG.info("Bloc report {} {} generated: the bloc's deadline {} has passed", year,
                period, deadline(year, period));
          } catch (DuplicateKeyException e) {
            LOG.info("Bloc report {} {} already generated (another node)", year, period);
          }
        }
      }
    }
    return made;
  }

  /**
   * A bloc user's request: a new version of a due period's report.
   *
   * @throws IllegalStateException before the bloc's deadline (Vietnamese message)
   */
  public Stored regenerate(int year, Period period, String by) {
    if (!due(year, period)) {
      throw new IllegalStateException("Chưa đến lúc lập báo cáo tổng hợp: hạn nộp báo cáo "
          + period.label(year).toLowerCase(Locale.ROOT) + " của các cơ quan là ngày "
          + Formats.date(deadline(year, period)) + "; báo cáo tổng hợp được lập sau hạn này.");
    }
    Optional<Stored> existing = stored(year, period);
    if (existing.isEmpty()) {
      try {
        insert(year, period, by);
      } catch (DuplicateKeyException e) {
        // made by the scheduled check meanwhile: this request makes the next version
        return regenerate(year, period, by);
      }
    } else {
      Made made = make(year, period);
      jdbc.update("""
          UPDATE qcdc_bloc_report SET version = version + 1, generated_at = ?, generated_by = ?,
                 docx = ?, pdf = ?, agencies_expected = ?, agencies_submitted = ?,
                 agencies_late = ?
           WHERE cycle_year = ? AND period = ?
          """, Timestamp.from(Clock.now()), by, made.docx(), made.pdf(), made.expected(),
          made.submitted(), made.late(), year, period.name());
    }
    return stored(year, period).orElseThrow();
  }

  public Optional<Stored> stored(int year, Period period) {
    return jdbc.query("""
        SELECT id, cycle_year, period, version, generated_at, generated_by, agencies_expected,
               agencies_submitted, agencies_late, CASE WHEN pdf IS NULL THEN 0 ELSE 1 END
          FROM qcdc_bloc_report WHERE cycle_year = ? AND period = ?
        """, (rs, i) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
            rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getInt(7), rs.getInt(8),
            rs.getInt(9), rs.getInt(10) == 1), year, period.name()).stream().findFirst();
  }

  /** The Word document ("docx") or the PDF ("pdf") of the stored report. */
  public Optional<byte[]> document(int year, Period period, boolean asPdf) {
    return jdbc.query("SELECT " + (asPdf ? "pdf" : "docx")
        + " FROM qcdc_bloc_report WHERE cycle_year = ? AND period = ?",
        (rs, i) -> rs.getBytes(1), year, period.name()).stream()
        .filter(Objects::nonNull).findFirst();
  }

  static String fileName(int year, Period period, boolean asPdf) {
    return "bao-cao-tong-hop-khoi-" + (period.yearEnd() ? "nam-" : "6-thang-") + year
        + (asPdf ? ".pdf" : ".docx");
  }

  private void insert(int year, Period period, String by) {
    Made made = make(year, period);
    jdbc.update("""
        INSERT INTO qcdc_bloc_report (id, cycle_year, period, version, generated_at,
            generated_by, docx, pdf, agencies_expected, agencies_submitted, agencies_late)
        VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)
        """, UUID.randomUUID().toString(), year, period.name(), Timestamp.from(Clock.now()), by,
        made.docx(), made.pdf(), made.expected(), made.submitted(), made.late());
  }

  private record Made(byte[] docx, byte[] pdf, int expected, int submitted, int late) {
  }

  private Made make(int year, Period period) {
    BlocProgress data = progress.year(year);
    ReportContent content = content(data, period);
    byte[] docx = writer.write(content);
    byte[] converted = null;
    if (pdf.available()) {
      try {
        converted = pdf.toPdf(docx);
      } catch (RuntimeException e) {
        LOG.warn("Bloc report {} {}: no PDF ({}); the Word document is stored", year, period,
            e.getMessage());
      }
    }
    BlocProgress.Totals totals = totals(data, period);
    return new Made(docx, converted, totals.agencies(), totals.submitted(), totals.late());
  }

  static BlocProgress.Totals totals(BlocProgress data, Period period) {
    return data.totals().stream().filter(t -> t.period().equals(period.name())).findFirst()
        .orElseThrow();
  }

  static BlocProgress.Report reportOf(BlocProgress.AgencyRow agency, Period period) {
    return agency.reports().stream().filter(r -> r.period().equals(period.name())).findFirst()
        .orElseThrow();
  }

  /** What the consolidated report says, from the dashboard's data of the year. */
  ReportContent content(BlocProgress data, Period period) {
    int year = data.year();
    LocalDate due = deadline(year, period);
    String when = (period.yearEnd() ? "năm " : "6 tháng đầu năm ") + year;
    String subject = "tổng hợp kết quả thực hiện quy chế dân chủ ở cơ sở của các cơ quan thuộc"
        + " Khối " + when;
    BlocProgress.Totals totals = totals(data, period);

    List<ReportContent.Row> rows = new ArrayList<>();
    List<String> onTime = new ArrayList<>();
    List<String> late = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (BlocProgress.AgencyRow agency : data.agencies()) {
      BlocProgress.Report r = reportOf(agency, period);
      List<Integer> figures = new ArrayList<>();
      figures.add(r.submitted() ? r.unitsFiled() : null);
      for (Indicator i : BlocProgressService.FIGURES) {
        figures.add(r.submitted() ? r.figures().get(i.key()) : null);
      }
      String state;
      if (!r.submitted()) {
        state = MISSING;
        missing.add(agency.name());
      } else {
        state = (r.late() ? LATE : ON_TIME) + numberOf(r);
        (r.late() ? late : onTime).add(agency.name() + numberOf(r));
      }
      rows.add(new ReportContent.Row(agency.name(), figures, state));
    }
    List<Integer> totalFigures = new ArrayList<>();
    totalFigures.add(totals.unitsFiled());
    BlocProgressService.FIGURES.forEach(i -> totalFigures.add(totals.figures().get(i.key())));
    ReportContent.Row totalRow = new ReportContent.Row("Tổng cộng", totalFigures,
        totals.submitted() + "/" + totals.agencies() + " đã nộp");

    List<ReportContent.Section> sections = new ArrayList<>();
    List<String> submission = new ArrayList<>();
    submission.add("Hạn nộp báo cáo " + when + " của các cơ quan là ngày " + Formats.date(due)
        + ". Đến ngày lập báo cáo này, " + totals.submitted() + "/" + totals.agencies()
        + " cơ quan thuộc Khối đã gửi báo cáo, trong đó " + totals.onTime() + " cơ quan nộp"
        + " đúng hạn và " + totals.late() + " cơ quan nộp muộn; " + totals.notSubmitted()
        + " cơ quan chưa nộp.");
    if (!onTime.isEmpty()) {
      submission.add("Các cơ quan nộp đúng hạn: " + String.join("; ", onTime) + ".");
    }
    if (!late.isEmpty()) {
      submission.add("Các cơ quan nộp muộn: " + String.join("; ", late) + ".");
    }
    sections.add(new ReportContent.Section("I. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN", submission));
    List<String> results = new ArrayList<>();
    results.add("Theo báo cáo của " + totals.submitted() + " cơ quan đã nộp, "
        + totals.unitsFiled() + "/" + totals.unitsExpected() + " đơn vị trực thuộc đã sơ kết,"
        + " tổng kết việc thực hiện quy chế dân chủ ở cơ sở.");
    for (Indicator i : BlocProgressService.FIGURES) {
      results.add(i.label() + ": " + totals.figures().get(i.key()) + ".");
    }
    sections.add(new ReportContent.Section("II. KẾT QUẢ THỰC HIỆN", results));
    List<String> notReported = new ArrayList<>();
    if (missing.isEmpty()) {
      notReported.add("Tất cả các cơ quan thuộc Khối đã gửi báo cáo.");
    } else {
      notReported.add("Các cơ quan chưa gửi báo cáo (" + missing.size() + "): "
          + String.join("; ", missing) + ".");
      notReported.add("Đề nghị các cơ quan chưa gửi báo cáo khẩn trương hoàn thành và gửi về "
          + properties.issuer() + ".");
    }
    sections.add(new ReportContent.Section("III. CÁC CƠ QUAN CHƯA BÁO CÁO", notReported));

    var first = agencies.all().get(0).getAgency();
    String place = properties.place().isBlank() ? first.getPlace() : properties.place();
    List<String> legalBasis = planRules.legalBasisInForce(period.yearEnd()
        ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 6, 30)).stream()
        .map(PlanRules.LegalBasis::text).toList();
    String introduction = "Căn cứ báo cáo của các cơ quan thuộc Khối, " + properties.issuer()
        + " báo cáo " + subject + " như sau:";
    String appendixTitle = "Tình hình báo cáo và số liệu thực hiện quy chế dân chủ ở cơ sở "
        + when + " của các cơ quan thuộc Khối";
    List<ReportContent.TablePart> parts = List.of(
        new ReportContent.TablePart("1. Tình hình nộp báo cáo và quán triệt", 0, 2, true),
        new ReportContent.TablePart("2. Kiến nghị, đơn thư và đối thoại", 2, -1, false));
    return new ReportContent(properties.superiorBody(), properties.issuer(),
        properties.issuerSymbol(), place, null, Clock.today(), "BÁO CÁO", subject,
        introduction, sections, HEADERS, rows, totalRow,
        "Ghi chú: \"-\" là cơ quan chưa nộp báo cáo; số liệu là tổng số liệu sơ kết, tổng kết"
            + " của các đơn vị trực thuộc mỗi cơ quan.",
        List.of(), properties.recipients(), properties.signerTitle(), properties.signerName(),
        legalBasis, appendixTitle, "Cơ quan", parts);
  }

  private static String numberOf(BlocProgress.Report r) {
    if (r.documentNumber() == null) {
      return "";
    }
    return ", số " + r.documentNumber()
        + (r.documentDate() == null ? "" : " ngày " + Formats.date(r.documentDate()));
  }
}
