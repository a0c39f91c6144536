package vn.qcdc.flow.hostile;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What "nothing changed" means, read straight from the database: the row
 * count of every business table (qcdc_*) and of Camunda's runtime and history
 * tables (ACT_RU_*, ACT_HI_*), and every runtime variable's value and
 * revision. Two fingerprints are equal only if no refused request left a trace.
 */
public final class DatabaseFingerprint {

  private final JdbcTemplate jdbc;
  private final List<String> tables;

  public DatabaseFingerprint(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.tables = watchedTables(dataSource);
  }

  public List<String> tables() {
    return tables;
  }

  public Map<String, Object> take() {
    Map<String, Object> print = new TreeMap<>();
    // One round trip for every count: the suite takes a fingerprint after each request.
    StringBuilder counts = new StringBuilder();
    for (String table : tables) {
      counts.append(counts.length() == 0 ? "" : " UNION ALL ").append("SELECT '").append(table)
          .append("', COUNT(*) FROM ").append(table);
    }
    jdbc.query(counts.toString(), rs -> {
      print.put(rs.getString(1), rs.getLong(2));
    });
    // Values, not only counts: a refused submit must not have overwritten anything.
    jdbc.query("SELECT ID_, NAME_, REV_, TEXT_, TEXT2_, LONG_, DOUBLE_, BYTEARRAY_ID_"
        + " FROM ACT_RU_VARIABLE", rs -> {
          print.put("var:" + rs.getString(1) + ":" + rs.getString(2), rs.getInt(3) + "|"
              + rs.getString(4) + "|" + rs.getString(5) + "|" + rs.getObject(6) + "|"
              + rs.getObject(7) + "|" + rs.getString(8));
        });
    jdbc.query("SELECT ID_, REV_, ASSIGNEE_, DELEGATION_ FROM ACT_RU_TASK", rs -> {
      print.put("task:" + rs.getString(1), rs.getInt(2) + "|" + rs.getString(3) + "|"
          + rs.getString(4));
    });
    return print;
  }

  private static List<String> watchedTables(DataSource dataSource) {
    List<String> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          String upper = name.toUpperCase();
          if ((upper.startsWith("QCDC_") && !upper.equals("QCDC_SCHEMA_HISTORY"))
              || upper.startsWith("ACT_RU_") || upper.startsWith("ACT_HI_")) {
            found.add(name);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }
}
