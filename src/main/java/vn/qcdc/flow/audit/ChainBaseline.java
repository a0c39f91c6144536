package vn.qcdc.flow.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once, on the first start with the chain (an agency upgrading with years of history), adopts
 * every history row that has no chain entry yet, as it is then ("Baseline:adopt"), so that
 * later changes to it are seen. Rows written since the start already have their entries.
 * Several nodes: the head's lock lets one of them do it.
 */
@Component
class ChainBaseline {

  private static final Logger LOG = LoggerFactory.getLogger(ChainBaseline.class);
  static final String ADOPTED = "Baseline:adopt";
  static final String MARKER = "-";

  private final DataSource dataSource;
  private final TransactionTemplate tx;

  ChainBaseline(DataSource dataSource, PlatformTransactionManager transactions) {
    this.dataSource = dataSource;
    this.tx = new TransactionTemplate(transactions);
  }

  @EventListener(ApplicationReadyEvent.class)
  void adopt() {
    Integer adopted = tx.execute(status -> {
      Connection c = DataSourceUtils.getConnection(dataSource);
      try {
        return adopt(c);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot adopt the existing history into the audit"
            + " chain: " + e.getMessage(), e);
      } finally {
        DataSourceUtils.releaseConnection(c, dataSource);
      }
    });
    if (adopted != null && adopted > 0) {
      LOG.info("Audit chain: {} history rows written before the chain existed were adopted",
          adopted);
    }
  }

  static int adopt(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT last_seq FROM qcdc_audit_chain_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = s.executeQuery()) {
      rs.next();
    }
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM qcdc_audit_chain"
        + " WHERE history_table = 'ACT_HI_PROCINST' AND history_id = ?")) { // the marker, indexed
      s.setString(1, MARKER);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          return 0;
        }
      }
    }
    Set<String> chained = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT history_table, history_id FROM qcdc_audit_chain");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        chained.add(rs.getString(1) + "/" + rs.getString(2));
      }
    }
    List<ChainRecorder.Touch> touches = new ArrayList<>();
    for (String table : HistoryChain.TABLES.keySet()) {
      try {
        HistoryChain.scan(c, table, (row, digest) -> {
          if (!chained.contains(table + "/" + row.get("ID_"))) {
            touches.add(new ChainRecorder.Touch(ADOPTED, table, row.get("ID_"),
                row.get("ROOT_PROC_INST_ID_"), row.get("REMOVAL_TIME_") == null ? null
                    : Long.valueOf(row.get("REMOVAL_TIME_")), null));
          }
        });
      } catch (SQLException e) {
        LOG.debug("History table {} not read: {}", table, e.getMessage());
      }
    }
    // One marker entry even when there is nothing to adopt, so this runs once.
    touches.add(new ChainRecorder.Touch(ADOPTED, "ACT_HI_PROCINST", MARKER, null, null,
        "các bản ghi có trước chuỗi"));
    ChainRecorder.appendTo(c, touches);
    touches.stream().limit(20).forEach(t -> LOG.info("Adopted {} {}", t.table(), t.id()));
    return touches.size() - 1;
  }
}
