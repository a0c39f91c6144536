package vn.qcdc.flow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.access.EngineDoors.Answer;
import vn.qcdc.flow.access.EngineDoors.Door;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * Issue 16, isolation proven over REST: every operation of Camunda's REST API (openapi.json,
 * 399 operations) called by each role of a second agency (stp) through /engine-rest, and every
 * write also through the webapps' door, with the ids of the first agency's year (btgtu: its
 * cycle, an open task of a department, its execution, timer, variable, history rows). Expected
 * for every call: no answer that succeeds with one of those ids in the path, no successful read
 * whose body holds one, and the first agency's rows (runtime, history, business records)
 * unchanged. The second agency runs its own year meanwhile, so its users' lists are not empty.
 * The table goes to target/agency-isolation.tsv.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"qcdc.organisation.directory=classpath:organisation/agencies",
        // a database of its own: the second agency's users must not meet other tests' syncs
        "spring.datasource.url=jdbc:h2:mem:qcdc-isolation;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class AgencyIsolationRestTest {

  /** The second agency's roles: leadership, committee, department, union, board, cell, auditor. */
  static final Map<String, String> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("Lãnh đạo", "stp-truongban");
    ROLES.put("Ban Chỉ đạo", "stp-bcd");
    ROLES.put("Phòng", "stp-tuyentruyen");
    ROLES.put("Công đoàn", "stp-congdoan");
    ROLES.put("Ban Thanh tra", "stp-thanhtra");
    ROLES.put("Chi bộ", "stp-bithu");
    ROLES.put("Kiểm toán", "stp-kiemtoan");
  }

  /** A year no other test of the JVM's in-memory database uses. */
  static final int YEAR = 2061;

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  DataSource dataSource;
  @LocalServerPort
  int port;

  record Row(String operation, String role, Door door, int status, String leak) {
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void noOperationGivesAnotherAgencyAnythingOfTheFirst() throws Exception {
    long started = System.nanoTime();
    RestSurfaceScenarios.Fixture ids = RestSurfaceScenarios.fixture(engine, cycles, YEAR);
    YearDriver stp = new YearDriver(engine, new JavaDesk(engine, cycles), YEAR, "stp", "stp-");
    stp.start();
    stp.draftAndApprovePlan();
    ClockUtil.reset();
    List<String> secrets = secrets(ids);
    assertThat(secrets).hasSizeGreaterThanOrEqualTo(8);

    EngineDoors doors = new EngineDoors(port);
    ROLES.values().forEach(doors::session);
    String before = btgtuRows();
    List<String[]> operations = RestSurfaceScenarios.operations();
    List<Row> rows = new ArrayList<>();
    for (String[] operation : operations) {
      String method = operation[0];
      String template = operation[1];
      boolean read = method.equals("GET");
      for (var role : ROLES.entrySet()) {
        String user = role.getValue();
        String path = ids.fill(template, user);
        String body = read || method.equals("OPTIONS") ? null
            : RestSurfaceScenarios.body(template, user);
        for (Door door : read ? List.of(Door.REST) : List.of(Door.REST, Door.WEBAPP)) {
          Answer answer = doors.call(door, user, method, path, body);
          rows.add(new Row(method + " " + template, role.getKey(), door, answer.status(),
              leak(secrets, path, answer)));
        }
      }
    }
    String after = btgtuRows();
    double seconds = (System.nanoTime() - started) / 1e9;
    write(rows, seconds);
    List<Row> leaks = rows.stream().filter(r -> r.leak() != null).toList();
    long succeeded = rows.stream().filter(r -> r.status() < 300).count();
    System.out.printf("[agency isolation] %d operations x %d roles of stp: %d calls, %d"
        + " succeeded (on stp's own data or none), %d unexpected, btgtu's rows %s, %.0f s%n",
        operations.size(), ROLES.size(), rows.size(), succeeded, leaks.size(),
        before.equals(after) ? "unchanged" : "CHANGED", seconds);
    assertThat(operations).hasSize(399);
    assertThat(rows).hasSize((399 + 204) * ROLES.size());
    assertThat(succeeded).as("stp's users work on their own year").isPositive();
    assertThat(leaks).as("calls that gave stp something of btgtu (target/agency-isolation.tsv)")
        .isEmpty();
    assertThat(after).as("btgtu's rows after every call of stp's users").isEqualTo(before);
  }

  /** The first agency's ids that no other agency may see or act on. */
  static List<String> secrets(RestSurfaceScenarios.Fixture ids) {
    List<String> secrets = new ArrayList<>();
    for (String id : new String[] {ids.cycle, ids.task, ids.execution, ids.job, ids.variable,
        ids.historicActivity, ids.historicVariable, ids.historicDetail}) {
      if (id != null && !id.equals(RestSurfaceScenarios.NONE)) {
        secrets.add(id);
      }
    }
    return secrets;
  }

  /** Why the answer gives away the first agency's data, or null. */
  static String leak(List<String> secrets, String path, Answer answer) {
    if (answer.status() >= 300) {
      return null; // refused or not found: the engine may echo the id it did not find
    }
    for (String secret : secrets) {
      if (path.contains(secret)) {
        return "succeeded on btgtu's " + secret;
      }
      if (answer.body() != null && answer.body().contains(secret)) {
        return "answered with btgtu's " + secret;
      }
    }
    return null;
  }

  /** A digest of every row of the first agency: the engine's tenant rows and its records. */
  String btgtuRows() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      StringBuilder all = new StringBuilder();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%",
          new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      for (String table : tables.stream().sorted().toList()) {
        String column = columnOf(c, table, Set.of("TENANT_ID_", "AGENCY"));
        if (column == null) {
          continue;
        }
        try (var s = c.prepareStatement("SELECT * FROM " + table + " WHERE " + column
            + " = 'btgtu'"); ResultSet rs = s.executeQuery()) {
          List<String> lines = new ArrayList<>();
          while (rs.next()) {
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
              line.append(rs.getString(i)).append('|');
            }
            lines.add(line.toString());
          }
          lines.sort(null);
          all.append(table).append(':').append(String.join("\n", lines)).append('\n');
        }
      }
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(all.toString().getBytes(StandardCharsets.UTF_8))) + " (" + all.length()
          + " chars)";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String columnOf(Connection c, String table, Set<String> names) throws SQLException {
    try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, table, null)) {
      while (rs.next()) {
        String name = rs.getString("COLUMN_NAME").toUpperCase();
        if (names.contains(name)) {
          return name;
        }
      }
    }
    return null;
  }

  void write(List<Row> rows, double seconds) throws IOException {
    StringBuilder tsv = new StringBuilder("operation\trole\tdoor\tstatus\tleak\n");
    for (Row r : rows) {
      tsv.append(String.join("\t", r.operation(), r.role(),
          r.door() == Door.REST ? "engine-rest" : "webapp", String.valueOf(r.status()),
          r.leak() == null ? "" : r.leak())).append('\n');
    }
    tsv.append("# ").append(String.format("%.0f", seconds)).append(" s\n");
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/agency-isolation.tsv"), tsv.toString());
  }
}
