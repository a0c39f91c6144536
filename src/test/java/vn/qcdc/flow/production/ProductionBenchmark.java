package vn.qcdc.flow.production;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/**
 * The production benchmark ({@code ./mvnw -Pbench verify}; not part of the normal build):
 * prints a table of figures on MariaDB (embedded 11.4, or QCDC_TEST_MARIADB_URL) and writes
 * it to target/benchmark.md. See docs/benchmarks.md for how to read it.
 *
 * <p>Tunable: {@code -Dbench.cycles} (default and most 36: Camunda's MariaDB tables keep
 * timestamps in TIMESTAMP columns, which end in January 2038, and a cycle's year starts at
 * 2000; the SQL measure takes 2037, the load 2001-2036; 60 cycles need several agencies per
 * year), {@code -Dbench.threads} (4), {@code -Dbench.units} (12).
 */
class ProductionBenchmark {

  final int cycles = Math.min(36, Integer.getInteger("bench.cycles", 36));
  final int threads = Integer.getInteger("bench.threads", 4);
  final int units = Integer.getInteger("bench.units", 12);
  final Map<String, String> table = new LinkedHashMap<>();

  @Test
  void benchmark() throws Exception {
    String user = MariaDbTestDatabase.username();
    String password = MariaDbTestDatabase.password();
    row("MariaDB", MariaDbTestDatabase.description());
    row("machine", Runtime.getRuntime().availableProcessors() + " cores, "
        + Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ")
        + ", Java " + System.getProperty("java.version"));

    rawCommitRate(user, password);

    // Start-up and memory: cold (schema created) and warm, the application vs bare Camunda.
    Path agency = benchAgency();
    String appDb = ScratchDatabase.fresh("bench_app");
    List<String> appArgs = List.of("--qcdc.organisation.file=file:" + agency,
        "--camunda.bpm.generic-properties.properties.hostname=bench-app");
    AppNode app = new AppNode("bench-app", appDb, user, password, appArgs);
    app.startAt("2037-03-06T00:00");
    long appCold = app.lastStartMillis();
    app.stop();
    app.startAt("2037-03-06T00:00");
    long appWarm = app.lastStartMillis();
    long appRss = app.rssMib();
    String bareDb = ScratchDatabase.fresh("bench_bare");
    // The same resources, from target/classes only (the application dedups them itself).
    AppNode bare = new AppNode("bench-bare", bareDb, user, password, List.of(
        "--camunda.bpm.deployment-resource-pattern=classpath:processes/*.bpmn,"
            + "classpath:processes/*.dmn,classpath:forms/*.form"))
        .mainClass("bench.bare.BareCamundaApplication");
    bare.start();
    long bareCold = bare.lastStartMillis();
    bare.stop();
    bare.start();
    long bareWarm = bare.lastStartMillis();
    long bareRss = bare.rssMib();
    row("start-up, cold (creates schema) app / bare Camunda", appCold + " ms / " + bareCold
        + " ms");
    row("start-up, warm app / bare Camunda", appWarm + " ms / " + bareWarm + " ms (x"
        + ratio(appWarm, bareWarm) + ")");
    row("RSS after start app / bare Camunda", appRss + " MiB / " + bareRss + " MiB (x"
        + ratio(appRss, bareRss) + ")");

    try {
      sqlPerCompletion(app, bare, appDb, bareDb, user, password);
      // Every year of the load lies before this date, so every meeting date is in the past.
      new RemoteYear(null, 2037).call(app.baseUrl(), "POST", "/test/clock", null,
          "2037-12-31T00:00", "text/plain");
      load(app, appDb, user, password);
    } finally {
      app.stop();
      bare.stop();
    }
    // A node of its own, after the others stopped: MariaDB's counters are global.
    row(FullYearComparison.FIGURE, new FullYearComparison(user, password).measure());

    StringBuilder out = new StringBuilder("| figure | value |\n|---|---|\n");
    table.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    System.out.println("\n===== QCDC Flow benchmark =====\n" + out);
    Files.writeString(Path.of("target", "benchmark.md"), out.toString(),
        StandardCharsets.UTF_8);
  }

  void row(String figure, String value) {
    table.put(figure, value);
    System.out.println("[bench] " + figure + ": " + value);
  }

  static String ratio(double a, double b) {
    return String.format("%.2f", a / b);
  }

  void rawCommitRate(String user, String password) throws Exception {
    String url = ScratchDatabase.fresh("bench_raw");
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id BIGINT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(36))"
          + " ENGINE=InnoDB");
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
        long n = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 5_000_000_000L) {
          insert.setString(1, "row-" + n);
          insert.executeUpdate();
          c.commit();
          n++;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        row("raw commit rate (one-row transactions, 1 connection)",
            String.format("%.0f commits/s", n / secs));
      }
    }
  }

  /** The i-th unit (from 1); the first is general affairs, which every agency must have. */
  static String unit(int i) {
    return i == 1 ? "phong-tong-hop" : String.format("phong-%02d", i);
  }

  /** Twelve departments (or -Dbench.units), one person each, plus leadership and committee. */
  Path benchAgency() throws Exception {
    StringBuilder y = new StringBuilder("agency:\n  name: Cơ quan thử tải\n  short-name: CQTT\n"
        + "  parent-body: Đảng bộ thành phố\n  place: Thành phố\nunits:\n"
        + "  - {code: lanh-dao, name: Lãnh đạo, kind: LEADERSHIP, headcount: 2}\n"
        + "  - {code: ban-chi-dao, name: Ban Chỉ đạo QCDC, kind: STEERING_COMMITTEE}\n"
        + "  - {code: camunda-admin, name: Quản trị, kind: ADMINISTRATORS}\n"
        + "  - {code: kiem-tra-lich-su, name: Kiểm toán, kind: AUDITORS}\n");
    StringBuilder people = new StringBuilder("people:\n"
        + "  - {id: truongban, first-name: An, last-name: Nguyễn, email: a@example.org,"
        + " password: truongban, units: [lanh-dao, ban-chi-dao]}\n"
        + "  - {id: bcd, first-name: Cường, last-name: Lê, email: b@example.org, password: bcd,"
        + " units: [ban-chi-dao]}\n"
        + "  - {id: admin, first-name: Trị, last-name: Quản, email: c@example.org,"
        + " password: \"" + RemoteYear.ADMIN_PASSWORD + "\", units: [camunda-admin]}\n"
        + "  - {id: kiemtoan, first-name: Kiểm, last-name: Toán, email: d@example.org,"
        + " password: kiemtoan, units: [kiem-tra-lich-su]}\n");
    for (int i = 1; i <= units; i++) {
      String code = unit(i);
      y.append("  - {code: ").append(code).append(", name: Phòng số ").append(i)
          .append(", kind: DEPARTMENT, headcount: 8}\n");
      people.append("  - {id: u").append(code).append(", first-name: Cán bộ, last-name: ")
          .append(i).append(", email: ").append(code).append("@example.org, password: u")
          .append(code).append(", units: [").append(code).append("]}\n");
    }
    Path file = Path.of("target", "bench-agency.yml").toAbsolutePath();
    Files.writeString(file, y.append(people).toString(), StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The bloc's load on one node: {@code cycles} separate years in parallel, each started,
   * planned, disseminated by every unit and answered with proposals by every unit, through
   * REST by the users of each unit, with the Tasklist query each user makes first.
   */
  void load(AppNode app, String db, String user, String password) throws Exception {
    List<Long> queries = Collections.synchronizedList(new ArrayList<>());
    List<Long> completions = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int c = 0; c < cycles; c++) {
      int year = 2036 - c;
      done.add(pool.submit(() -> {
        Bench b = new Bench(app, year, queries, completions);
        b.run();
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double secs = (System.nanoTime() - t0) / 1e9;
    row(String.format("load: %d cycles x %d units in parallel (%d threads), REST", cycles, units,
        threads), String.format("%d completions in %.0f s = %.1f completions/s",
        completions.size(), secs, completions.size() / secs));
    row("Tasklist task query p50 / p95", pct(queries, 50) + " ms / " + pct(queries, 95) + " ms");
    row("task completion (claim + submit-form) p50 / p95", pct(completions, 50) + " ms / "
        + pct(completions, 95) + " ms");
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(
        DriverManager.getConnection(db, user, password), true));
    List<Long> consolidation = jdbc.queryForList("SELECT DURATION_ FROM ACT_HI_ACTINST WHERE"
        + " ACT_ID_ = 'CompileProposals' AND DURATION_ IS NOT NULL", Long.class);
    row("consolidation (CompileProposals job, " + consolidation.size() + " runs) p50 / p95",
        pct(consolidation, 50) + " ms / " + pct(consolidation, 95) + " ms");
    // The auditors' replay of each cycle (issue 6: /api/audit/cycles/{key}), with the load's
    // history in the database, one after the other.
    List<Long> replays = new ArrayList<>();
    RemoteYear auditor = new RemoteYear(null, 2036);
    for (int c = 0; c < cycles; c++) {
      long r0 = System.nanoTime();
      var reply = auditor.call(app.baseUrl(), "GET", "/api/audit/cycles/QCDC-" + (2036 - c),
          "kiemtoan", null, null);
      replays.add((System.nanoTime() - r0) / 1_000_000);
      if (reply.statusCode() != 200) {
        throw new AssertionError("audit replay of QCDC-" + (2036 - c) + ": "
            + reply.statusCode() + " " + reply.body());
      }
    }
    row("audit replay of a cycle (GET /api/audit/cycles/{key}, " + replays.size()
        + " cycles) p50 / p95", pct(replays, 50) + " ms / " + pct(replays, 95) + " ms");
  }

  static long pct(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return -1;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  /** One cycle of the load, timed per request. */
  final class Bench {
    final RemoteYear year;
    final AppNode app;
    final List<Long> queries;
    final List<Long> completions;

    Bench(AppNode app, int y, List<Long> queries, List<Long> completions) {
      this.app = app;
      this.year = new RemoteYear(new RemoteYear.Cluster() {
        @Override
        public String next() {
          return app.baseUrl();
        }

        @Override
        public List<String> all() {
          return List.of(app.baseUrl());
        }
      }, y);
      this.queries = queries;
      this.completions = completions;
    }

    void run() {
      JsonNode started = year.post("/api/cycles", "bcd", Map.of("year",
          Integer.parseInt(year.businessKey().substring(5))));
      if (!started.has("processInstanceId")) {
        throw new AssertionError(started.toString());
      }
      String y = year.businessKey().substring(5);
      // Years before 2015 have no configured legal basis: the committee writes one.
      complete("DraftPlan", "ban-chi-dao", "bcd", Map.of("yearKeyTasks", "Chuyển đổi số",
          "legalBasis", "Nghị định số 04/2015/NĐ-CP; Thông tư số 01/2016/TT-BNV",
          "disseminationDueDate", y + "-02-15"));
      complete("ApprovePlan", "lanh-dao", "truongban", Map.of("planDecision", "approve"));
      for (int i = 1; i <= units; i++) {
        String code = unit(i);
        complete("RecordDissemination", code, "u" + code, Map.of("meetingDate", y + "-03-05",
            "meetingKind", "HOP_CO_QUAN", "attendance", 6L,
            "documentsCovered", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"));
        complete("SubmitProposals", code, "u" + code, i % 3 == 0
            ? Map.of("proposalsText", "Bổ sung trang thiết bị\nTăng cường tập huấn")
            : Map.of("noProposals", true));
      }
    }

    void complete(String key, String group, String user, Map<String, Object> values) {
      JsonNode found = null;
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (System.nanoTime() < deadline) {
        long t0 = System.nanoTime();
        found = year.get("/engine-rest/task?processInstanceBusinessKey=" + year.businessKey()
            + "&taskDefinitionKey=" + key + "&candidateGroup=" + group
            + "&includeAssignedTasks=true&sortBy=created&sortOrder=desc&maxResults=50", user);
        queries.add((System.nanoTime() - t0) / 1_000_000);
        if (found.size() > 0) {
          break;
        }
        AppNode.sleep(200);
      }
      if (found == null || found.size() == 0) {
        throw new AssertionError("No " + key + " for " + group + " in " + year.businessKey());
      }
      long t0 = System.nanoTime();
      year.submit(found.get(0).get("id").asText(), user, values);
      completions.add((System.nanoTime() - t0) / 1_000_000);
    }
  }

  /**
   * MariaDB's own counters around twelve completions of the same form: the application
   * (a cycle's RecordDissemination, through REST with its checks, records and history)
   * against the bare engine completing a one-task process with the same form through REST.
   * Counters are global: valid on the embedded server, which serves nobody else.
   */
  void sqlPerCompletion(AppNode app, AppNode bare, String appDb, String bareDb, String user,
      String password) throws Exception {
    if (!MariaDbTestDatabase.embedded()) {
      row("SQL per completion", "not measured: MariaDB's global counters are shared on an"
          + " external server");
      return;
    }
    // The application: a fresh cycle of a year the load did not use, up to dissemination.
    RemoteYear y = new RemoteYear(new RemoteYear.Cluster() {
      @Override
      public String next() {
        return app.baseUrl();
      }

      @Override
      public List<String> all() {
        return List.of(app.baseUrl());
      }
    }, 2037);
    Bench setup = new Bench(app, 2037, new ArrayList<>(), new ArrayList<>());
    setup.year.post("/api/cycles", "bcd", Map.of("year", 2037));
    String yy = "2037";
    // Due in December: no reminder or escalation job runs while the counters are read.
    setup.complete("DraftPlan", "ban-chi-dao", "bcd", Map.of("yearKeyTasks", "Chuyển đổi số",
        "disseminationDueDate", yy + "-12-15"));
    setup.complete("ApprovePlan", "lanh-dao", "truongban", Map.of("planDecision", "approve"));
    List<String[]> appTasks = new ArrayList<>();
    for (JsonNode t : y.awaitTasks("RecordDissemination", units)) {
      appTasks.add(new String[] {t.get("id").asText(), null});
    }
    // who may complete which: the candidate group's member
    for (String[] t : appTasks) {
      t[1] = "u" + y.candidateGroup(t[0]);
    }
    Map<String, Object> values = Map.of("meetingDate", yy + "-03-05", "meetingKind",
        "HOP_CO_QUAN", "attendance", 6L, "documentsCovered", "Luật 10/2022/QH15");
    JdbcTemplate server = new JdbcTemplate(new SingleConnectionDataSource(
        DriverManager.getConnection(appDb, user, password), true));
    Map<String, Long> before = vn.qcdc.flow.hostile.MariaDbHostileInputTestCounters.read(server);
    for (String[] t : appTasks) {
      y.submit(t[0], t[1], values);
    }
    Map<String, Long> after = vn.qcdc.flow.hostile.MariaDbHostileInputTestCounters.read(server);
    double appStatements = (after.get("statements") - before.get("statements")) / (double) units;
    double appCommits = (after.get("Com_commit") - before.get("Com_commit")) / (double) units;

    // The bare engine: a one-task process with the same form, deployed through REST.
    RemoteYear b = new RemoteYear(new RemoteYear.Cluster() {
      @Override
      public String next() {
        return bare.baseUrl();
      }

      @Override
      public List<String> all() {
        return List.of(bare.baseUrl());
      }
    }, 2037);
    String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions"
        + " xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"bench\">"
        + "<bpmn:process id=\"bench-one-task\" isExecutable=\"true\""
        + " camunda:historyTimeToLive=\"3650\"><bpmn:startEvent id=\"s\"/>"
        + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"RecordDissemination\"/>"
        + "<bpmn:userTask id=\"RecordDissemination\" camunda:candidateGroups=\"${unitCode}\""
        + " camunda:formRef=\"dissemination-record\" camunda:formRefBinding=\"latest\"/>"
        + "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"RecordDissemination\" targetRef=\"e\"/>"
        + "<bpmn:endEvent id=\"e\"/></bpmn:process></bpmn:definitions>";
    String boundary = "----qcdcbench";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\""
        + "\r\n\r\nbench\r\n--" + boundary + "\r\nContent-Disposition: form-data;"
        + " name=\"data\"; filename=\"bench.bpmn\"\r\nContent-Type: application/xml\r\n\r\n"
        + bpmn + "\r\n--" + boundary + "--\r\n";
    var deployed = b.call(bare.baseUrl(), "POST", "/engine-rest/deployment/create", null, body,
        "multipart/form-data; boundary=" + boundary);
    if (deployed.statusCode() != 200) {
      throw new AssertionError("bare deployment: " + deployed.body());
    }
    List<String> bareTasks = new ArrayList<>();
    for (int i = 1; i <= units; i++) {
      String code = unit(i);
      b.call(bare.baseUrl(), "POST", "/engine-rest/process-definition/key/bench-one-task/start",
          null, "{\"variables\":{\"unitCode\":{\"value\":\"" + code + "\"},\"year\":{\"value\":"
          + yy + ",\"type\":\"Integer\"},\"headcount\":{\"value\":8,\"type\":\"Integer\"},"
          + "\"unitName\":{\"value\":\"Phòng số " + i + "\"}}}", "application/json");
    }
    for (JsonNode t : b.getFrom(bare.baseUrl(), "/engine-rest/task?processDefinitionKey="
        + "bench-one-task", "admin")) {
      bareTasks.add(t.get("id").asText());
    }
    JdbcTemplate bareServer = new JdbcTemplate(new SingleConnectionDataSource(
        DriverManager.getConnection(bareDb, user, password), true));
    before = vn.qcdc.flow.hostile.MariaDbHostileInputTestCounters.read(bareServer);
    for (String id : bareTasks) {
      b.submit(id, "admin", values);
    }
    after = vn.qcdc.flow.hostile.MariaDbHostileInputTestCounters.read(bareServer);
    double bareStatements = (after.get("statements") - before.get("statements"))
        / (double) bareTasks.size();
    double bareCommits = (after.get("Com_commit") - before.get("Com_commit"))
        / (double) bareTasks.size();
    row("SQL statements per task completion (claim + submit-form over REST) app / bare",
        String.format("%.1f / %.1f (x%s)", appStatements, bareStatements,
            ratio(appStatements, bareStatements)));
    row("commits per task completion app / bare", String.format("%.2f / %.2f", appCommits,
        bareCommits));
  }
}
