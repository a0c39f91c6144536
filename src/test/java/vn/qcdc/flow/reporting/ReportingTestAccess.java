package vn.qcdc.flow.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An agency's report taken through the entity's own steps (consolidated, approved, numbered,
 * submitted) as ReportingService does, for tests of other packages that need an agency's
 * submitted report without driving its year (blocview).
 */
public final class ReportingTestAccess {

  private ReportingTestAccess() {
  }

  /** Consolidated only (a draft the agency has not submitted). */
  public static ConsolidatedReport draft(int year, String period, int expected, int filed,
      Instant at) {
    ConsolidatedReport report = new ConsolidatedReport(year, period);
    report.consolidate("Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở", "Đánh giá chung.",
        "", "", expected, filed, at);
    return report;
  }

  /** Consolidated, approved, numbered {@code number} on {@code date}, and submitted at {@code at}. */
  public static ConsolidatedReport submitted(int year, String period, int expected, int filed,
      String number, LocalDate date, Instant at) {
    ConsolidatedReport report = draft(year, period, expected, filed, at);
    report.approve("lanh-dao", at);
    report.numbered(number, date, "van-thu");
    report.submitted("EMAIL", true, true, at);
    return report;
  }
}
