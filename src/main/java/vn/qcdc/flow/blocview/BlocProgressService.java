package vn.qcdc.flow.blocview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.organisation.Agencies;
import vn.qcdc.flow.organisation.OrganisationFile;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.Period;

/**
 * Reads the bloc's dashboard of a year: three queries whatever the number of agencies (their
 * reports, their units' filed figures grouped by agency, the bloc's receipts where that table
 * exists), plain JDBC over every agency's rows. Reads no complaint and no person: the figures
 * are the counts the agencies' reports carry.
 */
@Service
public class BlocProgressService {

  /** The figures shown side by side, as the agencies' reports count them (review/Indicator). */
  static final List<Indicator> FIGURES = List.of(Indicator.DISSEMINATION_SESSIONS,
      Indicator.PROPOSALS_RECEIVED, Indicator.COMPLAINTS_RECEIVED, Indicator.COMPLAINTS_RESOLVED,
      Indicator.DIALOGUES_HELD);
  static final Map<String, String> RECEIPT_LABELS = Map.of("RECEIVED", "Đã nhận, chờ xem xét",
      "ACCEPTED", "Đã tiếp nhận", "RETURNED", "Trả lại");
  static final String RECEIPT_TABLE = "qcdc_bloc_receipt";

  private final JdbcTemplate jdbc;
  private final Agencies agencies;
  private final BlocDeadline deadline;
  private final BlocViewProperties properties;
  private volatile Boolean receiptTable;

  BlocProgressService(JdbcTemplate jdbc, Agencies agencies, BlocDeadline deadline,
      BlocViewProperties properties) {
    this.jdbc = jdbc;
    this.agencies = agencies;
    this.deadline = deadline;
    this.properties = properties;
  }

  /** The raw row of an agency's report (qcdc_report). */
  private record ReportRow(String agency, String period, String status, Instant submittedAt,
      int revision, String documentNumber, LocalDate documentDate, int unitsExpected,
      int unitsFiled) {
  }

  private record ReceiptRow(String agency, String period, String body, String status,
      Boolean onTime, Instant decidedAt) {
  }

  public BlocProgress year(int year) {
    long started = System.nanoTime();
    LocalDate today = Clock.today();
    Map<String, ReportRow> reports = new HashMap<>();
    jdbc.query("""
        SELECT agency, period, status, submitted_at, revision, document_number, document_date,
               units_expected, units_filed
          FROM qcdc_report WHERE cycle_year = ?
        """, rs -> {
          ReportRow r = new ReportRow(rs.getString(1), rs.getString(2), rs.getString(3),
              instant(rs, 4), rs.getInt(5), rs.getString(6), date(rs, 7), rs.getInt(8),
              rs.getInt(9));
          reports.put(r.agency() + "|" + r.period(), r);
        }, year);
    Map<String, Map<String, Integer>> figures = new HashMap<>();
    jdbc.query("""
        SELECT r.agency, r.period, f.indicator, SUM(f.figure_value)
          FROM qcdc_unit_review r JOIN qcdc_review_figure f ON f.review_id = r.id
         WHERE r.cycle_year = ? AND r.submitted_at IS NOT NULL
         GROUP BY r.agency, r.period, f.indicator
        """, rs -> {
          figures.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2),
              k -> new HashMap<>()).put(rs.getString(3), rs.getInt(4));
        }, year);
    boolean receiptsKnown = receiptTableExists();
    Map<String, Map<String, ReceiptRow>> receipts = receiptsKnown ? receipts(year) : Map.of();

    List<BlocProgress.PeriodColumn> periods = new ArrayList<>();
    for (Period p : Period.values()) {
      LocalDate due = deadline.due(year, p.name());
      periods.add(new BlocProgress.PeriodColumn(p.name(), p.label(year), due, today.isAfter(due)));
    }
    List<BlocProgress.AgencyRow> rows = new ArrayList<>();
    Map<String, TotalsBuilder> totals = new LinkedHashMap<>();
    periods.forEach(p -> totals.put(p.code(), new TotalsBuilder(p.code())));
    for (OrganisationFile file : agencies.all()) {
      String code = file.getAgency().code();
      List<BlocProgress.Report> own = new ArrayList<>();
      for (BlocProgress.PeriodColumn p : periods) {
        String key = code + "|" + p.code();
        BlocProgress.Report report = report(p, reports.get(key),
            figures.getOrDefault(key, Map.of()), receipts.getOrDefault(key, Map.of()));
        own.add(report);
        totals.get(p.code()).add(report);
      }
      rows.add(new BlocProgress.AgencyRow(code, file.getAgency().getName(),
          file.getAgency().getShortName(), own));
    }
    List<BlocProgress.FigureColumn> columns = FIGURES.stream()
        .map(i -> new BlocProgress.FigureColumn(i.key(), i.label(), i.column().orElse(i.label())))
        .toList();
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    return new BlocProgress(year, years(year), periods, columns, rows,
        totals.values().stream().map(TotalsBuilder::build).toList(), receiptsKnown, elapsed);
  }

  /** One agency's report of a period as the bloc sees it. */
  private BlocProgress.Report report(BlocProgress.PeriodColumn period, ReportRow row,
      Map<String, Integer> unitFigures, Map<String, ReceiptRow> receipts) {
    boolean submitted = row != null && row.submittedAt() != null;
    boolean late = submitted ? Clock.dayOf(row.submittedAt()).isAfter(period.due())
        : period.duePassed();
    BlocProgress.Status status;
    if (!submitted) {
      status = late ? BlocProgress.Status.OVERDUE : BlocProgress.Status.NOT_SUBMITTED;
    } else if (receipts.values().stream().anyMatch(r -> "RETURNED".equals(r.status()))) {
      status = BlocProgress.Status.RETURNED;
    } else if (!receipts.isEmpty()
        && receipts.values().stream().allMatch(r -> "ACCEPTED".equals(r.status()))) {
      status = BlocProgress.Status.ACCEPTED;
    } else {
      status = late ? BlocProgress.Status.SUBMITTED_LATE : BlocProgress.Status.SUBMITTED_ON_TIME;
    }
    List<BlocProgress.Receipt> shown = new ArrayList<>();
    for (BlocViewProperties.Body body : properties.bodies()) {
      ReceiptRow r = receipts.get(body.id());
      if (r != null) {
        shown.add(new BlocProgress.Receipt(body.id(), body.name(), r.status(),
            RECEIPT_LABELS.getOrDefault(r.status(), r.status()), r.onTime(), r.decidedAt()));
      }
    }
    Map<String, Integer> figures = new LinkedHashMap<>();
    if (submitted) {
      for (Indicator i : FIGURES) {
        figures.put(i.key(), unitFigures.getOrDefault(i.name(), 0));
      }
    }
    return new BlocProgress.Report(period.code(), status, status.label, submitted, late,
        submitted ? row.submittedAt() : null, row == null ? null : row.revision(),
        submitted ? row.documentNumber() : null, submitted ? row.documentDate() : null,
        row == null ? null : row.unitsExpected(), row == null ? null : row.unitsFiled(),
        shown, figures);
  }

  /** The latest receipt of each body, by agency and period. */
  private Map<String, Map<String, ReceiptRow>> receipts(int year) {
    Map<String, Map<String, ReceiptRow>> out = new HashMap<>();
    jdbc.query("SELECT agency, period, body, status, on_time, decided_at FROM " + RECEIPT_TABLE
        + " WHERE cycle_year = ? ORDER BY received_at", rs -> {
          Object onTime = rs.getObject(5);
          ReceiptRow r = new ReceiptRow(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), onTime == null ? null : rs.getBoolean(5), instant(rs, 6));
          out.computeIfAbsent(r.agency() + "|" + r.period(), k -> new HashMap<>())
              .put(r.body(), r);
        }, year);
    return out;
  }

  /** Whether the bloc's receipt is recorded here (the bloc package's table exists). */
  boolean receiptTableExists() {
    Boolean known = receiptTable;
    if (known == null) {
      known = jdbc.execute((ConnectionCallback<Boolean>) c -> {
        var meta = c.getMetaData();
        for (String name : List.of(RECEIPT_TABLE, RECEIPT_TABLE.toUpperCase())) {
          try (ResultSet rs = meta.getTables(c.getCatalog(), null, name, null)) {
            if (rs.next()) {
              return true;
            }
          }
        }
        return false;
      });
      receiptTable = known;
    }
    return known;
  }

  /** The years any agency has a cycle or a report of, and the year shown. */
  private List<Integer> years(int shown) {
    TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
    years.addAll(jdbc.queryForList("SELECT DISTINCT cycle_year FROM qcdc_report", Integer.class));
    years.add(shown);
    years.add(Clock.today().getYear());
    return List.copyOf(years);
  }

  private final class TotalsBuilder {
    final String period;
    int count;
    int submitted;
    int onTime;
    int late;
    int notSubmitted;
    int overdue;
    int returned;
    int accepted;
    int unitsExpected;
    int unitsFiled;
    final Map<String, Integer> figures = new LinkedHashMap<>();

    TotalsBuilder(String period) {
      this.period = period;
      FIGURES.forEach(i -> figures.put(i.key(), 0));
    }

    void add(BlocProgress.Report r) {
      count++;
      if (r.submitted()) {
        submitted++;
        if (r.late()) {
          late++;
        } else {
          onTime++;
        }
        unitsExpected += r.unitsExpected() == null ? 0 : r.unitsExpected();
        unitsFiled += r.unitsFiled() == null ? 0 : r.unitsFiled();
        r.figures().forEach((k, v) -> figures.merge(k, v, Integer::sum));
      } else {
        notSubmitted++;
        if (r.late()) {
          overdue++;
        }
      }
      if (r.status() == BlocProgress.Status.RETURNED) {
        returned++;
      } else if (r.status() == BlocProgress.Status.ACCEPTED) {
        accepted++;
      }
    }

    BlocProgress.Totals build() {
      return new BlocProgress.Totals(period, count, submitted, onTime, late, notSubmitted,
          overdue, returned, accepted, unitsExpected, unitsFiled, Collections.unmodifiableMap(new LinkedHashMap<>(figures)));
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    java.sql.Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
