package vn.qcdc.flow.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Re-derives the history's integrity from the history tables, the chain and the seals, and
 * names every deletion, insertion and edit. Plain JDBC: the REST API and the offline command
 * both use it.
 *
 * <ol>
 *   <li>The chain: every entry's hash and its link to the one before; numbers without gaps;
 *       the head row at the last entry.
 *   <li>The seals, from the database and any published ones given (e-mails, report appendix):
 *       each MAC is checked with the key, and the chain must still have the sealed hash at the
 *       sealed number. A published seal missing from the database is named.
 *   <li>The history: every row of every chained ACT_HI_* table is digested and compared with
 *       the last chain entry for it: a row without one was <b>inserted</b>, a row whose digest
 *       differs was <b>edited</b>, a chained row that is gone was <b>deleted</b>, unless the
 *       retention policy removed it: its root instance's removal time (recorded in the chain
 *       when the instance ended) has passed, the whole root instance is gone, and the history
 *       cleanup job ran after that time.
 * </ol>
 */
public final class AuditTrailVerifier {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private AuditTrailVerifier() {
  }

  public enum Kind {
    CHAIN("CHUỖI BỊ SỬA"), SEAL("NIÊM PHONG"), DELETED("ĐÃ XÓA"), EDITED("ĐÃ SỬA"),
    INSERTED("THÊM NGOÀI QUY TRÌNH"), RETENTION("DỌN THEO CHÍNH SÁCH LƯU GIỮ"),
    NOTE("GHI CHÚ");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    public boolean tamper() {
      return this != RETENTION && this != NOTE;
    }
  }

  public record Finding(Kind kind, String table, String historyId, String rootInstanceId,
      String message) {
  }

  public record Result(boolean intact, long entries, String head, int validSeals,
      List<Finding> findings) {

    public List<Finding> of(Kind kind) {
      return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** What a person reads: Vietnamese, one line per finding. */
    public String report() {
      StringBuilder out = new StringBuilder("KIỂM TRA NHẬT KÝ LỊCH SỬ: ");
      long tampered = findings.stream().filter(f -> f.kind().tamper()).count();
      out.append(intact ? "NGUYÊN VẸN" : "BỊ THAY ĐỔI (" + tampered + " phát hiện)")
          .append("\nChuỗi: ").append(entries).append(" mục, mã băm cuối ").append(head)
          .append("; ").append(validSeals).append(" dấu niêm phong hợp lệ.");
      for (Finding f : findings) {
        out.append("\n- [").append(f.kind().label).append("] ").append(f.message());
      }
      return out.toString();
    }
  }

  /**
   * @param key the seal key (null: MACs are not checked, which is said)
   * @param published seals found outside the database (e-mails, report appendices)
   * @param now the time against which removal times are compared
   */
  public static Result verify(Connection c, byte[] key, List<HistoryChain.Seal> published,
      Instant now) throws SQLException {
    // One consistent snapshot of the chain and the history: rows written while the check runs
    // must not look inserted or edited.
    boolean autoCommit = c.getAutoCommit();
    int isolation = c.getTransactionIsolation();
    c.setAutoCommit(false);
    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    try {
      return verifySnapshot(c, key, published, now);
    } finally {
      c.rollback();
      c.setTransactionIsolation(isolation);
      c.setAutoCommit(autoCommit);
    }
  }

  private static Result verifySnapshot(Connection c, byte[] key,
      List<HistoryChain.Seal> published, Instant now) throws SQLException {
    List<Finding> findings = new ArrayList<>();

    // ---- the seals to check: those in the database, and the published ones
    List<HistoryChain.Seal> stored = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT seq, head_hash, sealed_at, key_id, mac FROM qcdc_audit_seal ORDER BY seq, sealed_at");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        stored.add(new HistoryChain.Seal(rs.getLong(1), rs.getString(2),
            Instant.parse(rs.getString(3)), rs.getString(4), rs.getString(5)));
      }
    }
    Set<Long> sealedSeqs = new HashSet<>();
    stored.forEach(s -> sealedSeqs.add(s.seq()));
    published.forEach(s -> sealedSeqs.add(s.seq()));

    // ---- the chain, in order; the last entry of each history row
    Map<String, HistoryChain.Entry> latest = new LinkedHashMap<>();
    Map<Long, String> hashAt = new HashMap<>();
    long count = 0;
    long lastSeq = 0;
    String prev = HistoryChain.GENESIS;
    try (PreparedStatement s = c.prepareStatement("SELECT seq, event_type, history_table,"
        + " history_id, root_instance_id, removal_time, recorded_at, label, digest, prev_hash,"
        + " hash FROM qcdc_audit_chain ORDER BY seq"); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        long removal = rs.getLong(6);
        Long removalTime = rs.wasNull() ? null : removal;
        HistoryChain.Entry e = new HistoryChain.Entry(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), removalTime, rs.getLong(7),
            rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
        count++;
        if (e.seq() != lastSeq + 1) {
          findings.add(new Finding(Kind.CHAIN, null, null, null, e.seq() == lastSeq + 2
              ? "Mục số " + (lastSeq + 1) + " của chuỗi đã bị xóa."
              : "Các mục số " + (lastSeq + 1) + " đến " + (e.seq() - 1) + " của chuỗi đã bị xóa."));
        } else if (!e.prevHash().equals(prev)) {
          findings.add(new Finding(Kind.CHAIN, e.table(), e.historyId(), e.rootInstanceId(),
              "Mục số " + e.seq() + " của chuỗi không nối với mục trước nó."));
        }
        if (!e.expectedHash().equals(e.hash())) {
          findings.add(new Finding(Kind.CHAIN, e.table(), e.historyId(), e.rootInstanceId(),
              "Mục số " + e.seq() + " của chuỗi đã bị sửa: nội dung không khớp mã băm của nó."));
        }
        if (sealedSeqs.contains(e.seq())) {
          hashAt.put(e.seq(), e.hash());
        }
        latest.put(e.table() + "/" + e.historyId(), e);
        lastSeq = e.seq();
        prev = e.hash();
      }
    }
    try (PreparedStatement s = c.prepareStatement(
        "SELECT last_seq, last_hash FROM qcdc_audit_chain_head WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        findings.add(new Finding(Kind.CHAIN, null, null, null,
            "Dòng đầu chuỗi (qcdc_audit_chain_head) đã bị xóa."));
      } else if (rs.getLong(1) != lastSeq || !Objects.equals(rs.getString(2), prev)) {
        findings.add(new Finding(Kind.CHAIN, null, null, null, "Đầu chuỗi ghi mục số "
            + rs.getLong(1) + " nhưng chuỗi kết thúc ở mục số " + lastSeq
            + ": các mục cuối đã bị xóa hoặc sửa."));
      }
    }

    // ---- seals
    String keyId = key == null ? null : HistoryChain.keyId(key);
    int valid = 0;
    HistoryChain.Seal lastValid = null;
    List<HistoryChain.Seal> all = new ArrayList<>(stored);
    for (HistoryChain.Seal p : published) {
      boolean inDb = stored.stream().anyMatch(s -> s.seq() == p.seq() && s.mac().equals(p.mac()));
      if (!inDb) {
        findings.add(new Finding(Kind.SEAL, null, null, null, "Dấu niêm phong đã công bố lúc "
            + TIME.format(p.at()) + " (mục số " + p.seq() + ") không còn trong cơ sở dữ liệu."));
        all.add(p);
      }
    }
    for (HistoryChain.Seal s : all) {
      String when = "Dấu niêm phong lúc " + TIME.format(s.at()) + " (mục số " + s.seq() + ")";
      if (key == null) {
        findings.add(new Finding(Kind.NOTE, null, null, null, when
            + ": không kiểm tra được mã HMAC vì không có khóa niêm phong."));
      } else if (!keyId.equals(s.keyId())) {
        findings.add(new Finding(Kind.NOTE, null, null, null, when + " làm bằng khóa khác ("
            + s.keyId() + "), không kiểm tra được bằng khóa hiện tại (" + keyId + ")."));
      } else if (!HistoryChain.mac(key, s.seq(), s.head(), s.at()).equals(s.mac())) {
        findings.add(new Finding(Kind.SEAL, null, null, null, when
            + " là giả: mã HMAC không khớp với khóa niêm phong."));
        continue;
      }
      if (s.seq() > lastSeq) {
        findings.add(new Finding(Kind.SEAL, null, null, null, when + ": chuỗi chỉ còn "
            + lastSeq + " mục, các mục sau đã bị cắt bỏ."));
      } else if (s.seq() > 0 && !s.head().equals(hashAt.get(s.seq()))) {
        findings.add(new Finding(Kind.SEAL, null, null, null, when
            + ": chuỗi đã bị viết lại, mục số " + s.seq() + " không còn mang mã băm đã niêm phong."));
      } else {
        valid++;
        if (lastValid == null || s.seq() > lastValid.seq()) {
          lastValid = s;
        }
      }
    }
    long unsealed = lastSeq - (lastValid == null ? 0 : lastValid.seq());
    if (unsealed > 0) {
      findings.add(new Finding(Kind.NOTE, null, null, null, unsealed
          + " mục cuối của chuỗi chưa được niêm phong" + (lastValid == null ? ""
              : " (dấu niêm phong hợp lệ cuối cùng: lúc " + TIME.format(lastValid.at())
                  + ", mục số " + lastValid.seq() + ")") + "."));
    }

    // ---- the history itself
    Set<String> seen = new HashSet<>();
    Set<String> presentInstances = new HashSet<>();
    for (String table : HistoryChain.TABLES.keySet()) {
      try {
        HistoryChain.scan(c, table, (row, digest) -> {
          String id = row.get("ID_");
          String k = table + "/" + id;
          seen.add(k);
          if (table.equals("ACT_HI_PROCINST")) {
            presentInstances.add(id);
          }
          HistoryChain.Entry e = latest.get(k);
          if (e == null || HistoryChain.ABSENT.equals(e.digest())) {
            findings.add(new Finding(Kind.INSERTED, table, id, row.get("ROOT_PROC_INST_ID_"),
                "Thêm " + describe(table, row) + " mà không qua quy trình: không có trong chuỗi"
                    + (e == null ? "." : " (chuỗi ghi nó đã không còn từ mục số " + e.seq() + ").")));
          } else if (!e.digest().equals(digest)) {
            findings.add(new Finding(Kind.EDITED, table, id, row.get("ROOT_PROC_INST_ID_"),
                "Sửa " + describe(table, row) + ": nội dung khác với lần ghi cuối trong chuỗi (mục số "
                    + e.seq() + ", " + e.eventType() + ", lúc " + TIME.format(
                        Instant.ofEpochMilli(e.recordedAt())) + ")."));
          }
        });
      } catch (SQLException ex) {
        if (latest.keySet().stream().anyMatch(k -> k.startsWith(table + "/"))) {
          findings.add(new Finding(Kind.NOTE, table, null, null, "Không đọc được bảng " + table
              + ": " + ex.getMessage()));
        }
        latest.keySet().removeIf(k -> k.startsWith(table + "/"));
      }
    }

    // ---- what is gone: deletions, or the retention policy's cleanup
    Map<String, List<HistoryChain.Entry>> goneByRoot = new LinkedHashMap<>();
    for (var e : latest.entrySet()) {
      if (!seen.contains(e.getKey()) && !HistoryChain.ABSENT.equals(e.getValue().digest())) {
        String root = e.getValue().rootInstanceId();
        goneByRoot.computeIfAbsent(root == null ? "" : root, r -> new ArrayList<>())
            .add(e.getValue());
      }
    }
    if (!goneByRoot.isEmpty()) {
      List<Long> cleanups = cleanupRuns(c);
      List<String[]> deletions = operations(c, "'Delete', 'DeleteHistory', 'SetRemovalTime'");
      List<String[]> retentionChanges = operations(c,
          "'UpdateHistoryTimeToLive', 'SetRemovalTime'");
      for (var group : goneByRoot.entrySet()) {
        String root = group.getKey().isEmpty() ? null : group.getValue().get(0).rootInstanceId();
        HistoryChain.Entry rootEntry = root == null ? null : latest.get("ACT_HI_PROCINST/" + root);
        Long rootRemoval = rootEntry == null ? null : rootEntry.removalTime();
        List<HistoryChain.Entry> retained = new ArrayList<>();
        List<HistoryChain.Entry> deleted = new ArrayList<>();
        for (HistoryChain.Entry e : group.getValue()) {
          Long removal = rootRemoval != null ? rootRemoval : e.removalTime();
          boolean expired = removal != null && removal <= now.toEpochMilli()
              && (root == null || !presentInstances.contains(root))
              && cleanups.stream().anyMatch(t -> t >= removal - 1000);
          (expired ? retained : deleted).add(e);
        }
        if (!retained.isEmpty()) {
          Long removal = rootRemoval != null ? rootRemoval : retained.get(0).removalTime();
          long ran = cleanups.stream().filter(t -> t >= removal - 1000).min(Long::compare)
              .orElse(removal);
          StringBuilder m = new StringBuilder(retained.size() + " bản ghi lịch sử"
              + (root == null ? "" : " của phiên quy trình " + root
                  + (rootEntry != null && rootEntry.label() != null
                      ? " («" + rootEntry.label() + "»)" : ""))
              + " đã được xóa theo chính sách lưu giữ: hết hạn lưu giữ lúc "
              + TIME.format(Instant.ofEpochMilli(removal))
              + ", công việc dọn lịch sử chạy lúc " + TIME.format(Instant.ofEpochMilli(ran)) + ".");
          if (!retentionChanges.isEmpty()) {
            m.append(" Thời hạn lưu giữ đã được thay đổi: ")
                .append(String.join("; ", operations(retentionChanges))).append('.');
          }
          findings.add(new Finding(Kind.RETENTION, "ACT_HI_PROCINST", root, root, m.toString()));
        }
        if (!deleted.isEmpty()) {
          long lastWritten = deleted.stream().mapToLong(HistoryChain.Entry::recordedAt).max()
              .orElse(0);
          boolean rootGone = root == null || !presentInstances.contains(root);
          boolean opLogRows = deleted.stream().anyMatch(e -> e.table().equals("ACT_HI_OP_LOG"));
          // An operation explains a deletion only if it could have made it: deleting a process
          // instance's history while the instance is still there cannot.
          List<String> explanations = operations(deletions.stream()
              .filter(o -> Long.parseLong(o[6]) >= lastWritten - 1000)
              .filter(o -> Objects.equals(o[5], root)
                  || (rootGone && "ProcessInstance".equals(o[1]))
                  || (opLogRows && "OperationLog".equals(o[1])))
              .toList());
          String context = (root == null ? "" : " (phiên quy trình " + root + ")")
              + (rootRemoval != null && rootRemoval > now.toEpochMilli()
                  ? ", chưa đến hạn lưu giữ (" + TIME.format(Instant.ofEpochMilli(rootRemoval)) + ")"
                  : "")
              + (explanations.isEmpty()
                  ? "; nhật ký thao tác không ghi thao tác xóa nào: bị xóa trực tiếp trong cơ sở"
                      + " dữ liệu"
                  : "; nhật ký thao tác ghi: " + String.join("; ", explanations));
          for (HistoryChain.Entry e : deleted) {
            findings.add(new Finding(Kind.DELETED, e.table(), e.historyId(), e.rootInstanceId(),
                "Xóa " + HistoryChain.TABLES.getOrDefault(e.table(), e.table())
                    + (e.label() == null ? "" : " «" + e.label() + "»") + " (" + e.table()
                    + " " + e.historyId() + ", ghi lần cuối ở mục số " + e.seq() + ")" + context
                    + "."));
          }
        }
      }
    }
    boolean intact = findings.stream().noneMatch(f -> f.kind().tamper());
    return new Result(intact, count, prev, valid, findings);
  }

  /** A history row as a person names it. */
  static String describe(String table, Map<String, String> row) {
    String what = HistoryChain.TABLES.getOrDefault(table, table);
    String name = switch (table) {
      case "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL" -> row.get("NAME_");
      case "ACT_HI_ACTINST" -> row.get("ACT_NAME_") != null ? row.get("ACT_NAME_")
          : row.get("ACT_ID_");
      case "ACT_HI_OP_LOG" -> row.get("OPERATION_TYPE_") + " " + row.get("ENTITY_TYPE_")
          + (row.get("USER_ID_") == null ? "" : " bởi " + row.get("USER_ID_"));
      case "ACT_HI_PROCINST" -> row.get("PROC_DEF_KEY_");
      default -> null;
    };
    String instance = row.get("PROC_INST_ID_");
    return what + (name == null ? "" : " «" + name + "»") + " (" + table + " " + row.get("ID_")
        + (instance == null || table.equals("ACT_HI_PROCINST") ? "" : ", phiên " + instance)
        + ")";
  }

  private static List<Long> cleanupRuns(Connection c) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT TIMESTAMP_ FROM ACT_HI_JOB_LOG"
        + " WHERE JOB_DEF_TYPE_ = 'history-cleanup' AND JOB_EXCEPTION_MSG_ IS NULL");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Timestamp t = rs.getTimestamp(1);
        if (t != null) {
          out.add(t.getTime());
        }
      }
    }
    return out;
  }

  /** Operation-log rows: type, entity, user, property, old, new value; root; time (millis). */
  private static List<String[]> operations(Connection c, String types) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT OPERATION_TYPE_, ENTITY_TYPE_,"
        + " USER_ID_, PROPERTY_, ORG_VALUE_, NEW_VALUE_, ROOT_PROC_INST_ID_, TIMESTAMP_"
        + " FROM ACT_HI_OP_LOG WHERE OPERATION_TYPE_ IN (" + types + ") ORDER BY TIMESTAMP_");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Timestamp t = rs.getTimestamp(8);
        out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4) == null ? "" : rs.getString(4) + ": " + rs.getString(5) + " → "
                + rs.getString(6), null, rs.getString(7),
            Long.toString(t == null ? 0 : t.getTime())});
      }
    }
    return out;
  }

  /** One line per operation (an operation's properties are rows of their own). */
  private static List<String> operations(List<String[]> rows) {
    Map<String, List<String>> byOperation = new LinkedHashMap<>();
    for (String[] o : rows) {
      String head = o[0] + " " + o[1] + " bởi " + (o[2] == null ? "(không rõ)" : o[2]) + " lúc "
          + TIME.format(Instant.ofEpochMilli(Long.parseLong(o[6])));
      List<String> props = byOperation.computeIfAbsent(head, h -> new ArrayList<>());
      if (!o[3].isEmpty()) {
        props.add(o[3]);
      }
    }
    List<String> out = new ArrayList<>();
    byOperation.forEach((head, props) -> out.add(head
        + (props.isEmpty() ? "" : " (" + String.join(", ", props) + ")")));
    return out;
  }
}
