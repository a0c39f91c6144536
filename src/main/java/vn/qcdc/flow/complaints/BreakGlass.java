package vn.qcdc.flow.complaints;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.reminder.ReminderMail;
import vn.qcdc.flow.organisation.Roles;

/**
 * An administrator who does not handle a case may still have to read the citizen's identity
 * (a court order, a handler who left). It is allowed only with a stated reason, and each
 * reading is recorded where the People's Inspection Board, who supervise complaint handling
 * (II.5.b), see it: /api/complaints/identity-access, and an e-mail to the board's members.
 * The alternative, leaving administrators out entirely, was not chosen: an administrator can
 * always grant themselves a handler's rights in Camunda Admin, so a recorded, reasoned door
 * is the honest one; the self-grant stays visible in the operation log.
 */
@Service
public class BreakGlass {

  private static final Logger LOG = LoggerFactory.getLogger(BreakGlass.class);
  /** A reason must say something: a case reference, a decision number, who asked. */
  static final int MIN_REASON_LENGTH = 20;

  private final JdbcTemplate jdbc;
  private final ReminderMail mail;
  private final Roles roles;

  private final vn.qcdc.flow.tenancy.AgencyContext agencies;

  BreakGlass(JdbcTemplate jdbc, ReminderMail mail, Roles roles,
      vn.qcdc.flow.tenancy.AgencyContext agencies) {
    this.agencies = agencies;
    this.jdbc = jdbc;
    this.mail = mail;
    this.roles = roles;
  }

  /** Whether the reason is acceptable; null or too short is not. */
  static boolean acceptable(String reason) {
    return reason != null && reason.strip().length() >= MIN_REASON_LENGTH;
  }

  @Transactional
  public void record(String caseNumber, String processInstanceId, String userId,
      String reason) {
    String text = reason.strip();
    if (text.length() > 1000) {
      text = text.substring(0, 1000);
    }
    jdbc.update("INSERT INTO qcdc_identity_access (id, agency, case_number, process_instance_id,"
        + " user_id, reason, accessed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), agencies.agency(), caseNumber, processInstanceId, userId, text,
        Timestamp.from(Clock.now()));
    LOG.warn("Break-glass: administrator {} read the citizen's identity of case {}: {}", userId,
        caseNumber, text);
    if (mail.enabled()) {
      mail.sendAfterCommit(mail.addressesOf(List.of(roles.getInspectionBoard()),
          List.of()), "[QCDC] Quản trị viên đã xem thông tin người gửi đơn vụ việc " + caseNumber,
          "Kính gửi Ban Thanh tra nhân dân,\n\nQuản trị viên " + userId
              + " đã xem thông tin người gửi đơn của vụ việc " + caseNumber + ".\nLý do: " + text
              + "\n\nDanh sách các lần xem có tại /api/complaints/identity-access.\n\n"
              + "Thư này được gửi tự động; vui lòng không trả lời.\n");
    }
  }

  public List<Map<String, Object>> list() {
    return jdbc.query("SELECT case_number, user_id, reason, accessed_at"
        + " FROM qcdc_identity_access WHERE agency = ? ORDER BY accessed_at DESC, id", (rs, i) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("caseNumber", rs.getString(1));
          row.put("userId", rs.getString(2));
          row.put("reason", rs.getString(3));
          row.put("accessedAt", rs.getTimestamp(4).toInstant().toString());
          return row;
        }, agencies.agency());
  }
}
