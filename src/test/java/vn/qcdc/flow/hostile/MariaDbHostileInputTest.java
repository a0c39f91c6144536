package vn.qcdc.flow.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.support.MariaDbTestDatabase;
import vn.qcdc.flow.support.YearDriver;

/**
 * The hostile-input suite on MariaDB (embedded 11.4, or QCDC_TEST_MARIADB_URL), and,
 * after it, the SQL budget of a task completion read from MariaDB's status counters.
 */
@ActiveProfiles({"test", "mariadbtest"})
class MariaDbHostileInputTest extends HostileInputScenarios {

  /**
   * Statements and commits MariaDB executes for one completion of a dissemination form
   * (RecordDissemination: the task, its history, the form's task-local variables, the
   * business record). Measured on MariaDB 11.4 (docs/benchmarks.md): 66 statements (29
   * select, 7 insert, 13 update, 17 delete) and 2 commits. The figure does not depend on
   * machine speed; a change of model or code that adds queries to every completion moves
   * it past the bound, about 20% above the measure.
   */
  static final double MAX_STATEMENTS_PER_COMPLETION = 80;
  static final double MAX_COMMITS_PER_COMPLETION = 2.0;

  static final class HostileDatabase {
    static final String URL = vn.qcdc.flow.production.ScratchDatabase.fresh("hostile");
  }

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    // A database of its own: the years of the suite must not meet other tests' years.
    registry.add("spring.datasource.url", () -> HostileDatabase.URL);
    registry.add("spring.datasource.username", MariaDbTestDatabase::username);
    registry.add("spring.datasource.password", MariaDbTestDatabase::password);
  }

  @Test
  @Order(3) // after the suite: it completes tasks of 2024, which the suite leaves alone
  void aTaskCompletionStaysWithinItsSqlBudget() {
    assumeTrue(MariaDbTestDatabase.embedded(),
        "MariaDB's global counters are only ours on the embedded server");
    ClockUtil.setCurrentTime(Clock.startOfDay(LocalDate.of(2024, 3, 1)));
    YearDriver y24 = new YearDriver(engine, new vn.qcdc.flow.support.JavaDesk(engine, cycles),
        2024);
    List<String> units = List.of("phong-tong-hop", "phong-tuyen-truyen", "phong-ly-luan",
        "phong-bao-chi", "phong-van-hoa", "trung-tam-du-luan");
    List<Task> open = units.stream().map(u -> y24.taskOf("RecordDissemination", u)).toList();
    for (int i = 0; i < open.size(); i++) { // claims are not part of the completion
      engine.getTaskService().claim(open.get(i).getId(), y24.memberOf(units.get(i)));
    }
    JdbcTemplate db = new JdbcTemplate(dataSource);
    Map<String, Long> before = counters(db);
    for (int i = 0; i < open.size(); i++) {
      Map<String, Object> values = y24.dissemination(3);
      values.put("meetingDate", "2024-01-05");
      // As Tasklist does: the user with their groups and their agency (tenant).
      String user = y24.memberOf(units.get(i));
      engine.getIdentityService().setAuthentication(user, List.of(units.get(i)),
          List.of("btgtu"));
      try {
        engine.getFormService().submitTaskForm(open.get(i).getId(), values);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
    Map<String, Long> after = counters(db);
    double n = open.size();
    double statements = (after.get("statements") - before.get("statements")) / n;
    double commits = (after.get("Com_commit") - before.get("Com_commit")) / n;
    System.out.printf("[sql budget] per completion: %.1f statements (%.1f select, %.1f insert,"
        + " %.1f update, %.1f delete), %.2f commits%n", statements,
        (after.get("Com_select") - before.get("Com_select")) / n,
        (after.get("Com_insert") - before.get("Com_insert")) / n,
        (after.get("Com_update") - before.get("Com_update")) / n,
        (after.get("Com_delete") - before.get("Com_delete")) / n, commits);
    assertThat(statements).isGreaterThan(5).isLessThanOrEqualTo(MAX_STATEMENTS_PER_COMPLETION);
    assertThat(commits).isGreaterThan(0).isLessThanOrEqualTo(MAX_COMMITS_PER_COMPLETION);
    ClockUtil.reset();
  }

  /** Data statements and commits the whole server has executed so far. */
  static Map<String, Long> counters(JdbcTemplate db) {
    Map<String, Long> c = new java.util.HashMap<>();
    db.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Com_insert',"
        + " 'Com_update', 'Com_delete', 'Com_commit', 'Com_insert_select')",
        rs -> {
          c.put(rs.getString(1), rs.getLong(2));
        });
    c.put("statements", c.get("Com_select") + c.get("Com_insert") + c.get("Com_update")
        + c.get("Com_delete") + c.getOrDefault("Com_insert_select", 0L));
    return c;
  }
}
