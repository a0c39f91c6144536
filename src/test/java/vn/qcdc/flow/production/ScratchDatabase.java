package vn.qcdc.flow.production;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/**
 * A fresh database of its own on the MariaDB of the tests (embedded 11.4, or the
 * server of QCDC_TEST_MARIADB_URL), created as production creates it: utf8mb4 with
 * the Vietnamese collation. For tests whose application runs in other processes.
 */
public final class ScratchDatabase {

  private ScratchDatabase() {
  }

  /** Drops and creates {@code <test database>_<suffix>}; returns its JDBC URL. */
  public static String fresh(String suffix) {
    String base = MariaDbTestDatabase.jdbcUrl();
    int slash = base.indexOf('/', "jdbc:mariadb://".length());
    int query = base.indexOf('?', slash);
    String database = base.substring(slash + 1, query < 0 ? base.length() : query) + "_" + suffix;
    try (Connection c = MariaDbTestDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + database + "`");
      s.execute("CREATE DATABASE `" + database
          + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return base.substring(0, slash + 1) + database + (query < 0 ? "" : base.substring(query));
  }
}
