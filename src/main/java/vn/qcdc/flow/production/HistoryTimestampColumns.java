package vn.qcdc.flow.production;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the engine's history run past 19/01/2038 on MariaDB and MySQL.
 *
 * <p>Camunda 7.24's MySQL scripts type five history columns {@code TIMESTAMP}
 * (ACT_HI_IDENTITYLINK, ACT_HI_OP_LOG and ACT_HI_EXT_TASK_LOG's
 * TIMESTAMP_, ACT_HI_INCIDENT's CREATE_TIME_ and END_TIME_), while every other time of
 * the engine is {@code DATETIME}. A MariaDB {@code TIMESTAMP} before 11.5 ends on
 * 2038-01-19 03:14:07 UTC: from then on every claim, every operation-log entry and every
 * job failure would be refused ("Incorrect datetime value"), halting the agency's
 * year. Camunda 7 community has no later release that would change them, so after the
 * engine has created or checked its schema (the starter starts the job executor only
 * once the application is ready), these columns are converted to {@code DATETIME} of the same precision, as the engine's other
 * time columns already are. MariaDB converts the stored values in the session's time
 * zone, the zone in which they were written, so no recorded time moves.
 *
 * <p>Idempotent: only columns still typed {@code TIMESTAMP} are altered, so a second
 * start (or a second node) finds nothing to do. A database user that may not alter
 * tables gets a warning with the statements to run once by hand, and the application
 * starts: nothing fails before 2038.
 */
@Component
public class HistoryTimestampColumns extends AbstractCamundaConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryTimestampColumns.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"mysql".equals(configuration.getDatabaseType())) {
      return; // H2, PostgreSQL...: their timestamps have no 2038 limit
    }
    List<String> statements = new ArrayList<>();
    try (Connection c = configuration.getDataSource().getConnection()) {
      statements.addAll(pendingConversions(c));
      try (Statement s = c.createStatement()) {
        for (String sql : statements) {
          s.execute(sql);
          LOG.info("Converted for dates after 2038: {}", sql);
        }
      }
    } catch (SQLException e) {
      LOG.warn("Camunda's history columns of type TIMESTAMP could not be converted ({}): the"
          + " engine will refuse to record history after 2038-01-19. Run once as a user who"
          + " may alter tables: {}", e.getMessage(), String.join("; ", statements));
    }
  }

  /** The ALTER statements still needed in the current database: empty once converted. */
  public static List<String> pendingConversions(Connection c) throws SQLException {
    List<String> statements = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE,"
            + " DATETIME_PRECISION FROM information_schema.COLUMNS"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'ACT\\_%'"
            + " AND DATA_TYPE = 'timestamp' ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
      while (rs.next()) {
        int precision = rs.getInt(4);
        statements.add("ALTER TABLE " + rs.getString(1) + " MODIFY " + rs.getString(2)
            + " DATETIME" + (precision > 0 ? "(" + precision + ")" : "")
            + ("YES".equals(rs.getString(3)) ? " NULL" : " NOT NULL"));
      }
    }
    return statements;
  }
}
