package vn.qcdc.flow.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.reminder.ReminderMail;
import vn.qcdc.flow.organisation.Roles;

/**
 * Seals the head of the history chain with an HMAC whose key is held outside the database
 * ({@code qcdc.audit.seal.key-file} or {@code qcdc.audit.seal.key}, i.e.
 * QCDC_AUDIT_SEAL_KEY_FILE / QCDC_AUDIT_SEAL_KEY), daily and at every report, and publishes each
 * seal outside the system: e-mailed to the People's Inspection Board and printed in the report.
 * Whoever rewrites the chain and the history in the database cannot make a seal that matches,
 * and cannot recall the seals already published.
 *
 * <p>Without a key the application refuses to start, unless
 * {@code qcdc.audit.seal.allow-ephemeral-key} is set (the demo and test configurations): then a
 * random key lives as long as the process, with a warning; its seals cannot be checked after a
 * restart.
 */
@Component
public class AuditSeals {

  private static final Logger LOG = LoggerFactory.getLogger(AuditSeals.class);
  static final int MIN_KEY_LENGTH = 32;

  private final JdbcTemplate jdbc;
  private final ReminderMail mail;
  private final String group;
  private final byte[] key;
  private final boolean mailReportSeals;

  public AuditSeals(JdbcTemplate jdbc, ReminderMail mail,
      AuditProperties properties, Roles roles) {
    AuditProperties.Seal seal = properties.seal();
    this.mailReportSeals = seal.mailReportSeals();
    this.jdbc = jdbc;
    this.mail = mail;
    this.group = roles.getInspectionBoard();
    this.key = loadKey(seal.key(), seal.keyFile(), seal.allowEphemeralKey());
    LOG.info("Audit seals use key {}", HistoryChain.keyId(this.key));
  }

  static byte[] loadKey(String key, String keyFile, boolean allowEphemeral) {
    String text = null;
    String source = null;
    if (keyFile != null && !keyFile.isBlank()) {
      try {
        text = Files.readString(Path.of(keyFile.strip()), StandardCharsets.UTF_8).strip();
        source = "the file " + keyFile.strip();
      } catch (IOException e) {
        throw new IllegalStateException("QCDC Flow refuses to start: the audit seal key file "
            + keyFile + " cannot be read (" + e.getMessage() + ").", e);
      }
    } else if (key != null && !key.isBlank()) {
      text = key.strip();
      source = "qcdc.audit.seal.key (QCDC_AUDIT_SEAL_KEY)";
    }
    if (text != null) {
      if (text.length() < MIN_KEY_LENGTH) {
        throw new IllegalStateException("QCDC Flow refuses to start: the audit seal key in "
            + source + " has " + text.length() + " characters; it needs at least "
            + MIN_KEY_LENGTH + " (e.g. openssl rand -hex 32).");
      }
      return text.getBytes(StandardCharsets.UTF_8);
    }
    if (!allowEphemeral) {
      throw new IllegalStateException("QCDC Flow refuses to start without an audit seal key:"
          + " set QCDC_AUDIT_SEAL_KEY_FILE to a file that holds it (e.g. openssl rand -hex 32"
          + " > /etc/qcdc/audit-seal.key; the same file on every node, kept outside the"
          + " database and its backups), or QCDC_AUDIT_SEAL_KEY. docs/deployment.md, Running it for real.");
    }
    LOG.warn("No audit seal key is configured: using a random key for this process only."
        + " Seals made now cannot be checked after a restart. Never run an agency like this.");
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return java.util.HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII);
  }

  /** The key, for the verifier. */
  byte[] key() {
    return key.clone();
  }

  /**
   * Seals the head as committed now, records the seal and e-mails it to the inspection board
   * once the current transaction (if any) commits.
   */
  public HistoryChain.Seal seal(String reason) {
    return seal(reason, true);
  }

  private HistoryChain.Seal seal(String reason, boolean mailIt) {
    var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM qcdc_audit_chain_head WHERE id = 1");
    long seq = ((Number) head.get("last_seq")).longValue();
    String hash = (String) head.get("last_hash");
    Instant at = Clock.now();
    HistoryChain.Seal seal = HistoryChain.seal(key, seq, hash, at);
    jdbc.update("INSERT INTO qcdc_audit_seal (id, seq, head_hash, sealed_at, reason, key_id, mac)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), seq, hash,
        at.toString(), reason.length() > 255 ? reason.substring(0, 255) : reason, seal.keyId(),
        seal.mac());
    if (mailIt) {
      publish(seal, reason);
    }
    return seal;
  }

  /**
   * The line printed in a report's appendix: a new seal, made now, and mailed unless
   * {@code qcdc.audit.seal.mail-report-seals} is false (the report itself is published).
   */
  public String sealLineFor(String reason) {
    return "Dấu niêm phong nhật ký kiểm tra (" + reason + "): "
        + seal(reason, mailReportSeals).line();
  }

  /** Daily, late in the evening (agency time). */
  @Scheduled(cron = "${qcdc.audit.seal.cron:0 50 23 * * *}",
      zone = "${qcdc.audit.seal.zone:Asia/Ho_Chi_Minh}")
  void daily() {
    HistoryChain.Seal s = seal("niêm phong hằng ngày");
    LOG.info("Audit chain sealed: {}", s.line());
  }

  private void publish(HistoryChain.Seal seal, String reason) {
    if (!mail.enabled()) {
      LOG.info("Audit seal not e-mailed (no mail server): {}", seal.line());
      return;
    }
    List<String> to = mail.addressesOf(List.of(group), List.of());
    if (to.isEmpty()) {
      LOG.warn("Audit seal not e-mailed: nobody in group {} has an e-mail address", group);
      return;
    }
    mail.sendAfterCommit(to, "[QCDC] Dấu niêm phong nhật ký kiểm tra, mục số " + seal.seq(),
        "Kính gửi Ban Thanh tra nhân dân,\n\n"
            + "Hệ thống QCDC Flow vừa niêm phong nhật ký lịch sử (" + reason + ").\n"
            + "Xin lưu giữ thư này ngoài hệ thống. Khi kiểm tra lịch sử có bị xóa hoặc sửa hay"
            + " không, dán dòng dưới đây vào trang kiểm tra (POST /api/audit/trail/verify) hoặc"
            + " lệnh verify-audit --trail --seals TỆP: nếu chuỗi trong cơ sở dữ liệu đã bị viết"
            + " lại, dấu niêm phong này sẽ không còn khớp.\n\n"
            + seal.line() + "\n\n"
            + "Mục số " + seal.seq() + " của chuỗi, lúc " + seal.at() + " (giờ UTC).\n");
  }
}
