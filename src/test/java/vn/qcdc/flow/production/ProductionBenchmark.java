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
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/**
 * The production benchmark ({@code ./mvnw -Pbench verify}; not part of the normal build):
 * prints a table of figures on MariaDB (embedded 11.4, or QCDC_TEST_MARIADB_URL) and writes
 * it to target/benchmark.md. See docs/benchmarks.md for how to read it.
 *
 * <p>Tunable: {@code -Dbench.cycles} (60: the load's separate years, from
 * {@code -Dbench.firstYear}, 2038, so that the SQL measure keeps 2037), {@code -Dbench.threads}
 * (client threads of the load), {@code -Dbench.units} (12).
 */
class ProductionBenchmark {

  final int cycles = Integer.getInteger("bench.cycles", 60);
  final int firstYear = Integer.getInteger("bench.firstYear", 2038);
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

    // Start-up and memory: cold (schema created), then warm starts of the application and of
    // bare Camunda taken in turn, -Dbench.startRounds times each (3): the machine is shared, so
    // the two sides see the same load and the medians are compared. The last round's nodes
    // stay up for the SQL figures.
    Path agency = benchAgency();
    String appDb = ScratchDatabase.fresh("bench_app");
    List<String> appArgs = List.of("--qcdc.organisation.file=file:" + agency,
        "--camunda.bpm.generic-properties.properties.hostname=bench-app",
        // Production's job lock (application-mariadb.yaml), not the crash tests' 8 s: with
        // 60 years' reports converting to PDF a job outlasts 8 s, another thread takes it
        // over, and neither ever commits (seen: the same jobs failing with
        // OptimisticLockingException every 8 s, no report approved in 300 s).
        "--camunda.bpm.job-execution.lock-time-in-millis=300000",
        // The load is the departments' year: the union, the Party cell and the board take no
        // part in its phases.
        "--qcdc.phases.dissemination=DEPARTMENT,CENTRE",
        "--qcdc.phases.proposals=DEPARTMENT,CENTRE",
        "--qcdc.phases.review=DEPARTMENT,CENTRE",
        "--qcdc.phases.dialogue-actions=DEPARTMENT,CENTRE");
    AppNode app = new AppNode("bench-app", appDb, user, password, appArgs);
    String bareDb = ScratchDatabase.fresh("bench_bare");
    // The same resources, from target/classes only (the application dedups them itself).
    AppNode bare = new AppNode("bench-bare", bareDb, user, password, List.of(
        "--camunda.bpm.deployment-resource-pattern=classpath:processes/*.bpmn,"
            + "classpath:processes/*.dmn,classpath:forms/*.form",
        "--bench.bare.units=" + units,
        "--camunda.bpm.admin-user.id=admin",
        "--camunda.bpm.admin-user.password=" + RemoteYear.password("admin"),
        "--camunda.bpm.admin-user.first-name=Admin"))
        .mainClass("bench.bare.BareCamundaApplication");
    app.startAt("2037-03-06T00:00");
    long appCold = app.lastStartMillis();
    app.stop();
    bare.start();
    long bareCold = bare.lastStartMillis();
    bare.stop();
    int rounds = Math.max(1, Integer.getInteger("bench.startRounds", 3));
    List<Long> appWarm = new ArrayList<>();
    List<Long> bareWarm = new ArrayList<>();
    List<Long> appRss = new ArrayList<>();
    List<Long> bareRss = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      // alternate which side starts first, so that neither always follows the other's stop
      AppNode[] order = r % 2 == 1 ? new AppNode[] {app, bare} : new AppNode[] {bare, app};
      for (AppNode node : order) {
        if (node == app) {
          app.startAt("2037-03-06T00:00");
          appWarm.add(app.lastStartMillis());
          appRss.add(app.rssMib());
        } else {
          bare.start();
          bareWarm.add(bare.lastStartMillis());
          bareRss.add(bare.rssMib());
        }
        if (r < rounds) {
          node.stop();
        }
      }
    }
    System.out.println("[bench] warm starts app " + appWarm + " ms, bare " + bareWarm
        + " ms; RSS app " + appRss + " MiB, bare " + bareRss + " MiB");
    row("start-up, cold (creates schema) app / bare Camunda", appCold + " ms / " + bareCold
        + " ms");
    row("start-up, warm app / bare Camunda, median of " + rounds + " each, interleaved",
        pct(appWarm, 50) + " ms / " + pct(bareWarm, 50) + " ms (x"
        + ratio(pct(appWarm, 50), pct(bareWarm, 50)) + "; each: app " + appWarm + ", bare "
        + bareWarm + ")");
    row("RSS after a warm start app / bare Camunda, median", pct(appRss, 50) + " MiB / "
        + pct(bareRss, 50) + " MiB (x" + ratio(pct(appRss, 50), pct(bareRss, 50)) + ")");

    try {
      sqlPerCompletion(app, bare, appDb, bareDb, user, password);
      if (cycles > 0) {
        load(app, appDb, user, password);
      }
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
        + "  - {code: kiem-tra-lich-su, name: Kiểm toán, kind: AUDITORS}\n"
        // The Party cell, the union and the People's Inspection Board every agency has (the
        // roles and the released models name them);
        // the load keeps them out of the phases (node arguments) but for the Party cell's own
        // review of each period, which LoadYear files.
        + "  - {code: cap-uy, name: Chi bộ, kind: PARTY_CELL}\n"
        + "  - {code: cong-doan, name: Công đoàn, kind: UNION}\n"
        + "  - {code: ban-thanh-tra, name: Ban Thanh tra nhân dân, kind: INSPECTION_BOARD}\n");
    StringBuilder people = new StringBuilder("people:\n"
        + "  - {id: truongban, first-name: An, last-name: Nguyễn, email: a@example.org,"
        + " password: \"${QCDC_TEST_PASSWORD}\", units: [lanh-dao, ban-chi-dao]}\n"
        + "  - {id: bcd, first-name: Cường, last-name: Lê, email: b@example.org, password: \"${QCDC_TEST_PASSWORD}\","
        + " units: [ban-chi-dao]}\n"
        + "  - {id: admin, first-name: Trị, last-name: Quản, email: c@example.org,"
        + " password: \"${QCDC_TEST_PASSWORD}\", units: [camunda-admin]}\n"
        + "  - {id: kiemtoan, first-name: Kiểm, last-name: Toán, email: d@example.org,"
        + " password: \"${QCDC_TEST_PASSWORD}\", units: [kiem-tra-lich-su]}\n"
        + "  - {id: bithu, first-name: Bí, last-name: Thư, email: e@example.org,"
        + " password: \"${QCDC_TEST_PASSWORD}\", units: [cap-uy]}\n"
        + "  - {id: congdoan, first-name: Công, last-name: Đoàn, email: f@example.org,"
        + " password: \"${QCDC_TEST_PASSWORD}\", units: [cong-doan]}\n"
        + "  - {id: thanhtra, first-name: Thanh, last-name: Tra, email: g@example.org,"
        + " password: \"${QCDC_TEST_PASSWORD}\", units: [ban-thanh-tra]}\n");
    for (int i = 1; i <= units; i++) {
      String code = unit(i);
      y.append("  - {code: ").append(code).append(", name: Phòng số ").append(i)
          .append(", kind: DEPARTMENT, headcount: 8}\n");
      people.append("  - {id: u").append(code).append(", first-name: Cán bộ, last-name: Số ")
          .append(i).append(", email: ").append(code).append("@example.org, password: \"${QCDC_TEST_PASSWORD}\"")
          .append(", units: [").append(code).append("]}\n");
    }
    Path file = Path.of("target", "bench-agency.yml").toAbsolutePath();
    Files.writeString(file, y.append(people).toString(), StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The bloc's load on one node: {@code cycles} separate years (from {@code firstYear}), each
   * the bench agency's whole year ({@link LoadYear}) from its start until its instance has
   * finished, driven through REST by {@code threads} client threads as the users of each unit
   * would, with the Tasklist query each user makes first. The node's clock stands after the
   * last year, so every timer of every year is due and the node's job executor fires them
   * (reviews, consolidation, reports, escalations) while the users work.
   */
  void load(AppNode app, String db, String user, String password) throws Exception {
    int lastYear = firstYear + cycles - 1;
    new RemoteYear(null, firstYear).call(app.baseUrl(), "POST", "/test/clock", null,
        (lastYear + 1) + "-01-02T00:00", "text/plain");
    LoadYear.Timings timings = new LoadYear.Timings(
        Collections.synchronizedList(new ArrayList<>()),
        Collections.synchronizedList(new ArrayList<>()));
    List<Long> cycleSeconds = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, Throwable> failed = Collections.synchronizedMap(new TreeMap<>());
    AtomicInteger finished = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int c = 0; c < cycles; c++) {
      int year = firstYear + c;
      done.add(pool.submit(() -> {
        long c0 = System.nanoTime();
        try {
          new Bench(app, year, timings).run();
          long secs = (System.nanoTime() - c0) / 1_000_000_000;
          cycleSeconds.add(secs);
          System.out.printf("[bench] load: QCDC-%d finished in %d s (%d of %d, %d s into the"
              + " load)%n", year, secs, finished.incrementAndGet(), cycles,
              (System.nanoTime() - t0) / 1_000_000_000);
        } catch (RuntimeException | AssertionError e) {
          failed.put(year, e);
          System.out.println("[bench] load: QCDC-" + year + " failed: " + e);
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double secs = (System.nanoTime() - t0) / 1e9;
    List<Long> queries = timings.queries();
    List<Long> completions = timings.completions();
    row(String.format("load: %d cycles (%d-%d) x %d units in parallel (%d threads), whole year,"
        + " REST", cycles, firstYear, lastYear, units, threads), String.format(
        "%d completions in %.0f s = %.1f completions/s", completions.size(), secs,
        completions.size() / secs));
    RemoteYear admin = new Bench(app, firstYear, null).year;
    long closed = admin.get("/engine-rest/history/process-instance/count?processDefinitionKey="
        + "qcdc-annual-cycle&finished=true", "admin").get("count").asLong();
    row("cycles finished (annual-cycle instance ended)", closed + " of " + cycles
        + (failed.isEmpty() ? "" : ", failed: " + failed.keySet()));
    // What the users did is in the business records: every year's records, as many as the
    // driver made (the reports numbered and sent, each with every unit's review).
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(
        DriverManager.getConnection(db, user, password), true));
    Map<String, long[]> records = new LinkedHashMap<>();
    for (String[] r : new String[][] {
        {"disseminations", "qcdc_dissemination", "1", String.valueOf(units)},
        {"unit reviews", "qcdc_unit_review", "1", String.valueOf(2 * units)},
        {"inspections", "qcdc_inspection", "1", "4"},
        {"reports sent with every unit's review", "qcdc_report",
            "submitted_at IS NOT NULL AND units_filed = units_expected", "2"},
        {"emulation ratings", "qcdc_emulation_rating", "1", String.valueOf(units)},
        {"officials rated", "qcdc_official_rating", "1", String.valueOf(2 * units)}}) {
      long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + r[1] + " WHERE cycle_year BETWEEN ?"
          + " AND ? AND " + r[2], Long.class, firstYear, lastYear);
      records.put(r[0], new long[] {n, Long.parseLong(r[3]) * cycles});
    }
    StringBuilder found = new StringBuilder();
    records.forEach((name, n) -> found.append(found.length() == 0 ? "" : ", ").append(n[0])
        .append(n[0] == n[1] ? "" : " (expected " + n[1] + ")").append(' ').append(name));
    row("business records of the load's years", found.toString());
    row("a cycle's whole year, wall time p50 / p95", pct(cycleSeconds, 50) + " s / "
        + pct(cycleSeconds, 95) + " s");
    row("Tasklist task query p50 / p95 (" + queries.size() + " queries)", pct(queries, 50)
        + " ms / " + pct(queries, 95) + " ms");
    row("task completion (claim + submit-form) p50 / p95", pct(completions, 50) + " ms / "
        + pct(completions, 95) + " ms");
    // The jobs' own durations, from Camunda's history (durationInMillis of each activity
    // instance that ended): every cycle's both reviews, its proposals, its two reports.
    for (String[] step : new String[][] {
        {"ConsolidateReviews", "consolidation of reviews (ConsolidateReviews job, H1 and year)"},
        {"CompileProposals", "consolidation of proposals (CompileProposals job)"},
        {"GenerateReport", "report generation (GenerateReport job, Word)"}}) {
      List<Long> durations = durations(admin, step[0]);
      row(step[1] + ", " + durations.size() + " runs, p50 / p95", pct(durations, 50) + " ms / "
          + pct(durations, 95) + " ms");
    }
    // Every failed run of a job (a deadlock, or an optimistic lock lost to a user's request):
    // it is retried, five minutes later where the model says R3/PT5M, which shows in the
    // cycle's wall time.
    Map<String, Integer> failures = new TreeMap<>();
    for (JsonNode log : admin.get("/engine-rest/history/job-log?failureLog=true&maxResults=5000",
        "admin")) {
      String message = log.path("jobExceptionMessage").asText();
      failures.merge(log.path("activityId").asText() + ": " + message.substring(0,
          Math.min(60, message.length())), 1, Integer::sum);
    }
    row("jobs failed and retried later (failure logs in history)", failures.isEmpty() ? "none"
        : failures.toString());
    // The auditors' replay of each cycle (issue 6: /api/audit/cycles/{key}), with the load's
    // history in the database, one after the other.
    List<Long> replays = new ArrayList<>();
    for (int c = 0; c < cycles; c++) {
      long r0 = System.nanoTime();
      var reply = admin.call(app.baseUrl(), "GET", "/api/audit/cycles/QCDC-" + (firstYear + c),
          "kiemtoan", null, null);
      replays.add((System.nanoTime() - r0) / 1_000_000);
      if (reply.statusCode() != 200) {
        throw new AssertionError("audit replay of QCDC-" + (firstYear + c) + ": "
            + reply.statusCode() + " " + reply.body());
      }
    }
    row("audit replay of a cycle (GET /api/audit/cycles/{key}, " + replays.size()
        + " cycles) p50 / p95", pct(replays, 50) + " ms / " + pct(replays, 95) + " ms");
    // "Tiến độ QCDC" (issue 15): the dashboard's data for each of the load's years, as
    // leadership (the whole agency), with the load's history in the tables. Must stay under 1 s.
    List<Long> progress = new ArrayList<>();
    List<Long> serverSide = new ArrayList<>();
    admin.call(app.baseUrl(), "GET", "/api/progress?year=" + firstYear, "truongban", null, null);
    for (int c = 0; c < cycles; c++) {
      long p0 = System.nanoTime();
      var reply = admin.call(app.baseUrl(), "GET", "/api/progress?year=" + (firstYear + c),
          "truongban", null, null);
      progress.add((System.nanoTime() - p0) / 1_000_000);
      if (reply.statusCode() != 200) {
        throw new AssertionError("progress of " + (firstYear + c) + ": " + reply.statusCode()
            + " " + reply.body());
      }
      JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(reply.body());
      serverSide.add(body.path("elapsedMillis").asLong(-1));
      if (body.path("cells").size() == 0) {
        throw new AssertionError("progress of " + (firstYear + c) + " has no cells: "
            + reply.body());
      }
    }
    long worst = Collections.max(progress);
    row("\"Tiến độ QCDC\" (GET /api/progress?year=, each of the " + progress.size()
        + " load years, as leadership) p50 / p95 / max", pct(progress, 50) + " ms / "
        + pct(progress, 95) + " ms / " + worst + " ms (server-side p50 " + pct(serverSide, 50)
        + " ms; " + (worst < 1000 ? "under" : "NOT under") + " 1 s)");
    if (records.values().stream().anyMatch(n -> n[0] != n[1])) {
      throw new AssertionError("The load's business records are not what its users entered: "
          + found);
    }
    if (!failed.isEmpty()) {
      AssertionError e = new AssertionError(failed.size() + " of " + cycles
          + " cycles of the load failed: " + failed.keySet());
      failed.values().forEach(e::addSuppressed);
      throw e;
    }
  }

  /** durationInMillis of every finished instance of an activity, from Camunda's history. */
  static List<Long> durations(RemoteYear admin, String activityId) {
    List<Long> out = new ArrayList<>();
    for (int first = 0; ; first += 500) {
      JsonNode page = admin.get("/engine-rest/history/activity-instance?activityId=" + activityId
          + "&finished=true&sortBy=activityInstanceId&sortOrder=asc&firstResult=" + first
          + "&maxResults=500", "admin");
      page.forEach(i -> out.add(i.get("durationInMillis").asLong()));
      if (page.size() < 500) {
        return out;
      }
    }
  }

  static long pct(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return -1;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  /** One cycle of the load, timed per request ({@link LoadYear}). */
  final class Bench {
    final RemoteYear year;
    final LoadYear driver;

    Bench(AppNode app, int y, LoadYear.Timings timings) {
      this.year = new RemoteYear(RemoteYear.Cluster.of(app), y);
      this.driver = new LoadYear(year, units, timings);
    }

    void run() {
      driver.run();
    }

    void complete(String key, String group, String user, Map<String, Object> values) {
      driver.complete(key, group, user, values);
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
    Bench setup = new Bench(app, 2037, new LoadYear.Timings(new ArrayList<>(),
        new ArrayList<>()));
    RemoteYear y = setup.year;
    setup.year.post("/api/cycles", "bcd", Map.of("year", 2037));
    String yy = "2037";
    // Due in December: no reminder or escalation job runs while the counters are read.
    Map<String, Object> draft = setup.driver.script.draftPlan();
    draft.put("disseminationDueDate", yy + "-12-15");
    setup.complete("DraftPlan", "ban-chi-dao", LoadYear.COMMITTEE, draft);
    setup.complete("ApprovePlan", "lanh-dao", LoadYear.HEAD,
        setup.driver.script.approvePlan(unit(1), unit(2), unit(3)));
    List<String[]> appTasks = new ArrayList<>();
    for (JsonNode t : y.awaitTasks("RecordDissemination", units)) {
      appTasks.add(new String[] {t.get("id").asText(), null});
    }
    // who may complete which: the candidate group's member
    for (String[] t : appTasks) {
      t[1] = "u" + y.candidateGroup(t[0]);
    }
    Map<String, Object> values = setup.driver.script.dissemination(yy + "-03-05", 6);
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
    RemoteYear b = new RemoteYear(RemoteYear.Cluster.of(bare), 2037);
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
    var deployed = b.call(bare.baseUrl(), "POST", "/engine-rest/deployment/create", "admin", body,
        "multipart/form-data; boundary=" + boundary);
    if (deployed.statusCode() != 200) {
      throw new AssertionError("bare deployment: " + deployed.body());
    }
    // Each task completed by the member of its unit's group, as in the application (authorization
    // checks included): the bare node has the same users (BareCamundaApplication).
    List<String[]> bareTasks = new ArrayList<>();
    for (int i = 1; i <= units; i++) {
      String code = unit(i);
      var started = b.call(bare.baseUrl(), "POST",
          "/engine-rest/process-definition/key/bench-one-task/start", "admin",
          "{\"variables\":{\"unitCode\":{\"value\":\"" + code + "\"},\"year\":{\"value\":"
          + yy + ",\"type\":\"Integer\"},\"headcount\":{\"value\":8,\"type\":\"Integer\"},"
          + "\"unitName\":{\"value\":\"Phòng số " + i + "\"}}}", "application/json");
      if (started.statusCode() != 200) {
        throw new AssertionError("bare start: " + started.statusCode() + " " + started.body());
      }
      String pid = new com.fasterxml.jackson.databind.ObjectMapper().readTree(started.body())
          .get("id").asText();
      for (JsonNode t : b.getFrom(bare.baseUrl(), "/engine-rest/task?processInstanceId=" + pid,
          "admin")) {
        bareTasks.add(new String[] {t.get("id").asText(), "u" + code});
      }
    }
    JdbcTemplate bareServer = new JdbcTemplate(new SingleConnectionDataSource(
        DriverManager.getConnection(bareDb, user, password), true));
    before = vn.qcdc.flow.hostile.MariaDbHostileInputTestCounters.read(bareServer);
    for (String[] t : bareTasks) {
      b.submit(t[0], t[1], values);
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
