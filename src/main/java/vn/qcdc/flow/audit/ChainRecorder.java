package vn.qcdc.flow.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricCaseActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricCaseInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricExternalTaskLogEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.qcdc.flow.engine.Clock;

/**
 * Appends every history event to the audit chain (qcdc_audit_chain), in the transaction that
 * writes it. Registered next to Camunda's database handler (which runs first), inside the
 * filter of complaints/ConfidentialHistory, so an event that never reaches the history is not
 * chained either.
 *
 * <p>An event only names the history rows it writes (table, id); the rows are read and
 * digested just before the transaction commits, when the engine has flushed them: the digest
 * is of what the database holds, so the verifier can compare it with the rows later. The head
 * row is then locked (SELECT ... FOR UPDATE) until the commit: two nodes committing at once
 * append one after the other and the chain stays linear.
 */
@Component
public class ChainRecorder extends AbstractCamundaConfiguration implements HistoryEventHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ChainRecorder.class);

  /** A history row that an event wrote. */
  record Touch(String eventType, String table, String id, String root, Long removalTime,
      String label) {
  }

  private final DataSource dataSource;

  public ChainRecorder(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(this);
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      // Every engine command runs in a Spring transaction here; refuse rather than lose events.
      throw new IllegalStateException("History event outside a transaction: cannot chain it");
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    if (pending.written) {
      // An event after the flush we chained (another synchronization ran engine code):
      // chain it now, as the database holds it at this point.
      LOG.warn("History event {} after the chain was written; chained on its own", event);
      append(touches(event));
    } else {
      pending.events.add(event);
    }
  }

  /**
   * The events of one transaction, chained just before it commits. The events are kept as
   * they are: this handler runs before Camunda's database handler, which gives the new rows
   * their ids when it inserts them, so rows are named only at the commit.
   */
  private final class Pending implements TransactionSynchronization, Ordered {
    final List<HistoryEvent> events = new ArrayList<>();
    boolean written;

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE; // after any synchronization that may still flush
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      written = true;
      List<Touch> touches = new ArrayList<>();
      events.forEach(e -> touches.addAll(touches(e)));
      if (!touches.isEmpty()) {
        append(touches);
      }
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(ChainRecorder.this);
    }
  }

  /** Reads and digests the rows, then appends one entry per touch under the head's lock. */
  void append(List<Touch> touches) {
    Connection c = DataSourceUtils.getConnection(dataSource); // the transaction's own
    try {
      appendTo(c, touches);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot append to the audit chain: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  static void appendTo(Connection c, List<Touch> touches) throws SQLException {
    Map<String, Set<String>> idsByTable = new LinkedHashMap<>();
    for (Touch t : touches) {
      idsByTable.computeIfAbsent(t.table(), k -> new LinkedHashSet<>()).add(t.id());
    }
    Map<String, Map<String, HistoryChain.RowState>> states = new LinkedHashMap<>();
    for (var e : idsByTable.entrySet()) {
      states.put(e.getKey(), HistoryChain.states(c, e.getKey(), e.getValue()));
    }
    long seq;
    String prev;
    try (PreparedStatement s = c.prepareStatement(
        "SELECT last_seq, last_hash FROM qcdc_audit_chain_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("qcdc_audit_chain_head has no row");
      }
      seq = rs.getLong(1);
      prev = rs.getString(2);
    }
    long now = Clock.now().toEpochMilli();
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO qcdc_audit_chain (seq,"
        + " event_type, history_table, history_id, root_instance_id, removal_time, recorded_at,"
        + " label, digest, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Touch t : touches) {
        seq++;
        HistoryChain.RowState state = states.get(t.table()).get(t.id());
        String digest = state == null ? HistoryChain.ABSENT : state.digest();
        // The removal time as committed: the engine sets it in bulk when the root instance
        // ends, in the same transaction as the end event, without an event of its own.
        Long removalTime = t.removalTime() != null ? t.removalTime()
            : state == null ? null : state.removalTime();
        String label = t.label() == null ? null
            : t.label().length() > 255 ? t.label().substring(0, 255) : t.label();
        String hash = HistoryChain.hash(prev, seq, t.eventType(), t.table(), t.id(), t.root(),
            removalTime, now, label, digest);
        insert.setLong(1, seq);
        insert.setString(2, t.eventType());
        insert.setString(3, t.table());
        insert.setString(4, t.id());
        insert.setString(5, t.root());
        if (removalTime == null) {
          insert.setNull(6, java.sql.Types.BIGINT);
        } else {
          insert.setLong(6, removalTime);
        }
        insert.setLong(7, now);
        insert.setString(8, label);
        insert.setString(9, digest);
        insert.setString(10, prev);
        insert.setString(11, hash);
        insert.addBatch();
        prev = hash;
      }
      insert.executeBatch();
    }
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE qcdc_audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
      s.setLong(1, seq);
      s.setString(2, prev);
      s.executeUpdate();
    }
  }

  // ---------------------------------------------------------- event -> rows

  static List<Touch> touches(HistoryEvent e) {
    List<Touch> out = new ArrayList<>();
    String type = kind(e) + ":" + (e.getEventType() == null ? "insert" : e.getEventType());
    String root = e.getRootProcessInstanceId();
    Long removal = millis(e.getRemovalTime());
    if (e instanceof HistoricVariableUpdateEventEntity v) {
      out.add(new Touch(type, "ACT_HI_VARINST", v.getVariableInstanceId(), root, removal,
          v.getVariableName()));
      if (!v.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE)) {
        // written at history level full (ours); at a lower level the entry says "absent"
        out.add(new Touch(type, "ACT_HI_DETAIL", v.getId(), root, removal, v.getVariableName()));
      }
    } else if (e instanceof HistoricFormPropertyEventEntity f) {
      out.add(new Touch(type, "ACT_HI_DETAIL", f.getId(), root, removal, f.getPropertyId()));
    } else if (e instanceof HistoricDetailEventEntity d) {
      out.add(new Touch(type, "ACT_HI_DETAIL", d.getId(), root, removal, null));
    } else if (e instanceof HistoricProcessInstanceEventEntity p) {
      out.add(new Touch(type, "ACT_HI_PROCINST", p.getId(), root, removal,
          p.getProcessDefinitionKey() + (p.getBusinessKey() == null ? ""
              : " " + p.getBusinessKey())));
    } else if (e instanceof HistoricTaskInstanceEventEntity t) {
      out.add(new Touch(type, "ACT_HI_TASKINST", t.getId(), root, removal, t.getName()));
    } else if (e instanceof HistoricActivityInstanceEventEntity a) {
      out.add(new Touch(type, "ACT_HI_ACTINST", a.getId(), root, removal,
          a.getActivityName() != null ? a.getActivityName() : a.getActivityId()));
    } else if (e instanceof UserOperationLogEntryEventEntity o) {
      out.add(new Touch(type, "ACT_HI_OP_LOG", o.getId(), root, removal,
          o.getOperationType() + " " + o.getEntityType()
              + (o.getUserId() == null ? "" : " " + o.getUserId())));
    } else if (e instanceof HistoricIdentityLinkLogEventEntity l) {
      out.add(new Touch(type, "ACT_HI_IDENTITYLINK", l.getId(), root, removal,
          l.getType() + " " + (l.getGroupId() != null ? l.getGroupId() : l.getUserId())));
    } else if (e instanceof HistoricIncidentEventEntity i) {
      out.add(new Touch(type, "ACT_HI_INCIDENT", i.getId(), root, removal, i.getIncidentType()));
    } else if (e instanceof HistoricJobLogEvent j) {
      out.add(new Touch(type, "ACT_HI_JOB_LOG", j.getId(), root, removal,
          j.getJobDefinitionType()));
    } else if (e instanceof HistoricExternalTaskLogEntity x) {
      out.add(new Touch(type, "ACT_HI_EXT_TASK_LOG", x.getId(), root, removal, x.getTopicName()));
    } else if (e instanceof HistoricBatchEntity b) {
      out.add(new Touch(type, "ACT_HI_BATCH", b.getId(), root, removal, b.getType()));
    } else if (e instanceof HistoricDecisionEvaluationEvent d) {
      decision(out, type, d.getRootHistoricDecisionInstance());
      if (d.getRequiredHistoricDecisionInstances() != null) {
        d.getRequiredHistoricDecisionInstances().forEach(r -> decision(out, type, r));
      }
    } else if (e instanceof HistoricCaseInstanceEventEntity ci) {
      out.add(new Touch(type, "ACT_HI_CASEINST", ci.getId(), root, removal, null));
    } else if (e instanceof HistoricCaseActivityInstanceEventEntity ca) {
      out.add(new Touch(type, "ACT_HI_CASEACTINST", ca.getId(), root, removal, null));
    } else {
      LOG.warn("History event of an unknown kind not chained: {}", e.getClass().getName());
    }
    out.removeIf(t -> t.id() == null);
    return out;
  }

  private static void decision(List<Touch> out, String type, HistoricDecisionInstanceEntity d) {
    if (d == null) {
      return;
    }
    String root = d.getRootProcessInstanceId();
    Long removal = millis(d.getRemovalTime());
    out.add(new Touch(type, "ACT_HI_DECINST", d.getId(), root, removal,
        d.getDecisionDefinitionKey()));
    for (HistoricDecisionInputInstance in : d.getInputs()) {
      out.add(new Touch(type, "ACT_HI_DEC_IN", in.getId(), root, removal, in.getClauseName()));
    }
    for (HistoricDecisionOutputInstance o : d.getOutputs()) {
      out.add(new Touch(type, "ACT_HI_DEC_OUT", o.getId(), root, removal, o.getVariableName()));
    }
  }

  private static String kind(HistoryEvent e) {
    String name = e.getClass().getSimpleName();
    for (String suffix : List.of("EventEntity", "Entity", "Event")) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static Long millis(Date d) {
    return d == null ? null : d.getTime();
  }
}
