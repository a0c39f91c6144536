package vn.qcdc.flow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hash chain of an audit export, and the two file formats (CSV, JSON).
 * No Spring here: the verification command uses it on its own.
 *
 * <p>Entry n's hash is SHA-256 over the previous entry's hash, n, and the
 * entry's fields ({@link #FIELDS}, in that order, as a JSON array of
 * strings); entry 1's previous hash is the genesis, SHA-256 over the format,
 * the cycle's business key and the export id. Both formats carry the same
 * fields, so a cycle's CSV and JSON exports have the same chain and head.
 */
public final class AuditChain {

  public static final String FORMAT = "qcdc-audit-trail/1";
  /** The fields of an entry, in hashing (and CSV column) order. */
  public static final List<String> FIELDS = List.of("kind", "time", "process", "instance",
      "activityId", "activity", "type", "unit", "person", "start", "end", "due", "late", "data",
      "operations", "comments");
  /** CSV column headings (Vietnamese) for the fields, after the sequence number. */
  static final List<String> HEADINGS = List.of("Loại", "Thời điểm", "Quy trình", "Mã phiên quy trình",
      "Mã bước", "Bước", "Kiểu bước", "Đơn vị", "Người thực hiện", "Bắt đầu", "Kết thúc", "Hạn",
      "Trễ hạn", "Dữ liệu", "Thao tác", "Ý kiến");

  static final ObjectMapper JSON = new ObjectMapper();

  private AuditChain() {
  }

  /** One exported entry: its number, its fields, the previous entry's hash and its own. */
  public record Entry(int seq, List<String> fields, String prevHash, String hash) {
  }

  /** A parsed export: header facts and the entries as found in the file. */
  public record Trail(String exportId, String businessKey, String rootInstanceId, String genesis,
      String head, int entryCount, List<Entry> entries) {
  }

  public static String genesis(String businessKey, String exportId) {
    return sha256(FORMAT + "\n" + businessKey + "\n" + exportId);
  }

  public static String hash(String prevHash, int seq, List<String> fields) {
    return sha256(prevHash + "\n" + seq + "\n" + canonical(fields));
  }

  /** Chains the field lists: entry 1 follows the genesis. */
  public static List<Entry> chain(String genesis, List<List<String>> fieldLists) {
    List<Entry> out = new ArrayList<>();
    String prev = genesis;
    for (List<String> fields : fieldLists) {
      int seq = out.size() + 1;
      String h = hash(prev, seq, fields);
      out.add(new Entry(seq, fields, prev, h));
      prev = h;
    }
    return out;
  }

  static String canonical(List<String> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ JSON

  public static String toJson(Trail trail) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("exportId", trail.exportId());
    root.put("businessKey", trail.businessKey());
    root.put("rootInstanceId", trail.rootInstanceId());
    root.put("genesis", trail.genesis());
    root.put("head", trail.head());
    root.put("entryCount", trail.entryCount());
    ArrayNode entries = root.putArray("entries");
    for (Entry e : trail.entries()) {
      ObjectNode n = entries.addObject();
      n.put("seq", e.seq());
      for (int i = 0; i < FIELDS.size(); i++) {
        String name = FIELDS.get(i);
        String value = e.fields().get(i);
        if (isStructured(name) && !value.isEmpty()) {
          n.set(name, readTree(value)); // readable in the file; hashed as its compact text
        } else {
          n.put(name, value);
        }
      }
      n.put("prevHash", e.prevHash());
      n.put("hash", e.hash());
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  public static Trail fromJson(String text) {
    JsonNode root = readTree(text);
    if (!FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException("Tệp không phải bản xuất lịch sử kiểm tra (" + FORMAT + ").");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode n : root.path("entries")) {
      List<String> fields = new ArrayList<>();
      for (String name : FIELDS) {
        JsonNode v = n.path(name);
        fields.add(v.isContainerNode() ? compact(v) : v.isMissingNode() || v.isNull() ? "" : v.asText());
      }
      entries.add(new Entry(n.path("seq").asInt(), fields, n.path("prevHash").asText(),
          n.path("hash").asText()));
    }
    return new Trail(root.path("exportId").asText(), root.path("businessKey").asText(),
        root.path("rootInstanceId").asText(), root.path("genesis").asText(),
        root.path("head").asText(), root.path("entryCount").asInt(), entries);
  }

  private static boolean isStructured(String field) {
    return field.equals("data") || field.equals("operations") || field.equals("comments");
  }

  private static JsonNode readTree(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("JSON không hợp lệ: " + e.getOriginalMessage());
    }
  }

  private static String compact(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------- CSV

  /**
   * RFC 4180 CSV, UTF-8. The first line is a comment with the export's facts
   * ({@code #qcdc-audit-trail/1;key=value;...}), then the headings, then one row per entry:
   * number, the fields, previous hash, hash.
   */
  public static String toCsv(Trail trail) {
    StringBuilder out = new StringBuilder();
    out.append('#').append(FORMAT).append(";exportId=").append(trail.exportId())
        .append(";businessKey=").append(trail.businessKey())
        .append(";rootInstanceId=").append(trail.rootInstanceId())
        .append(";genesis=").append(trail.genesis()).append(";head=").append(trail.head())
        .append(";entryCount=").append(trail.entryCount()).append("\r\n");
    List<String> headings = new ArrayList<>();
    headings.add("STT");
    headings.addAll(HEADINGS);
    headings.add("Mã băm trước");
    headings.add("Mã băm");
    row(out, headings);
    for (Entry e : trail.entries()) {
      List<String> cells = new ArrayList<>();
      cells.add(Integer.toString(e.seq()));
      cells.addAll(e.fields());
      cells.add(e.prevHash());
      cells.add(e.hash());
      row(out, cells);
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String c = cells.get(i) == null ? "" : cells.get(i);
      if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
        out.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        out.append(c);
      }
    }
    out.append("\r\n");
  }

  public static Trail fromCsv(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!text.startsWith("#" + FORMAT)) {
      throw new IllegalArgumentException("Tệp không phải bản xuất lịch sử kiểm tra (" + FORMAT + ").");
    }
    int eol = text.indexOf('\n');
    Map<String, String> facts = new LinkedHashMap<>();
    for (String part : text.substring(1, eol).strip().split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        facts.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    List<List<String>> rows = parseCsv(text.substring(eol + 1));
    List<Entry> entries = new ArrayList<>();
    int width = FIELDS.size() + 3;
    for (List<String> r : rows.subList(Math.min(1, rows.size()), rows.size())) {
      if (r.size() == 1 && r.get(0).isEmpty()) {
        continue;
      }
      if (r.size() != width) {
        throw new IllegalArgumentException("Dòng CSV có " + r.size() + " cột, cần " + width + ".");
      }
      int seq;
      try {
        seq = Integer.parseInt(r.get(0).strip());
      } catch (NumberFormatException e) {
        seq = -1;
      }
      entries.add(new Entry(seq, new ArrayList<>(r.subList(1, 1 + FIELDS.size())),
          r.get(width - 2), r.get(width - 1)));
    }
    return new Trail(facts.getOrDefault("exportId", ""), facts.getOrDefault("businessKey", ""),
        facts.getOrDefault("rootInstanceId", ""), facts.getOrDefault("genesis", ""),
        facts.getOrDefault("head", ""), Integer.parseInt(facts.getOrDefault("entryCount", "-1")),
        entries);
  }

  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    try (StringReader in = new StringReader(text)) {
      int c;
      while ((c = in.read()) != -1) {
        if (quoted) {
          if (c == '"') {
            in.mark(1);
            int next = in.read();
            if (next == '"') {
              cell.append('"');
            } else {
              quoted = false;
              if (next != -1) {
                in.reset();
              }
            }
          } else {
            cell.append((char) c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n') {
          row.add(cell.toString());
          cell.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else if (c != '\r') {
          cell.append((char) c);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  /** Reads either format, by its first character. */
  public static Trail read(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.stripLeading().startsWith("{") ? fromJson(t) : fromCsv(t);
  }
}
