package vn.qcdc.flow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The history chain's rules, shared by the writer (in the engine's transactions), the verifier
 * and the offline command. No Spring here.
 *
 * <p>A history row's <b>digest</b> is SHA-256 over its columns as a JSON object (column names
 * upper-case, sorted; values as the JDBC driver renders them), without {@code REMOVAL_TIME_},
 * which the engine sets in bulk without a history event (when the root instance ends, or by
 * the set-removal-time API). A variable's serialized value lives in ACT_GE_BYTEARRAY: its
 * SHA-256 is part of the row's digest. A chain entry's hash covers the previous hash and all of
 * the entry's fields, so neither an entry nor its order can change unnoticed.
 */
public final class HistoryChain {

  public static final String FORMAT = "qcdc-history-chain/1";
  /** The hash before entry 1 (also inserted by V20). */
  public static final String GENESIS = sha256(FORMAT);
  /** The digest of a row that did not exist when the event's transaction committed. */
  public static final String ABSENT = "absent";
  static final Set<String> EXCLUDED_COLUMNS = Set.of("REMOVAL_TIME_");
  static final String BYTES_COLUMN = "QCDC_BYTES_";

  /** The history tables that history events write, with how a person calls their rows. */
  public static final Map<String, String> TABLES = tables();

  private static final ObjectMapper JSON = new ObjectMapper();

  private HistoryChain() {
  }

  private static Map<String, String> tables() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("ACT_HI_PROCINST", "phiên quy trình");
    t.put("ACT_HI_ACTINST", "bước");
    t.put("ACT_HI_TASKINST", "công việc");
    t.put("ACT_HI_VARINST", "biến");
    t.put("ACT_HI_DETAIL", "chi tiết dữ liệu");
    t.put("ACT_HI_IDENTITYLINK", "phân công");
    t.put("ACT_HI_OP_LOG", "nhật ký thao tác");
    t.put("ACT_HI_INCIDENT", "sự cố");
    t.put("ACT_HI_JOB_LOG", "nhật ký công việc tự động");
    t.put("ACT_HI_EXT_TASK_LOG", "nhật ký việc ngoài");
    t.put("ACT_HI_BATCH", "lô thao tác");
    t.put("ACT_HI_DECINST", "quyết định");
    t.put("ACT_HI_DEC_IN", "đầu vào quyết định");
    t.put("ACT_HI_DEC_OUT", "đầu ra quyết định");
    t.put("ACT_HI_CASEINST", "hồ sơ CMMN");
    t.put("ACT_HI_CASEACTINST", "bước CMMN");
    return java.util.Collections.unmodifiableMap(t);
  }

  /** One entry of the chain, as stored. */
  public record Entry(long seq, String eventType, String table, String historyId,
      String rootInstanceId, Long removalTime, long recordedAt, String label, String digest,
      String prevHash, String hash) {

    public String expectedHash() {
      return HistoryChain.hash(prevHash, seq, eventType, table, historyId, rootInstanceId,
          removalTime, recordedAt, label, digest);
    }
  }

  public static String hash(String prevHash, long seq, String eventType, String table,
      String historyId, String rootInstanceId, Long removalTime, long recordedAt, String label,
      String digest) {
    return sha256(String.join("\n", prevHash, Long.toString(seq), eventType, table, historyId,
        rootInstanceId == null ? "" : rootInstanceId,
        removalTime == null ? "" : Long.toString(removalTime), Long.toString(recordedAt),
        label == null ? "" : label, digest));
  }

  // ------------------------------------------------------------------ rows

  private static boolean hasBytes(String table) {
    return table.equals("ACT_HI_VARINST") || table.equals("ACT_HI_DETAIL");
  }

  private static String select(String table) {
    return hasBytes(table)
        ? "SELECT t.*, b.BYTES_ AS " + BYTES_COLUMN + " FROM " + table
            + " t LEFT JOIN ACT_GE_BYTEARRAY b ON b.ID_ = t.BYTEARRAY_ID_"
        : "SELECT t.* FROM " + table + " t";
  }

  /** A row as the chain records it: its digest and its removal time (epoch millis or null). */
  public record RowState(String digest, Long removalTime) {
  }

  /** The digests of these rows of one table, by id; a row that does not exist is left out. */
  public static Map<String, String> digests(Connection c, String table, Collection<String> ids)
      throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    states(c, table, ids).forEach((id, state) -> out.put(id, state.digest()));
    return out;
  }

  /** The state of these rows of one table, by id; a row that does not exist is left out. */
  public static Map<String, RowState> states(Connection c, String table, Collection<String> ids)
      throws SQLException {
    requireKnown(table);
    Map<String, RowState> out = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 200) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 200));
      String sql = select(table) + " WHERE t.ID_ IN (" + String.join(",",
          java.util.Collections.nCopies(chunk.size(), "?")) + ")";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            Map<String, String> row = row(rs);
            String removal = row.get("REMOVAL_TIME_");
            out.put(row.get("ID_"), new RowState(digest(row),
                removal == null ? null : Long.valueOf(removal)));
          }
        }
      }
    }
    return out;
  }

  /** Every row of one table: its columns (for naming it) and digest. */
  public static void scan(Connection c, String table, BiConsumer<Map<String, String>, String> each)
      throws SQLException {
    requireKnown(table);
    try (PreparedStatement s = c.prepareStatement(select(table)); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Map<String, String> row = row(rs);
        each.accept(row, digest(row));
      }
    }
  }

  private static void requireKnown(String table) {
    if (!TABLES.containsKey(table)) {
      throw new IllegalArgumentException("not a history table: " + table);
    }
  }

  static Map<String, String> row(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    Map<String, String> row = new TreeMap<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      String name = md.getColumnLabel(i).toUpperCase(Locale.ROOT);
      if (name.equals("REMOVAL_TIME_")) { // kept for the baseline, as epoch millis; not digested
        java.sql.Timestamp t = rs.getTimestamp(i);
        row.put(name, t == null ? null : Long.toString(t.getTime()));
        continue;
      }
      String value;
      switch (md.getColumnType(i)) {
        case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
          byte[] bytes = rs.getBytes(i);
          value = bytes == null ? null : sha256(bytes);
        }
        default -> value = rs.getString(i);
      }
      row.put(name, value);
    }
    return row;
  }

  static String digest(Map<String, String> row) {
    Map<String, String> digested = new TreeMap<>(row);
    digested.keySet().removeAll(EXCLUDED_COLUMNS);
    try {
      return sha256(JSON.writeValueAsString(digested));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ----------------------------------------------------------------- seals

  /** The published form of a seal: ASCII, one line, found again in any text that quotes it. */
  public record Seal(long seq, String head, Instant at, String keyId, String mac) {

    public String line() {
      return "QCDC-SEAL/1 seq=" + seq + " head=" + head + " at=" + at + " key=" + keyId
          + " mac=" + mac;
    }
  }

  private static final Pattern SEAL = Pattern.compile(
      "QCDC-SEAL/1 seq=(\\d+) head=([0-9a-f]{64}) at=(\\S+) key=([0-9a-f]{16}) mac=([0-9a-f]{64})");

  /** Every seal line in a text (an e-mail, the report's appendix copied out). */
  public static List<Seal> parseSeals(String text) {
    List<Seal> out = new ArrayList<>();
    Matcher m = SEAL.matcher(text == null ? "" : text);
    while (m.find()) {
      try {
        out.add(new Seal(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)),
            m.group(4), m.group(5)));
      } catch (RuntimeException e) {
        // not a seal after all (a time that does not parse): ignored
      }
    }
    return out;
  }

  public static Seal seal(byte[] key, long seq, String head, Instant at) {
    return new Seal(seq, head, at, keyId(key), mac(key, seq, head, at));
  }

  public static String mac(byte[] key, long seq, String head, Instant at) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(("QCDC-SEAL/1\n" + seq + "\n" + head + "\n" + at)
          .getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Names the key without revealing it: which key made a seal. */
  public static String keyId(byte[] key) {
    byte[] id = new byte[key.length + 16];
    System.arraycopy("qcdc-seal-key-id".getBytes(StandardCharsets.US_ASCII), 0, id, 0, 16);
    System.arraycopy(key, 0, id, 16, key.length);
    return sha256(id).substring(0, 16);
  }

  // ------------------------------------------------------------------ util

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
