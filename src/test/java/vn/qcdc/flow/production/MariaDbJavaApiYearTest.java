package vn.qcdc.flow.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/**
 * The benchmark's REST-vs-Java comparison ({@link FullYearComparison}) compares like with
 * like: on one node, a year driven over REST ({@link RemoteYear}) and the next one driven
 * through the Java API inside the node ({@link JavaApiYear}, the {@code /test/java-year}
 * hook) end the same way: the same tasks completed by the same people, the same business
 * records, review figures, reports and ratings.
 */
class MariaDbJavaApiYearTest {

  AppNode node;

  @AfterEach
  void stop() {
    if (node != null) {
      node.kill9();
    }
  }

  @Test
  void theJavaApiDriverCompletesTheYearAsTheRestDriverDoes() throws Exception {
    long t0 = System.nanoTime();
    String url = ScratchDatabase.fresh("javayear");
    String user = MariaDbTestDatabase.username();
    String password = MariaDbTestDatabase.password();
    // 2024 and 2025: the same legal basis and both with their days off configured.
    node = new AppNode("java-year", url, user, password, List.of()).startAt("2024-01-01T00:00");
    FullYearComparison comparison = new FullYearComparison(user, password);
    JdbcTemplate db = new JdbcTemplate(new SingleConnectionDataSource(DriverManager.getConnection(
        url, user, password), true));

    FullYearComparison.Run rest = comparison.year(node, db, 2024, true);
    FullYearComparison.Run java = comparison.year(node, db, 2025, false);

    Map<String, Object> restYear = outcome(db, 2024);
    Map<String, Object> javaYear = outcome(db, 2025);
    // What the REST year is known to end with (as MariaDbCrashRecoveryTest's year does)...
    @SuppressWarnings("unchecked")
    Map<String, Long> tasks = (Map<String, Long>) restYear.get("tasks completed, by whom");
    // 35 tasks until issue 18, then per review the answer to the union and the Party cell's review
    assertThat(tasks.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(39);
    assertThat(tasks).containsEntry("RecordDissemination tonghop", 1L)
        .containsEntry("FileUnitReview tuyentruyen", 2L)
        .containsEntry("ConfirmRating truongban", 2L);
    assertThat(tasks.keySet()).filteredOn(k -> k.startsWith("AnswerUnionSentiment ")
        || k.startsWith("ReviewPartyLeadership ")).hasSizeGreaterThanOrEqualTo(2);
    assertThat((List<?>) restYear.get("reports")).hasSize(2);
    assertThat((List<?>) restYear.get("review figures")).hasSizeGreaterThan(8);
    // ...and the Java API year ends exactly the same way.
    assertThat(javaYear).isEqualTo(restYear);
    assertThat(java.submitted()).isEqualTo(rest.submitted()).isEqualTo(39);
    MariaDbCrashRecoveryTest.assertNothingOfTheCycleLeft(db);
    System.out.printf("[java year] REST %d ms (%d waiting), Java API %d ms (%d waiting),"
        + " whole test %d s%n", rest.millis(), rest.sleptMillis(), java.millis(),
        java.sleptMillis(), (System.nanoTime() - t0) / 1_000_000_000);
  }

  /** A year's outcome, free of ids, instants and the year itself. */
  static Map<String, Object> outcome(JdbcTemplate db, int year) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Long> tasks = new LinkedHashMap<>();
    db.query("SELECT t.TASK_DEF_KEY_, t.ASSIGNEE_, COUNT(*) FROM ACT_HI_TASKINST t"
        + " JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = t.PROC_INST_ID_"
        + " WHERE p.BUSINESS_KEY_ = ? AND t.DELETE_REASON_ = 'completed'"
        + " GROUP BY t.TASK_DEF_KEY_, t.ASSIGNEE_ ORDER BY t.TASK_DEF_KEY_, t.ASSIGNEE_",
        rs -> {
          tasks.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
        }, "QCDC-" + year);
    out.put("tasks completed, by whom", tasks);
    out.put("cycle", rows(db, year, "SELECT status, started_by FROM qcdc_cycle"
        + " WHERE cycle_year = ?"));
    out.put("plan", rows(db, year, "SELECT key_tasks, dissemination_due, revision, drafted_by,"
        + " approved_by FROM qcdc_annual_plan WHERE cycle_year = ?"));
    out.put("disseminations", rows(db, year, "SELECT unit_code, meeting_date, meeting_kind,"
        + " attendance, headcount, late, recorded_by FROM qcdc_dissemination"
        + " WHERE cycle_year = ? ORDER BY unit_code"));
    out.put("proposals", rows(db, year, "SELECT unit_code, seq, content, submitted_by,"
        + " answer_kind, answer, answered_by FROM qcdc_proposal WHERE cycle_year = ?"
        + " ORDER BY unit_code, seq"));
    out.put("conference", rows(db, year, "SELECT attempt, total_officials, attendance,"
        + " votes_for, quorum_met, resolution_adopted, recorded_by FROM qcdc_conference"
        + " WHERE cycle_year = ? ORDER BY attempt"));
    out.put("work plan", rows(db, year, "SELECT annual_plan, recorded_by FROM qcdc_work_plan"
        + " WHERE cycle_year = ?"));
    out.put("monthly key tasks", rows(db, year, "SELECT month_no, tasks FROM"
        + " qcdc_monthly_key_task WHERE cycle_year = ? ORDER BY month_no"));
    out.put("unit reviews", rows(db, year, "SELECT period, unit_code, unit_kind, late,"
        + " officials_listed, submitted_by FROM qcdc_unit_review WHERE cycle_year = ?"
        + " ORDER BY period, unit_code"));
    out.put("review figures", rows(db, year, "SELECT r.period, r.unit_code, f.indicator,"
        + " f.figure_value, f.prefilled_value, f.corrected FROM qcdc_review_figure f"
        + " JOIN qcdc_unit_review r ON r.id = f.review_id WHERE r.cycle_year = ?"
        + " ORDER BY r.period, r.unit_code, f.indicator"));
    out.put("inspections", rows(db, year, "SELECT period, unit_code, inspection_date, rating"
        + " FROM qcdc_inspection WHERE cycle_year = ? ORDER BY period, unit_code"));
    out.put("reports", rows(db, year, "SELECT period, title, summary, late_units,"
        + " missing_units, units_expected, units_filed, status, revision, approved_by,"
        + " document_number, document_date, sent_to_city, sent_to_bloc, archived, submitted_by,"
        + " delivery FROM qcdc_report WHERE cycle_year = ? ORDER BY period"));
    out.put("report documents", rows(db, year, "SELECT r.period, d.version, d.source"
        + " FROM qcdc_report_document d JOIN qcdc_report r ON r.id = d.report_id"
        + " WHERE r.cycle_year = ? ORDER BY r.period, d.version"));
    out.put("emulation", rows(db, year, "SELECT unit_code, proposed_rating, final_rating,"
        + " confirmed_by FROM qcdc_emulation_rating WHERE cycle_year = ? ORDER BY unit_code"));
    out.put("officials", rows(db, year, "SELECT unit_code, official_name, task_completion,"
        + " disciplined, proposed_rating, final_rating FROM qcdc_official_rating"
        + " WHERE cycle_year = ? ORDER BY unit_code, official_name"));
    return out;
  }

  /** The rows as text, the year replaced by YYYY (dates and titles carry it). */
  static List<String> rows(JdbcTemplate db, int year, String sql) {
    return db.queryForList(sql, year).stream()
        .map(row -> row.values().toString().replace(String.valueOf(year), "YYYY"))
        .toList();
  }
}
