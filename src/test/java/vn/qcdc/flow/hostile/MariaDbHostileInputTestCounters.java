package vn.qcdc.flow.hostile;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** MariaDB's data-statement and commit counters, for the SQL budget test and the benchmark. */
public final class MariaDbHostileInputTestCounters {

  private MariaDbHostileInputTestCounters() {
  }

  public static Map<String, Long> read(JdbcTemplate db) {
    return MariaDbHostileInputTest.counters(db);
  }
}
