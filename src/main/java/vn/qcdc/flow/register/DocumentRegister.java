package vn.qcdc.flow.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.InputRefusedException;

/**
 * The outgoing-document register (sổ văn bản đi): numbers per agency, series and kind, in the
 * form of Hướng dẫn 36-HD/VPTW ("08-KH/BTGTU", "125-BC/BTGTU").
 *
 * <p>No gap, no duplicate, on any number of nodes: the counter row of (agency, series, kind) is
 * read with {@code SELECT ... FOR UPDATE} and moved on in the caller's transaction, in which the
 * entry is written too. A second node waits for the row; if the caller's transaction rolls back,
 * counter and entry roll back together, so the number is handed out again and no hole is left.
 * A number once committed is never handed out again: a document that is not issued after all
 * is cancelled with its reason, and stays in the register.
 */
public class DocumentRegister {

  private static final Pattern NUMBER =
      Pattern.compile("^0*(\\d{1,6})-([A-Za-zĐđ]{2,4})/([A-ZĐ0-9]{2,20})$");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate required;
  private final TransactionTemplate separate;
  private final RegisterProperties properties;
  private final Supplier<String> agencySymbol;

  public DocumentRegister(DataSource dataSource, PlatformTransactionManager transactions,
      RegisterProperties properties, Supplier<String> agencySymbol) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.required = new TransactionTemplate(transactions);
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
    this.agencySymbol = agencySymbol;
  }

  public String agencySymbol() {
    return agencySymbol.get();
  }

  public String seriesOf(LocalDate date) {
    return properties.seriesOf(date);
  }

  /** "08-KH/BTGTU": two digits at least, as the seed's "08-KH/BTGTU". */
  public static String format(int seq, DocumentKind kind, String symbol) {
    return String.format("%02d-%s/%s", seq, kind.code(), symbol);
  }

  /**
   * Hands out the next number of the kind for a document dated {@code date}, held for the task
   * or process named by {@code reference} until it is issued or cancelled.
   */
  public RegisterEntry reserve(DocumentKind kind, LocalDate date, String subject,
      String reference, String by) {
    String symbol = agencySymbol();
    String series = properties.seriesOf(date);
    ensureCounter(symbol, series, kind, 1);
    return required.execute(status -> {
      int next = lockCounter(symbol, series, kind) + 1;
      jdbc.update("UPDATE qcdc_register_counter SET last_seq = ? WHERE agency_symbol = ?"
          + " AND series = ? AND doc_kind = ?", next, symbol, series, kind.name());
      return insert(symbol, series, kind, next, subject, RegisterEntry.RESERVED,
          RegisterEntry.REGISTER, reference, null, by);
    });
  }

  /** A number issued at once, for a document written outside the application. */
  public RegisterEntry issueNow(DocumentKind kind, LocalDate date, String subject, String by) {
    return required.execute(status -> {
      RegisterEntry reserved = reserve(kind, date, subject, null, by);
      return issue(reserved.id(), date, by);
    });
  }

  /** The reserved number becomes the document's: it is dated and counts as issued. */
  public RegisterEntry issue(String entryId, LocalDate date, String by) {
    return required.execute(status -> {
      RegisterEntry entry = lock(entryId);
      if (!RegisterEntry.RESERVED.equals(entry.status())) {
        throw new InputRefusedException("Số " + entry.number() + " đã "
            + (RegisterEntry.ISSUED.equals(entry.status()) ? "được ban hành" : "bị hủy")
            + ", không cấp lại được.");
      }
      jdbc.update("UPDATE qcdc_register_entry SET status = ?, document_date = ?, issued_by = ?,"
          + " issued_at = ? WHERE id = ?", RegisterEntry.ISSUED, date, by,
          Timestamp.from(Clock.now()), entryId);
      return find(entryId).orElseThrow();
    });
  }

  /** A number that will not be used: recorded with its reason, never handed out again. */
  public RegisterEntry cancel(String entryId, String reason, String by) {
    if (reason == null || reason.isBlank()) {
      throw new InputRefusedException("Cần ghi lý do hủy số văn bản.");
    }
    if (reason.length() > 1000) {
      throw new InputRefusedException("Lý do hủy số văn bản dài quá 1000 ký tự.");
    }
    return required.execute(status -> {
      RegisterEntry entry = lock(entryId);
      if (RegisterEntry.CANCELLED.equals(entry.status())) {
        throw new InputRefusedException("Số " + entry.number() + " đã bị hủy từ trước.");
      }
      jdbc.update("UPDATE qcdc_register_entry SET status = ?, cancelled_by = ?, cancelled_at = ?,"
          + " cancel_reason = ? WHERE id = ?", RegisterEntry.CANCELLED, by,
          Timestamp.from(Clock.now()), reason.strip(), entryId);
      return find(entryId).orElseThrow();
    });
  }

  /**
   * A number a person typed on the report-submission form of release 1.0.0 (instances of that
   * release keep their form for the year). It is accepted only if the register stays whole: it
   * must be the next number of the series, or, when the register has issued nothing of the kind
   * in the series yet, any number (the agency continues its paper register from there).
   * Anything else is refused with the number to use; nothing is taken silently.
   */
  public RegisterEntry recordTyped(String typed, DocumentKind expectedKind, LocalDate date,
      String subject, String reference, String by) {
    Matcher m = NUMBER.matcher(typed == null ? "" : typed.strip());
    String symbol = agencySymbol();
    if (!m.matches() || !expectedKind.code().equalsIgnoreCase(m.group(2))) {
      throw new InputRefusedException("«Số văn bản» phải có dạng số-" + expectedKind.code() + "/"
          + symbol + ", ví dụ " + format(125, expectedKind, symbol) + ".");
    }
    if (!symbol.equals(m.group(3))) {
      throw new InputRefusedException("Ký hiệu cơ quan trong «Số văn bản» phải là " + symbol
          + ", không phải " + m.group(3) + ".");
    }
    int seq = Integer.parseInt(m.group(1));
    if (seq < 1) {
      throw new InputRefusedException("Số văn bản bắt đầu từ 01.");
    }
    String series = properties.seriesOf(date);
    return required.execute(status -> {
      List<Integer> counter = jdbc.queryForList("SELECT last_seq FROM qcdc_register_counter"
          + " WHERE agency_symbol = ? AND series = ? AND doc_kind = ? FOR UPDATE", Integer.class,
          symbol, series, expectedKind.name());
      if (counter.isEmpty()) {
        // The register's first number of the kind in the series: the paper register had the
        // ones before it. Written in this transaction, so a refusal leaves nothing behind.
        try {
          jdbc.update("INSERT INTO qcdc_register_counter (agency_symbol, series, doc_kind,"
              + " first_seq, last_seq) VALUES (?, ?, ?, ?, ?)", symbol, series,
              expectedKind.name(), seq, seq);
        } catch (DuplicateKeyException raced) {
          throw new InputRefusedException("Sổ văn bản đi vừa cấp số cùng lúc; hãy gửi lại.");
        }
      } else {
        int last = counter.get(0);
        if (seq != last + 1) {
          throw new InputRefusedException("Sổ văn bản đi: số tiếp theo của loại "
              + expectedKind.label().toLowerCase() + " là "
              + format(last + 1, expectedKind, symbol) + "; số " + typed.strip()
              + (seq <= last ? " đã được cấp." : " để lại khoảng trống trong sổ.")
              + " Hãy nhập " + format(last + 1, expectedKind, symbol) + ".");
        }
        jdbc.update("UPDATE qcdc_register_counter SET last_seq = ? WHERE agency_symbol = ?"
            + " AND series = ? AND doc_kind = ?", seq, symbol, series, expectedKind.name());
      }
      return insert(symbol, series, expectedKind, seq, subject, RegisterEntry.ISSUED,
          RegisterEntry.TYPED, reference, date, by);
    });
  }

  public Optional<RegisterEntry> find(String entryId) {
    return jdbc.query("SELECT * FROM qcdc_register_entry WHERE id = ? AND agency_symbol = ?", ROW,
        entryId, agencySymbol())
        .stream().findFirst();
  }

  /** The entry still held or issued for a reference (a task, a report), newest first. */
  public Optional<RegisterEntry> active(String reference) {
    return jdbc.query("SELECT * FROM qcdc_register_entry WHERE agency_symbol = ? AND reference = ?"
        + " AND status <> ? ORDER BY reserved_at DESC, seq DESC", ROW, agencySymbol(), reference,
        RegisterEntry.CANCELLED)
        .stream().findFirst();
  }

  /** The register of a series, kind by kind, number by number. */
  public List<RegisterEntry> entries(String series) {
    return jdbc.query("SELECT * FROM qcdc_register_entry WHERE agency_symbol = ? AND series = ?"
        + " ORDER BY doc_kind, seq", ROW, agencySymbol(), series);
  }

  public List<String> series() {
    return jdbc.queryForList("SELECT DISTINCT series FROM qcdc_register_counter WHERE"
        + " agency_symbol = ? ORDER BY series", String.class, agencySymbol());
  }

  /** The counter row exists before anyone locks it: FOR UPDATE on a missing row locks nothing. */
  private void ensureCounter(String symbol, String series, DocumentKind kind, int first) {
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM qcdc_register_counter WHERE"
        + " agency_symbol = ? AND series = ? AND doc_kind = ?", Integer.class, symbol, series,
        kind.name());
    if (rows != null && rows > 0) {
      return;
    }
    try {
      separate.executeWithoutResult(status -> jdbc.update("INSERT INTO qcdc_register_counter"
          + " (agency_symbol, series, doc_kind, first_seq, last_seq) VALUES (?, ?, ?, ?, 0)",
          symbol, series, kind.name(), first));
    } catch (DuplicateKeyException raced) {
      // Another node created it at the same moment: that row is the one to lock.
    }
  }

  private int lockCounter(String symbol, String series, DocumentKind kind) {
    Integer last = jdbc.queryForObject("SELECT last_seq FROM qcdc_register_counter WHERE"
        + " agency_symbol = ? AND series = ? AND doc_kind = ? FOR UPDATE", Integer.class, symbol,
        series, kind.name());
    return last == null ? 0 : last;
  }

  private RegisterEntry lock(String entryId) {
    List<RegisterEntry> rows = jdbc.query("SELECT * FROM qcdc_register_entry WHERE id = ?"
        + " AND agency_symbol = ? FOR UPDATE", ROW, entryId, agencySymbol());
    if (rows.isEmpty()) {
      throw new InputRefusedException("Không có số văn bản này trong sổ văn bản đi.");
    }
    return rows.get(0);
  }

  private RegisterEntry insert(String symbol, String series, DocumentKind kind, int seq,
      String subject, String status, String origin, String reference, LocalDate date,
      String by) {
    String id = UUID.randomUUID().toString();
    Timestamp now = Timestamp.from(Clock.now());
    String text = subject == null || subject.isBlank() ? kind.label() : subject.strip();
    jdbc.update("INSERT INTO qcdc_register_entry (id, agency_symbol, series, doc_kind, seq,"
        + " number_text, subject, status, origin, reference, document_date, reserved_by,"
        + " reserved_at, issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?)", id, symbol, series, kind.name(), seq, format(seq, kind, symbol),
        text.length() > 1000 ? text.substring(0, 1000) : text, status, origin, reference, date,
        by, now, RegisterEntry.ISSUED.equals(status) ? by : null,
        RegisterEntry.ISSUED.equals(status) ? now : null);
    return find(id).orElseThrow();
  }

  private static final RowMapper<RegisterEntry> ROW = (ResultSet rs, int i) -> new RegisterEntry(
      rs.getString("id"), rs.getString("agency_symbol"), rs.getString("series"),
      DocumentKind.valueOf(rs.getString("doc_kind")), rs.getInt("seq"),
      rs.getString("number_text"), rs.getString("subject"), rs.getString("status"),
      rs.getString("origin"), rs.getString("reference"), date(rs, "document_date"),
      rs.getString("reserved_by"), instant(rs, "reserved_at"), rs.getString("issued_by"),
      instant(rs, "issued_at"), rs.getString("cancelled_by"), instant(rs, "cancelled_at"),
      rs.getString("cancel_reason"));

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    java.sql.Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
