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
    List<HistoryChain.Seal> stored = storedSeals(c);
    Chain chain = readChain(c, sealedSeqs(stored, published), findings);
    checkHead(c, chain, findings);
    int validSeals = checkSeals(key, stored, published, chain, findings);
    History history = matchHistory(c, chain.latest(), findings);
    explainGone(c, chain.latest(), history, now, findings);
    boolean intact = findings.stream().noneMatch(f -> f.kind().tamper());
    return new Result(intact, chain.count(), chain.head(), validSeals, findings);
  }

  // ---- the chain

  /**
   * The chain as read: the last entry of each history row ("table/id"), the hash at each
   * sealed number, how many entries, the last number and the last hash.
   */
  private record Chain(Map<String, HistoryChain.Entry> latest, Map<Long, String> hashAt,
      long count, long lastSeq, String head) {
  }

  private static List<HistoryChain.Seal> storedSeals(Connection c) throws SQLException {
    List<HistoryChain.Seal> stored = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT seq, head_hash, sealed_at, key_id, mac FROM qcdc_audit_seal ORDER BY seq, sealed_at");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        stored.add(new HistoryChain.Seal(rs.getLong(1), rs.getString(2),
            Instant.parse(rs.getString(3)), rs.getString(4), rs.getString(5)));
      }
    }
    return stored;
  }

  /** The numbers whose hash the seals are checked against, stored or published. */
  private static Set<Long> sealedSeqs(List<HistoryChain.Seal> stored,
      List<HistoryChain.Seal> published) {
    Set<Long> sealedSeqs = new HashSet<>();
    stored.forEach(s -> sealedSeqs.add(s.seq()));
    published.forEach(s -> sealedSeqs.add(s.seq()));
    return sealedSeqs;
  }

  /** Reads the chain in order, checking each entry's number, link and hash. */
  private static Chain readChain(Connection c, Set<Long> sealedSeqs, List<Finding> findings)
      throws SQLException {
    Map<String, HistoryChain.Entry> latest = new LinkedHashMap<>();
    Map<Long, String> hashAt = new HashMap<>();
    long count = 0;
    long lastSeq = 0;
    String prev = HistoryChain.GENESIS;
    try (PreparedStatement s = c.prepareStatement("SELECT seq, event_type, history_table,"
        + " history_id, root_instance_id, removal_time, recorded_at, label, digest, prev_hash,"
        + " hash FROM qcdc_audit_chain ORDER BY seq"); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        HistoryChain.Entry e = entry(rs);
        count++;
        checkEntry(e, lastSeq, prev, findings);
        if (sealedSeqs.contains(e.seq())) {
          hashAt.put(e.seq(), e.hash());
        }
        latest.put(e.table() + "/" + e.historyId(), e);
        lastSeq = e.seq();
        prev = e.hash();
      }
    }
    return new Chain(latest, hashAt, count, lastSeq, prev);
  }

  /** One row of qcdc_audit_chain, in the column order of {@link #readChain}'s query. */
  private static HistoryChain.Entry entry(ResultSet rs) throws SQLException {
    long removal = rs.getLong(6);
    Long removalTime = rs.wasNull() ? null : removal;
    return new HistoryChain.Entry(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), removalTime, rs.getLong(7), rs.getString(8),
        rs.getString(9), rs.getString(10), rs.getString(11));
  }

  /** A gap before the entry, or a broken link to the one before, and a changed entry. */
  private static void checkEntry(HistoryChain.Entry e, long lastSeq, String prev,
      List<Finding> findings) {
    if (e.seq() != lastSeq + 1) {
      findings.add(chain(e.seq() == lastSeq + 2
          ? "Mục số " + (lastSeq + 1) + " của chuỗi đã bị xóa."
          : "Các mục số " + (lastSeq + 1) + " đến " + (e.seq() - 1) + " của chuỗi đã bị xóa."));
    } else if (!e.prevHash().equals(prev)) {
      findings.add(chain(e, "Mục số " + e.seq() + " của chuỗi không nối với mục trước nó."));
    }
    if (!e.expectedHash().equals(e.hash())) {
      findings.add(chain(e,
          "Mục số " + e.seq() + " của chuỗi đã bị sửa: nội dung không khớp mã băm của nó."));
    }
  }

  /** The head row must name the chain's last entry: otherwise its tail was cut or changed. */
  private static void checkHead(Connection c, Chain chain, List<Finding> findings)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT last_seq, last_hash FROM qcdc_audit_chain_head WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        findings.add(chain("Dòng đầu chuỗi (qcdc_audit_chain_head) đã bị xóa."));
      } else if (rs.getLong(1) != chain.lastSeq()
          || !Objects.equals(rs.getString(2), chain.head())) {
        findings.add(chain("Đầu chuỗi ghi mục số " + rs.getLong(1)
            + " nhưng chuỗi kết thúc ở mục số " + chain.lastSeq()
            + ": các mục cuối đã bị xóa hoặc sửa."));
      }
    }
  }

  // ---- the seals

  /** Checks every seal, stored or published; returns how many are valid. */
  private static int checkSeals(byte[] key, List<HistoryChain.Seal> stored,
      List<HistoryChain.Seal> published, Chain chain, List<Finding> findings) {
    String keyId = key == null ? null : HistoryChain.keyId(key);
    int valid = 0;
    HistoryChain.Seal lastValid = null;
    for (HistoryChain.Seal s : allSeals(stored, published, findings)) {
      String when = "Dấu niêm phong lúc " + TIME.format(s.at()) + " (mục số " + s.seq() + ")";
      Finding mac = checkMac(s, key, keyId, when);
      if (mac != null) {
        findings.add(mac);
        if (mac.kind() == Kind.SEAL) {
          continue; // a forged seal says nothing about the chain
        }
      }
      Finding place = checkSealedHash(s, chain, when);
      if (place != null) {
        findings.add(place);
      } else {
        valid++;
        if (lastValid == null || s.seq() > lastValid.seq()) {
          lastValid = s;
        }
      }
    }
    Finding unsealed = unsealedTail(chain.lastSeq(), lastValid);
    if (unsealed != null) {
      findings.add(unsealed);
    }
    return valid;
  }

  /** The stored seals, then each published one the database lost (which is named). */
  private static List<HistoryChain.Seal> allSeals(List<HistoryChain.Seal> stored,
      List<HistoryChain.Seal> published, List<Finding> findings) {
    List<HistoryChain.Seal> all = new ArrayList<>(stored);
    for (HistoryChain.Seal p : published) {
      boolean inDb = stored.stream().anyMatch(s -> s.seq() == p.seq() && s.mac().equals(p.mac()));
      if (!inDb) {
        findings.add(seal("Dấu niêm phong đã công bố lúc " + TIME.format(p.at()) + " (mục số "
            + p.seq() + ") không còn trong cơ sở dữ liệu."));
        all.add(p);
      }
    }
    return all;
  }

  /**
   * The seal's MAC: a note if it cannot be checked (no key, another key), a SEAL finding if it
   * is forged, null if it is right.
   */
  private static Finding checkMac(HistoryChain.Seal s, byte[] key, String keyId, String when) {
    if (key == null) {
      return note(when + ": không kiểm tra được mã HMAC vì không có khóa niêm phong.");
    } else if (!keyId.equals(s.keyId())) {
      return note(when + " làm bằng khóa khác (" + s.keyId()
          + "), không kiểm tra được bằng khóa hiện tại (" + keyId + ").");
    } else if (!HistoryChain.mac(key, s.seq(), s.head(), s.at()).equals(s.mac())) {
      return seal(when + " là giả: mã HMAC không khớp với khóa niêm phong.");
    }
    return null;
  }

  /** The chain must still hold the sealed hash at the sealed number; null if it does. */
  private static Finding checkSealedHash(HistoryChain.Seal s, Chain chain, String when) {
    if (s.seq() > chain.lastSeq()) {
      return seal(when + ": chuỗi chỉ còn " + chain.lastSeq()
          + " mục, các mục sau đã bị cắt bỏ.");
    } else if (s.seq() > 0 && !s.head().equals(chain.hashAt().get(s.seq()))) {
      return seal(when + ": chuỗi đã bị viết lại, mục số " + s.seq()
          + " không còn mang mã băm đã niêm phong.");
    }
    return null;
  }

  /** A note on the entries after the last valid seal; null if there are none. */
  private static Finding unsealedTail(long lastSeq, HistoryChain.Seal lastValid) {
    long unsealed = lastSeq - (lastValid == null ? 0 : lastValid.seq());
    if (unsealed <= 0) {
      return null;
    }
    return note(unsealed + " mục cuối của chuỗi chưa được niêm phong" + (lastValid == null ? ""
        : " (dấu niêm phong hợp lệ cuối cùng: lúc " + TIME.format(lastValid.at())
            + ", mục số " + lastValid.seq() + ")") + ".");
  }

  // ---- the history tables

  /** What the history tables hold: the rows seen ("table/id"), the process instances there. */
  private record History(Set<String> seen, Set<String> presentInstances) {
  }

  /**
   * Compares every row of every chained table with its last chain entry. A table that cannot
   * be read leaves {@code latest}: its rows are neither inserted nor deleted, only noted.
   */
  private static History matchHistory(Connection c, Map<String, HistoryChain.Entry> latest,
      List<Finding> findings) {
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
          Finding f = checkRow(table, row, digest, latest.get(k));
          if (f != null) {
            findings.add(f);
          }
        });
      } catch (SQLException ex) {
        if (latest.keySet().stream().anyMatch(k -> k.startsWith(table + "/"))) {
          findings.add(note(table, "Không đọc được bảng " + table + ": " + ex.getMessage()));
        }
        latest.keySet().removeIf(k -> k.startsWith(table + "/"));
      }
    }
    return new History(seen, presentInstances);
  }

  /** A row the chain does not have was inserted; one whose digest differs, edited. */
  private static Finding checkRow(String table, Map<String, String> row, String digest,
      HistoryChain.Entry e) {
    String id = row.get("ID_");
    String root = row.get("ROOT_PROC_INST_ID_");
    if (e == null || HistoryChain.ABSENT.equals(e.digest())) {
      return new Finding(Kind.INSERTED, table, id, root, "Thêm " + describe(table, row)
          + " mà không qua quy trình: không có trong chuỗi"
          + (e == null ? "." : " (chuỗi ghi nó đã không còn từ mục số " + e.seq() + ")."));
    } else if (!e.digest().equals(digest)) {
      return new Finding(Kind.EDITED, table, id, root, "Sửa " + describe(table, row)
          + ": nội dung khác với lần ghi cuối trong chuỗi (mục số " + e.seq() + ", "
          + e.eventType() + ", lúc " + TIME.format(Instant.ofEpochMilli(e.recordedAt())) + ").");
    }
    return null;
  }

  // ---- what is gone: deletions, or the retention policy's cleanup

  /** The history cleanup's runs and the operations that remove or re-time history. */
  private record Operations(List<Long> cleanups, List<String[]> deletions,
      List<String[]> retentionChanges) {

    static Operations read(Connection c) throws SQLException {
      return new Operations(cleanupRuns(c),
          operations(c, "'Delete', 'DeleteHistory', 'SetRemovalTime'"),
          operations(c, "'UpdateHistoryTimeToLive', 'SetRemovalTime'"));
    }
  }

  /** Names every chained row that is gone, grouped by its root process instance. */
  private static void explainGone(Connection c, Map<String, HistoryChain.Entry> latest,
      History history, Instant now, List<Finding> findings) throws SQLException {
    Map<String, List<HistoryChain.Entry>> goneByRoot = goneByRoot(latest, history.seen());
    if (goneByRoot.isEmpty()) {
      return;
    }
    Operations operations = Operations.read(c);
    for (var group : goneByRoot.entrySet()) {
      String root = group.getKey().isEmpty() ? null : group.getValue().get(0).rootInstanceId();
      explainGone(root, group.getValue(), latest, history, operations, now, findings);
    }
  }

  /** The chained rows not seen in the history, by root instance ("" for none). */
  private static Map<String, List<HistoryChain.Entry>> goneByRoot(
      Map<String, HistoryChain.Entry> latest, Set<String> seen) {
    Map<String, List<HistoryChain.Entry>> goneByRoot = new LinkedHashMap<>();
    for (var e : latest.entrySet()) {
      if (!seen.contains(e.getKey()) && !HistoryChain.ABSENT.equals(e.getValue().digest())) {
        String root = e.getValue().rootInstanceId();
        goneByRoot.computeIfAbsent(root == null ? "" : root, r -> new ArrayList<>())
            .add(e.getValue());
      }
    }
    return goneByRoot;
  }

  /** One root instance's gone rows: those the retention policy removed, and the deleted. */
  private static void explainGone(String root, List<HistoryChain.Entry> gone,
      Map<String, HistoryChain.Entry> latest, History history, Operations operations,
      Instant now, List<Finding> findings) {
    HistoryChain.Entry rootEntry = root == null ? null : latest.get("ACT_HI_PROCINST/" + root);
    Long rootRemoval = rootEntry == null ? null : rootEntry.removalTime();
    boolean rootGone = root == null || !history.presentInstances().contains(root);
    List<HistoryChain.Entry> retained = new ArrayList<>();
    List<HistoryChain.Entry> deleted = new ArrayList<>();
    for (HistoryChain.Entry e : gone) {
      Long removal = rootRemoval != null ? rootRemoval : e.removalTime();
      (expired(removal, rootGone, operations.cleanups(), now) ? retained : deleted).add(e);
    }
    if (!retained.isEmpty()) {
      Long removal = rootRemoval != null ? rootRemoval : retained.get(0).removalTime();
      findings.add(retention(root, rootEntry, retained.size(), removal, operations));
    }
    if (!deleted.isEmpty()) {
      String context = deletionContext(root, rootRemoval, now,
          explanations(operations.deletions(), deleted, root, rootGone));
      for (HistoryChain.Entry e : deleted) {
        findings.add(deleted(e, context));
      }
    }
  }

  /**
   * Removed by the retention policy: the removal time has passed, the whole root instance is
   * gone, and the history cleanup ran after that time (a second's slack for clock rounding).
   */
  private static boolean expired(Long removal, boolean rootGone, List<Long> cleanups,
      Instant now) {
    return removal != null && removal <= now.toEpochMilli() && rootGone
        && cleanups.stream().anyMatch(t -> t >= removal - 1000);
  }

  private static Finding retention(String root, HistoryChain.Entry rootEntry, int rows,
      Long removal, Operations operations) {
    long ran = operations.cleanups().stream().filter(t -> t >= removal - 1000)
        .min(Long::compare).orElse(removal);
    StringBuilder m = new StringBuilder(rows + " bản ghi lịch sử"
        + (root == null ? "" : " của phiên quy trình " + root
            + (rootEntry != null && rootEntry.label() != null
                ? " («" + rootEntry.label() + "»)" : ""))
        + " đã được xóa theo chính sách lưu giữ: hết hạn lưu giữ lúc "
        + TIME.format(Instant.ofEpochMilli(removal))
        + ", công việc dọn lịch sử chạy lúc " + TIME.format(Instant.ofEpochMilli(ran)) + ".");
    if (!operations.retentionChanges().isEmpty()) {
      m.append(" Thời hạn lưu giữ đã được thay đổi: ")
          .append(String.join("; ", operations(operations.retentionChanges()))).append('.');
    }
    return new Finding(Kind.RETENTION, "ACT_HI_PROCINST", root, root, m.toString());
  }

  /**
   * The logged operations that could have made the deletion. Deleting a process instance's
   * history while the instance is still there cannot.
   */
  private static List<String> explanations(List<String[]> deletions,
      List<HistoryChain.Entry> deleted, String root, boolean rootGone) {
    long lastWritten = deleted.stream().mapToLong(HistoryChain.Entry::recordedAt).max()
        .orElse(0);
    boolean opLogRows = deleted.stream().anyMatch(e -> e.table().equals("ACT_HI_OP_LOG"));
    return operations(deletions.stream()
        .filter(o -> Long.parseLong(o[6]) >= lastWritten - 1000)
        .filter(o -> Objects.equals(o[5], root)
            || (rootGone && "ProcessInstance".equals(o[1]))
            || (opLogRows && "OperationLog".equals(o[1])))
        .toList());
  }

  /** What every deletion of one root instance ends with: the instance, its term, the log. */
  private static String deletionContext(String root, Long rootRemoval, Instant now,
      List<String> explanations) {
    return (root == null ? "" : " (phiên quy trình " + root + ")")
        + (rootRemoval != null && rootRemoval > now.toEpochMilli()
            ? ", chưa đến hạn lưu giữ (" + TIME.format(Instant.ofEpochMilli(rootRemoval)) + ")"
            : "")
        + (explanations.isEmpty()
            ? "; nhật ký thao tác không ghi thao tác xóa nào: bị xóa trực tiếp trong cơ sở"
                + " dữ liệu"
            : "; nhật ký thao tác ghi: " + String.join("; ", explanations));
  }

  // ---- findings

  private static Finding chain(String message) {
    return new Finding(Kind.CHAIN, null, null, null, message);
  }

  private static Finding chain(HistoryChain.Entry e, String message) {
    return new Finding(Kind.CHAIN, e.table(), e.historyId(), e.rootInstanceId(), message);
  }

  private static Finding seal(String message) {
    return new Finding(Kind.SEAL, null, null, null, message);
  }

  private static Finding note(String message) {
    return note(null, message);
  }

  private static Finding note(String table, String message) {
    return new Finding(Kind.NOTE, table, null, null, message);
  }

  private static Finding deleted(HistoryChain.Entry e, String context) {
    return new Finding(Kind.DELETED, e.table(), e.historyId(), e.rootInstanceId(),
        "Xóa " + HistoryChain.TABLES.getOrDefault(e.table(), e.table())
            + (e.label() == null ? "" : " «" + e.label() + "»") + " (" + e.table() + " "
            + e.historyId() + ", ghi lần cuối ở mục số " + e.seq() + ")" + context + ".");
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
