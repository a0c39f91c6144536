package vn.qcdc.flow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qcdc.flow.engine.Clock;

/**
 * Exports a cycle's audit trail (CSV, JSON, a short Word summary), each
 * entry chained to the one before by SHA-256, and records the chain's head
 * in {@code qcdc_audit_export} at export time; verifies an export against
 * that record.
 */
@Service
public class AuditExports {

  public enum Format { CSV, JSON, DOCX }

  /** An export: the file and what was recorded for it. */
  public record Export(String id, String fileName, String contentType, byte[] content,
      int entryCount, String head) {
  }

  private final AuditReplay replays;
  private final JdbcTemplate jdbc;

  public AuditExports(AuditReplay replays, JdbcTemplate jdbc) {
    this.replays = replays;
    this.jdbc = jdbc;
  }

  @Transactional
  public Export export(String rootIdOrBusinessKey, Format format, String exportedBy) {
    Replay replay = replays.replay(rootIdOrBusinessKey);
    String id = UUID.randomUUID().toString();
    String key = replay.cycle().businessKey() == null ? replay.cycle().id()
        : replay.cycle().businessKey();
    String genesis = AuditChain.genesis(key, id);
    List<AuditChain.Entry> entries = AuditChain.chain(genesis,
        replay.steps().stream().map(AuditExports::fields).toList());
    String head = entries.isEmpty() ? genesis : entries.get(entries.size() - 1).hash();
    AuditChain.Trail trail = new AuditChain.Trail(id, key, replay.cycle().id(), genesis, head,
        entries.size(), entries);
    String base = "lich-su-" + key + "-" + id.substring(0, 8);
    Export export = switch (format) {
      case CSV -> new Export(id, base + ".csv", "text/csv; charset=UTF-8",
          ("\uFEFF" + AuditChain.toCsv(trail)).getBytes(StandardCharsets.UTF_8), entries.size(),
          head);
      case JSON -> new Export(id, base + ".json", "application/json; charset=UTF-8",
          AuditChain.toJson(trail).getBytes(StandardCharsets.UTF_8), entries.size(), head);
      case DOCX -> new Export(id, base + ".docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          summary(replay, trail, exportedBy), entries.size(), head);
    };
    jdbc.update("INSERT INTO qcdc_audit_export (id, root_instance_id, business_key, export_format,"
        + " entry_count, genesis_hash, head_hash, exported_by, exported_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, replay.cycle().id(), key, format.name(),
        entries.size(), genesis, head, exportedBy, Timestamp.from(Clock.now()));
    return export;
  }

  /** Verifies an export (CSV or JSON text) against the head recorded when it was made. */
  public AuditVerifier.Result verify(String text) {
    AuditChain.Trail trail = AuditChain.read(text);
    List<Object[]> rows = jdbc.query("SELECT head_hash, entry_count"
        + " FROM qcdc_audit_export WHERE id = ?",
        (rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}, trail.exportId());
    if (rows.isEmpty()) {
      return new AuditVerifier.Result(false, trail.entries().size(), "",
          List.of(new AuditVerifier.Finding(AuditVerifier.Problem.UNKNOWN_EXPORT, 0,
              "Không có bản xuất mã " + trail.exportId() + " trong cơ sở dữ liệu: tệp không do"
                  + " hệ thống xuất ra, hoặc mã xuất đã bị sửa.")));
    }
    return AuditVerifier.verify(trail, (String) rows.get(0)[0], (Integer) rows.get(0)[1]);
  }

  /** The exports made so far of a cycle, newest first. */
  public List<Map<String, Object>> exportsOf(String rootInstanceId) {
    return jdbc.query("SELECT id, export_format, entry_count, head_hash, exported_by,"
        + " exported_at FROM qcdc_audit_export WHERE root_instance_id = ?"
        + " ORDER BY exported_at DESC", (rs, n) -> {
          Map<String, Object> row = new java.util.LinkedHashMap<>();
          row.put("id", rs.getString(1));
          row.put("format", rs.getString(2));
          row.put("entryCount", rs.getInt(3));
          row.put("head", rs.getString(4));
          row.put("exportedBy", rs.getString(5));
          row.put("exportedAt", AuditReplay.time(rs.getTimestamp(6)));
          return row;
        }, rootInstanceId);
  }

  /** The fields of a step, as hashed and exported ({@link AuditChain#FIELDS}). */
  static List<String> fields(Replay.Step s) {
    List<String> f = new ArrayList<>();
    f.add(s.kind());
    f.add(nz(s.start()));
    f.add(nz(s.processKey()));
    f.add(nz(s.instanceId()));
    f.add(nz(s.activityId()));
    f.add(nz(s.activityName()));
    f.add(nz(s.activityType()));
    f.add(nz(s.unit()));
    f.add(nz(s.person()));
    f.add(nz(s.start()));
    f.add(nz(s.end()));
    f.add(nz(s.due()));
    f.add(s.late() == null ? "" : s.late() ? "có" : "không");
    f.add(json(s.data() == null || s.data().isEmpty() ? null
        : s.kind().equals("ACTIVITY") ? new TreeMap<>(s.data()) : s.data()));
    f.add(json(s.operations() == null || s.operations().isEmpty() ? null : s.operations()));
    f.add(json(s.comments() == null || s.comments().isEmpty() ? null : s.comments()));
    return f;
  }

  private static String json(Object value) {
    if (value == null) {
      return "";
    }
    try {
      return AuditChain.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static byte[] summary(Replay replay, AuditChain.Trail trail, String exportedBy) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Replay.Instance c = replay.cycle();
      paragraph(doc, "TÓM TẮT LỊCH SỬ KIỂM TRA", true, 14);
      paragraph(doc, c.processName() + " — " + nz(c.businessKey()), true, 12);
      paragraph(doc, "Trạng thái: " + state(c.state()) + "; bắt đầu " + nz(c.start())
          + (c.end() == null ? "" : "; kết thúc " + c.end()) + ".", false, 11);
      long tasks = replay.steps().stream().filter(s -> "userTask".equals(s.activityType())).count();
      long late = replay.steps().stream().filter(s -> Boolean.TRUE.equals(s.late())).count();
      paragraph(doc, "Số quy trình (kể cả quy trình được gọi): " + replay.instances().size()
          + ". Số mục trong lịch sử: " + trail.entryCount() + ". Số công việc của người dùng: "
          + tasks + ", trong đó trễ hạn: " + late + ".", false, 11);
      paragraph(doc, "Mã bản xuất: " + trail.exportId() + ". Người xuất: " + exportedBy
          + ". Mã băm cuối chuỗi (SHA-256), đã ghi vào cơ sở dữ liệu: " + trail.head() + ".",
          false, 11);
      XWPFTable table = doc.createTable();
      String[] head = {"STT", "Công việc", "Đơn vị", "Người thực hiện", "Kết thúc", "Trễ hạn"};
      for (int i = 0; i < head.length; i++) {
        (i == 0 ? table.getRow(0).getCell(0) : table.getRow(0).addNewTableCell()).setText(head[i]);
      }
      for (Replay.Step s : replay.steps()) {
        if (!"userTask".equals(s.activityType())) {
          continue;
        }
        var row = table.createRow();
        row.getCell(0).setText(Integer.toString(s.order()));
        row.getCell(1).setText(nz(s.activityName()));
        row.getCell(2).setText(nz(s.unitName()));
        row.getCell(3).setText(nz(s.person()));
        row.getCell(4).setText(nz(s.end()));
        row.getCell(5).setText(s.late() == null ? "" : s.late() ? "Có" : "Không");
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String state(String camundaState) {
    return switch (camundaState == null ? "" : camundaState) {
      case "ACTIVE" -> "đang thực hiện";
      case "COMPLETED" -> "đã hoàn thành";
      case "SUSPENDED" -> "tạm dừng";
      case "EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED" -> "đã chấm dứt";
      default -> camundaState;
    };
  }

  private static void paragraph(XWPFDocument doc, String text, boolean bold, int size) {
    XWPFParagraph p = doc.createParagraph();
    XWPFRun r = p.createRun();
    r.setBold(bold);
    r.setFontSize(size);
    r.setFontFamily("Times New Roman");
    r.setText(text);
  }
}
