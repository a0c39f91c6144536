package vn.qcdc.flow.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qcdc.flow.tenancy.AgencyContext;

/**
 * Once, on the first start with agencies as tenants (issue 16): the instances an installation
 * ran before have no tenant, which every agency's users would see; they are the first agency's,
 * and get its tenant, in the runtime and in history. The history rows changed are appended to
 * the audit chain ("Tenancy:assign"), so the chain still verifies and says what happened.
 */
@Component
class LegacyTenants {

  private static final Logger LOG = LoggerFactory.getLogger(LegacyTenants.class);
  static final String ASSIGNED = "Tenancy:assign";
  static final String MARKER = "-tenancy";
  static final List<String> RUNTIME = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK",
      "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_EVENT_SUBSCR", "ACT_RU_INCIDENT",
      "ACT_RU_EXT_TASK", "ACT_RU_IDENTITYLINK");
  /** The column naming an instance (or a task): only rows of an instance get its tenant. */
  static final List<String> OWNER_COLUMNS = List.of("PROC_INST_ID_", "PROCESS_INSTANCE_ID_",
      "ROOT_PROC_INST_ID_", "TASK_ID_");

  private final DataSource dataSource;
  private final TransactionTemplate tx;
  private final AgencyContext agencies;

  LegacyTenants(DataSource dataSource, PlatformTransactionManager transactions,
      AgencyContext agencies) {
    this.dataSource = dataSource;
    this.tx = new TransactionTemplate(transactions);
    this.agencies = agencies;
  }

  @EventListener(ApplicationReadyEvent.class)
  void assign() {
    Integer rows = AgencyContext.call(agencies.defaultAgency(), () -> tx.execute(status -> {
      Connection c = DataSourceUtils.getConnection(dataSource);
      try {
        ChainBaseline.adopt(c); // the chain first holds the rows as they were
        return assign(c, agencies.defaultAgency());
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot give the earlier instances their agency: "
            + e.getMessage(), e);
      }
    }));
    if (rows != null && rows > 0) {
      LOG.info("{} history rows of instances from before the agencies were tenants are now"
          + " agency {}'s (audit chain: {})", rows, agencies.defaultAgency(), ASSIGNED);
    }
  }

  static int assign(Connection c, String agency) throws SQLException {
    return assign(c, agency, MARKER);
  }

  /** The same, done once per {@code marker} (the tests use their own). */
  static int assign(Connection c, String agency, String marker) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT last_seq FROM qcdc_audit_chain_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = s.executeQuery()) {
      rs.next();
    }
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM qcdc_audit_chain"
        + " WHERE history_table = 'ACT_HI_PROCINST' AND history_id = ?")) {
      s.setString(1, marker);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          return 0;
        }
      }
    }
    for (String table : RUNTIME) {
      String owner = ownerColumn(c, table);
      if (owner != null) {
        update(c, table, owner, agency);
      }
    }
    List<ChainRecorder.Touch> touches = new ArrayList<>();
    for (String table : HistoryChain.TABLES.keySet()) {
      String owner = ownerColumn(c, table);
      if (owner == null) {
        continue;
      }
      try (PreparedStatement s = c.prepareStatement("SELECT ID_ FROM " + table
          + " WHERE TENANT_ID_ IS NULL AND " + owner + " IS NOT NULL")) {
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            touches.add(new ChainRecorder.Touch(ASSIGNED, table, rs.getString(1), null, null,
                null));
          }
        }
      }
      update(c, table, owner, agency);
    }
    int changed = touches.size();
    touches.add(new ChainRecorder.Touch(ASSIGNED, "ACT_HI_PROCINST", marker, null, null,
        "các phiên trước khi có nhiều cơ quan thuộc về " + agency));
    ChainRecorder.appendTo(c, touches);
    return changed;
  }

  private static void update(Connection c, String table, String owner, String agency)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET TENANT_ID_ = ?"
        + " WHERE TENANT_ID_ IS NULL AND " + owner + " IS NOT NULL")) {
      s.setString(1, agency);
      s.executeUpdate();
    }
  }

  /** The table's column that names its instance, if it has one and a tenant column. */
  static String ownerColumn(Connection c, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, table, null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
      }
    }
    if (columns.isEmpty()) {
      try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null,
          table.toLowerCase(Locale.ROOT), null)) {
        while (rs.next()) {
          columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
        }
      }
    }
    if (!columns.contains("TENANT_ID_")) {
      return null;
    }
    return OWNER_COLUMNS.stream().filter(columns::contains).findFirst().orElse(null);
  }
}
