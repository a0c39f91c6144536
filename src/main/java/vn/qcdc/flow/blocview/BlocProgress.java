package vn.qcdc.flow.blocview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bloc's dashboard of a year (GET /api/bloc/progress): every agency's six-month and year-end
 * report against the bloc's deadline, the figures each reported, and the totals. No complaint
 * case, no person's identity: only counts from the agencies' reports.
 *
 * @param receiptsKnown whether the bloc's receipt of the reports (accepted, returned) is
 *     recorded in this installation
 */
public record BlocProgress(int year, List<Integer> years, List<PeriodColumn> periods,
    List<FigureColumn> figures, List<AgencyRow> agencies, List<Totals> totals,
    boolean receiptsKnown, long elapsedMillis) {

  /** The state of an agency's report as the bloc sees it. */
  public enum Status {
    ACCEPTED("Đã tiếp nhận"),
    RETURNED("Bị trả lại"),
    SUBMITTED_ON_TIME("Đã nộp đúng hạn"),
    SUBMITTED_LATE("Nộp muộn"),
    NOT_SUBMITTED("Chưa nộp"),
    OVERDUE("Chưa nộp, quá hạn");

    public final String label;

    Status(String label) {
      this.label = label;
    }
  }

  /** A report period and the bloc's deadline for it. */
  public record PeriodColumn(String code, String label, LocalDate due, boolean duePassed) {
  }

  /** A figure shown side by side: its indicator key, its label and its short column head. */
  public record FigureColumn(String key, String label, String column) {
  }

  public record AgencyRow(String code, String name, String shortName, List<Report> reports) {
  }

  /**
   * One agency's report of one period.
   *
   * @param submitted whether the agency submitted it (sent to the City Steering Committee and
   *     the bloc)
   * @param late submitted after the deadline, or not submitted and the deadline passed
   * @param figures the agency's figures (sums of its units' filed reviews) by indicator key;
   *     empty until the report is submitted
   */
  public record Report(String period, Status status, String statusLabel, boolean submitted,
      boolean late, Instant submittedAt, Integer revision, String documentNumber,
      LocalDate documentDate, Integer unitsExpected, Integer unitsFiled, List<Receipt> receipts,
      Map<String, Integer> figures) {
  }

  /** A body's receipt of the report (when the bloc's receipt is recorded). */
  public record Receipt(String body, String bodyName, String status, String statusLabel,
      Boolean onTime, Instant decidedAt) {
  }

  /** The bloc's totals of a period. */
  public record Totals(String period, int agencies, int submitted, int onTime, int late,
      int notSubmitted, int overdue, int returned, int accepted, int unitsExpected,
      int unitsFiled, Map<String, Integer> figures) {
  }
}
