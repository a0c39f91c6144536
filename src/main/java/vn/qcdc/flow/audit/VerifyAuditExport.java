package vn.qcdc.flow.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The verification command: checks an export file's hash chain and prints
 * the first altered, missing or reordered entry (then any others).
 *
 * <pre>
 * java -jar qcdc-flow.jar verify-audit FILE [--head HEX --count N]
 *                         [--jdbc URL --user U --password P]
 * ./mvnw -q exec:java -Daudit.file=FILE [-Daudit.args="--jdbc ..."]
 * </pre>
 *
 * With --jdbc the head and count recorded in qcdc_audit_export at export time
 * are read from the database (the strongest check: it also catches a chain
 * recomputed after a change, and entries cut off the end); with --head/--count
 * they are given by hand (e.g. from the Word summary); with neither, the
 * file's own header is used. Exit code 0: intact; 1: tampered; 2: unusable.
 *
 * <p>With --trail it checks the database's history chain instead ({@link #runTrail}).
 */
public final class VerifyAuditExport {

  private VerifyAuditExport() {
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String[] args) {
    if (java.util.Arrays.asList(args).contains("--trail")) {
      return runTrail(args);
    }
    String file = null;
    String head = null;
    Integer count = null;
    String jdbc = null;
    String user = "";
    String password = "";
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--head" -> head = args[++i];
          case "--count" -> count = Integer.parseInt(args[++i]);
          case "--jdbc" -> jdbc = args[++i];
          case "--user" -> user = args[++i];
          case "--password" -> password = args[++i];
          default -> file = args[i];
        }
      }
      if (file == null || file.isBlank()) {
        System.err.println("Cách dùng: verify-audit TỆP [--head MÃ_BĂM --count SỐ_MỤC]"
            + " [--jdbc URL --user NGƯỜI_DÙNG --password MẬT_KHẨU]");
        return 2;
      }
      AuditChain.Trail trail = AuditChain.read(Files.readString(Path.of(file),
          StandardCharsets.UTF_8));
      String source = "phần đầu tệp";
      if (jdbc != null) {
        try (Connection c = DriverManager.getConnection(jdbc, user, password);
            PreparedStatement s = c.prepareStatement(
                "SELECT head_hash, entry_count FROM qcdc_audit_export WHERE id = ?")) {
          s.setString(1, trail.exportId());
          try (ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
              System.out.println("BỊ THAY ĐỔI: không có bản xuất mã " + trail.exportId()
                  + " trong cơ sở dữ liệu.");
              return 1;
            }
            head = rs.getString(1);
            count = rs.getInt(2);
            source = "cơ sở dữ liệu";
          }
        }
      } else if (head != null) {
        source = "mã băm được cung cấp";
      }
      AuditVerifier.Result result = AuditVerifier.verify(trail, head, count);
      System.out.println("Kiểm tra " + file + " (bản xuất " + trail.exportId() + ", "
          + trail.businessKey() + "; đối chiếu với " + source + ")");
      System.out.println(AuditVerifier.report(result));
      return result.intact() ? 0 : 1;
    } catch (Exception e) {
      System.err.println("Không kiểm tra được: " + e.getMessage());
      return 2;
    }
  }

  /**
   * The history itself: {@code verify-audit --trail --jdbc URL [--user U --password P]
   * [--key-file F] [--seals FILE]...}: the chain, the seals (in the database and in the given
   * files: the board's e-mails, report texts) and every chained history row, as
   * /api/audit/trail/verify does. Without --key-file the seals' MACs are not checked (said).
   */
  static int runTrail(String[] args) {
    String jdbc = null;
    String user = "";
    String password = "";
    String keyFile = null;
    StringBuilder published = new StringBuilder();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--trail" -> { }
          case "--jdbc" -> jdbc = args[++i];
          case "--user" -> user = args[++i];
          case "--password" -> password = args[++i];
          case "--key-file" -> keyFile = args[++i];
          case "--seals" -> published.append(Files.readString(Path.of(args[++i]),
              StandardCharsets.UTF_8)).append('\n');
          default -> throw new IllegalArgumentException("tham số không hiểu: " + args[i]);
        }
      }
      if (jdbc == null) {
        System.err.println("Cách dùng: verify-audit --trail --jdbc URL [--user NGƯỜI_DÙNG"
            + " --password MẬT_KHẨU] [--key-file TỆP_KHÓA] [--seals TỆP_DẤU_NIÊM_PHONG]");
        return 2;
      }
      byte[] key = keyFile == null ? null : AuditSeals.loadKey(null, keyFile, false);
      try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
        AuditTrailVerifier.Result r = AuditTrailVerifier.verify(c, key,
            HistoryChain.parseSeals(published.toString()), java.time.Instant.now());
        System.out.println(r.report());
        return r.intact() ? 0 : 1;
      }
    } catch (Exception e) {
      System.err.println("Không kiểm tra được: " + e.getMessage());
      return 2;
    }
  }
}
