package vn.qcdc.flow.production;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/**
 * Issue 16 item 6, the bloc's scale benchmark ({@code ./mvnw -Pbench test -Dtest=BlocBenchmark};
 * not part of the normal build): {@code bench.agencies} agencies (60) of {@code bench.units}
 * departments (12) each, every one a tenant of one installation with its own organisation
 * file generated here, run the SAME year in parallel, each as its own users over REST
 * ({@link LoadYear}); first on one node, then on two nodes sharing the database, with the same
 * load on a fresh database each time. Prints completions per second, the Tasklist query's
 * p50/p95 (the drivers' own queries, and a probe: an official of a random agency listing its
 * unit's tasks as Tasklist does), the bloc dashboard's time where it exists, the nodes' CPU,
 * peak RSS and heap, the database's running threads and the job backlog while the load runs,
 * and checks every agency's records with SQL on its {@code agency}. Writes the table to
 * target/bloc-benchmark.md. See docs/benchmarks.md ("Issue 16").
 *
 * <p>Options: {@code -Dbench.agencies} (60; 4 for a quick check), {@code -Dbench.units} (12),
 * {@code -Dbench.threads} (client threads over the agencies, 8), {@code -Dbench.year} (2038),
 * {@code -Dbench.through} ({@code mid-year}, the default: each agency's year up to its
 * six-month report sent; {@code year}: the whole year to its cycle's end),
 * {@code -Dbench.nodes} ({@code 1,2}), {@code -Dbench.blocUser} (who calls the bloc dashboard).
 */
class BlocBenchmark {

  final int agencies = Integer.getInteger("bench.agencies", 60);
  final int units = Integer.getInteger("bench.units", 12);
  final int threads = Integer.getInteger("bench.threads", 8);
  final int year = Integer.getInteger("bench.year", 2038);
  final boolean wholeYear = "year".equals(System.getProperty("bench.through", "mid-year"));
  final List<Integer> nodeCounts = java.util.Arrays.stream(System.getProperty("bench.nodes",
      "1,2").split(",")).map(String::trim).map(Integer::valueOf).toList();
  /** figure -> (column -> value) */
  final Map<String, Map<String, String>> table = new LinkedHashMap<>();
  final List<String> columns = new ArrayList<>();

  /** One agency of the load: its tenant, the prefix of its ids, its document symbol. */
  record Agency(String code, String prefix, String symbol, Set<String> units) {
  }

  @Test
  void sixtyAgenciesOnOneNodeThenTwo() throws Exception {
    String user = MariaDbTestDatabase.username();
    String password = MariaDbTestDatabase.password();
    Path dir = Files.createTempDirectory("qcdc-bloc-");
    List<Agency> bloc = writeAgencies(dir);
    System.out.println("[bloc] " + bloc.size() + " agencies x " + units + " units in " + dir
        + "; " + (wholeYear ? "whole year" : "up to the six-month report") + ", " + threads
        + " client threads; nodes " + nodeCounts);
    List<String> failures = new ArrayList<>();
    for (int n : nodeCounts) {
      String column = n == 1 ? "one node" : n + " nodes";
      columns.add(column);
      failures.addAll(run(column, n, bloc, dir, user, password));
    }
    StringBuilder out = new StringBuilder("| figure | " + String.join(" | ", columns)
        + " |\n|---|" + "---|".repeat(columns.size()) + "\n");
    table.forEach((figure, values) -> {
      out.append("| ").append(figure).append(" |");
      columns.forEach(c -> out.append(' ').append(values.getOrDefault(c, "")).append(" |"));
      out.append('\n');
    });
    System.out.println("\n===== QCDC Flow: the bloc's agencies on one node, then two =====\n"
        + out);
    Files.writeString(Path.of("target", "bloc-benchmark.md"), out.toString(),
        StandardCharsets.UTF_8);
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " checks failed: " + failures);
    }
  }

  void row(String column, String figure, String value) {
    table.computeIfAbsent(figure, f -> new LinkedHashMap<>()).put(column, value);
    System.out.println("[bloc] " + column + ": " + figure + ": " + value);
  }

  // ------------------------------------------------------------ the agencies' files

  /** Two letters from a number (0 -> AA): the agencies' symbols are capitals. */
  static String letters(int n) {
    return "" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
  }

  /**
   * The agencies' organisation files: the first (no prefix, with the installation's
   * administrator, as the first agency must keep the released group ids) at {@code dir}/a01.yml,
   * the others in {@code dir}/agencies, each with its code, symbol, prefixed units and people
   * and the roles naming its units. Passwords through ${QCDC_TEST_PASSWORD}, as in
   * small-agency.yml.
   */
  List<Agency> writeAgencies(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("agencies"));
    List<Agency> out = new ArrayList<>();
    for (int a = 1; a <= agencies; a++) {
      String code = String.format("a%02d", a);
      String prefix = a == 1 ? "" : code + "-";
      String symbol = "CQ" + letters(a - 1);
      Set<String> codes = new java.util.LinkedHashSet<>();
      StringBuilder y = new StringBuilder("agency:\n  code: " + code + "\n  name: Cơ quan thử tải "
          + a + "\n  short-name: " + symbol + "\n  parent-body: Đảng bộ Khối các cơ quan thành"
          + " phố\n  place: Thành phố\nunits:\n");
      StringBuilder people = new StringBuilder("people:\n");
      String[][] fixed = {{"lanh-dao", "Lãnh đạo", "LEADERSHIP", "2"},
          {"ban-chi-dao", "Ban Chỉ đạo QCDC", "STEERING_COMMITTEE", null},
          {"kiem-tra-lich-su", "Kiểm toán", "AUDITORS", null},
          // The Party cell, the union and the People's Inspection Board every agency has; the
          // load keeps them out of the phases (node arguments) but for the Party cell's review.
          {"cap-uy", "Chi bộ", "PARTY_CELL", null},
          {"cong-doan", "Công đoàn", "UNION", null},
          {"ban-thanh-tra", "Ban Thanh tra nhân dân", "INSPECTION_BOARD", null}};
      for (String[] u : fixed) {
        unit(y, codes, prefix + u[0], u[1], u[2], u[3]);
      }
      if (a == 1) {
        unit(y, codes, "camunda-admin", "Quản trị", "ADMINISTRATORS", null);
        person(people, "admin", "Trị", "Quản", "camunda-admin");
      }
      person(people, prefix + "truongban", "An", "Nguyễn", prefix + "lanh-dao",
          prefix + "ban-chi-dao");
      person(people, prefix + "bcd", "Cường", "Lê", prefix + "ban-chi-dao");
      person(people, prefix + "kiemtoan", "Kiểm", "Toán", prefix + "kiem-tra-lich-su");
      person(people, prefix + "bithu", "Bí", "Thư", prefix + "cap-uy");
      person(people, prefix + "congdoan", "Công", "Đoàn", prefix + "cong-doan");
      person(people, prefix + "thanhtra", "Thanh", "Tra", prefix + "ban-thanh-tra");
      for (int i = 1; i <= units; i++) {
        String unit = prefix + ProductionBenchmark.unit(i);
        unit(y, codes, unit, "Phòng số " + i, "DEPARTMENT", "8");
        person(people, LoadYear.member(unit), "Cán bộ", "Số " + i, unit);
      }
      y.append(people);
      if (a > 1) {
        y.append("roles:\n  leadership: ").append(prefix).append("lanh-dao\n")
            .append("  steering-committee: ").append(prefix).append("ban-chi-dao\n")
            .append("  general-affairs: ").append(prefix).append("phong-tong-hop\n")
            .append("  accounting: ").append(prefix).append("phong-tong-hop\n")
            .append("  party-committee: ").append(prefix).append("cap-uy\n")
            .append("  union: ").append(prefix).append("cong-doan\n")
            .append("  inspection-board: ").append(prefix).append("ban-thanh-tra\n");
      }
      Files.writeString(a == 1 ? dir.resolve(code + ".yml")
          : dir.resolve("agencies").resolve(code + ".yml"), y.toString(), StandardCharsets.UTF_8);
      out.add(new Agency(code, prefix, symbol, codes));
    }
    return out;
  }

  static void unit(StringBuilder y, Set<String> codes, String code, String name, String kind,
      String headcount) {
    codes.add(code);
    y.append("  - {code: ").append(code).append(", name: ").append(name).append(", kind: ")
        .append(kind).append(headcount == null ? "" : ", headcount: " + headcount).append("}\n");
  }

  static void person(StringBuilder y, String id, String first, String last, String... units) {
    y.append("  - {id: ").append(id).append(", first-name: ").append(first)
        .append(", last-name: ").append(last).append(", email: ").append(id)
        .append("@example.org, password: \"${QCDC_TEST_PASSWORD}\", units: [")
        .append(String.join(", ", units)).append("]}\n");
  }

  // ------------------------------------------------------------ one run

  /** The load on {@code n} nodes sharing a fresh database; returns the failed checks. */
  List<String> run(String column, int n, List<Agency> bloc, Path dir, String user,
      String password) throws Exception {
    String db = ScratchDatabase.fresh("bench_bloc" + n);
    String clock = (year + 1) + "-01-02T00:00";
    List<AppNode> nodes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = "bloc" + n + "-" + (char) ('a' + i);
      nodes.add(new AppNode(name, db, user, password, List.of(
          "--qcdc.organisation.file=file:" + dir.resolve("a01.yml"),
          "--qcdc.organisation.directory=file:" + dir.resolve("agencies") + "/",
          "--camunda.bpm.generic-properties.properties.hostname=" + name,
          // as ProductionBenchmark: production's job lock, the departments' year
          "--camunda.bpm.job-execution.lock-time-in-millis=300000",
          "--qcdc.phases.dissemination=DEPARTMENT,CENTRE",
          "--qcdc.phases.proposals=DEPARTMENT,CENTRE",
          "--qcdc.phases.review=DEPARTMENT,CENTRE",
          "--qcdc.phases.dialogue-actions=DEPARTMENT,CENTRE")));
    }
    List<String> failures = new ArrayList<>();
    try {
      List<Long> starts = new ArrayList<>();
      for (AppNode node : nodes) {
        node.startAt(clock); // the first creates the schema, the tenants and the users
        starts.add(node.lastStartMillis());
      }
      row(column, "start-up with the agencies' " + bloc.size() + " files (first node creates"
          + " the schema and the tenants)", starts + " ms");
      AtomicInteger calls = new AtomicInteger();
      RemoteYear.Cluster cluster = new RemoteYear.Cluster() {
        @Override
        public String next() {
          return nodes.get(Math.floorMod(calls.getAndIncrement(), nodes.size())).baseUrl();
        }

        @Override
        public List<String> all() {
          return nodes.stream().map(AppNode::baseUrl).toList();
        }
      };
      load(column, nodes, cluster, bloc, db, user, password, failures);
      blocDashboard(column, cluster);
    } finally {
      nodes.forEach(AppNode::stop);
    }
    return failures;
  }

  void load(String column, List<AppNode> nodes, RemoteYear.Cluster cluster, List<Agency> bloc,
      String db, String user, String password, List<String> failures) throws Exception {
    LoadYear.Timings timings = new LoadYear.Timings(
        Collections.synchronizedList(new ArrayList<>()),
        Collections.synchronizedList(new ArrayList<>()));
    List<Long> agencySeconds = Collections.synchronizedList(new ArrayList<>());
    Map<String, Throwable> failed = Collections.synchronizedMap(new TreeMap<>());
    AtomicInteger finished = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(
        DriverManager.getConnection(db, user, password), true));
    // What the machine does while the load runs: sampled every two seconds.
    Sampler sampler = new Sampler(nodes, cluster, bloc, db, user, password, running);
    Thread sampling = new Thread(sampler, "bloc-sampler");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    long t0 = System.nanoTime();
    sampling.start();
    for (Agency a : bloc) {
      done.add(pool.submit(() -> {
        long a0 = System.nanoTime();
        try {
          LoadYear driver = new LoadYear(new RemoteYear(cluster, year), units, timings, a.code(),
              a.prefix(), a.symbol());
          driver.wholeYear = wholeYear;
          driver.run();
          long secs = (System.nanoTime() - a0) / 1_000_000_000;
          agencySeconds.add(secs);
          System.out.printf("[bloc] %s: %s's %d done in %d s (%d of %d, %d s into the load)%n",
              column, a.code(), year, secs, finished.incrementAndGet(), bloc.size(),
              (System.nanoTime() - t0) / 1_000_000_000);
        } catch (RuntimeException | AssertionError e) {
          failed.put(a.code(), e);
          System.out.println("[bloc] " + column + ": " + a.code() + " failed: " + e);
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    running.set(false);
    sampling.join();
    pool.shutdown();
    List<Long> queries = timings.queries();
    List<Long> completions = timings.completions();
    row(column, String.format("load: %d agencies x %d units, the same year (%d), %s, %d client"
        + " threads, REST", bloc.size(), units, year, wholeYear ? "whole year"
        : "up to the six-month report sent", threads), String.format(
        "%d completions in %.0f s = **%.1f completions/s**", completions.size(), secs,
        completions.size() / secs));
    row(column, "an agency's year (its driver's wall time) p50 / p95",
        pct(agencySeconds, 50) + " s / " + pct(agencySeconds, 95) + " s");
    row(column, "Tasklist task query of the drivers (their group's tasks of the key) p50 / p95",
        pct(queries, 50) + " / " + pct(queries, 95) + " ms (" + queries.size() + " queries; goal"
        + " < 100 ms)");
    row(column, "Tasklist list of a random agency's official (candidateGroup +"
        + " includeAssignedTasks) p50 / p95", pct(sampler.probes, 50) + " / "
        + pct(sampler.probes, 95) + " ms (" + sampler.probes.size() + " probes)");
    row(column, "task completion (claim + submit-form) p50 / p95", pct(completions, 50)
        + " / " + pct(completions, 95) + " ms");
    row(column, "CPU while loaded: machine busy / nodes' JVMs / their LibreOffice (PDF) / MariaDB"
        + " / driver JVM / other processes (other sessions on the shared machine)",
        sampler.cpu());
    row(column, "MariaDB Threads_running (sampled) mean / max", sampler.dbThreads());
    row(column, "due jobs waiting (executable, sampled) mean / max", sampler.backlog());
    StringBuilder memory = new StringBuilder();
    for (AppNode node : nodes) {
      memory.append(memory.length() == 0 ? "" : "; ").append(node.name()).append(": peak RSS ")
          .append(procStatus(node.pid(), "VmHWM:") / 1024).append(" MiB, heap ")
          .append(heap(node.pid()));
    }
    row(column, "memory after the load (-Xmx512m)", memory.toString());
    RemoteYear admin = new RemoteYear(cluster, year);
    Map<String, Integer> failures2 = new TreeMap<>();
    for (JsonNode log : admin.get("/engine-rest/history/job-log?failureLog=true&maxResults=5000",
        "admin")) {
      String message = log.path("jobExceptionMessage").asText();
      failures2.merge(log.path("activityId").asText() + ": " + message.substring(0,
          Math.min(60, message.length())), 1, Integer::sum);
    }
    row(column, "jobs failed and retried (failure logs)", failures2.isEmpty() ? "none"
        : failures2.toString());
    List<Long> reports = ProductionBenchmark.durations(admin, "GenerateReport");
    row(column, "report generation (GenerateReport: Word + PDF) p50 / p95", pct(reports, 50)
        + " / " + pct(reports, 95) + " ms (" + reports.size() + " reports)");
    failed.forEach((a, e) -> failures.add(column + " " + a + ": " + e));
    List<String> wrong = checkRecords(jdbc, bloc);
    row(column, "records checked (per agency, SQL on its agency)", wrong.isEmpty()
        ? "every agency: " + describeChecks() + ": all as entered"
        : wrong.size() + " wrong: " + wrong.subList(0, Math.min(5, wrong.size())));
    wrong.forEach(w -> failures.add(column + " " + w));
    if (!failed.isEmpty()) {
      row(column, "agencies whose year failed", failed.keySet().toString());
    }
  }

  String describeChecks() {
    return "1 cycle (" + (wholeYear ? "ended" : "open") + "), plan 01-KH/SYMBOL, " + units
        + " disseminations, " + (wholeYear ? 2 * units : units) + " unit reviews, "
        + (wholeYear ? 4 : 2) + " inspections, " + (wholeYear ? "reports 01-BC and 02-BC"
        : "report 01-BC") + "/SYMBOL submitted with every unit's review"
        + (wholeYear ? ", " + units + " emulation ratings" : "") + "; every row's unit its own";
  }

  /**
   * Every agency's records of the year, read with SQL on its {@code agency} column: what its
   * users entered, numbered from 01 with its own symbol, and no row naming another agency's
   * unit.
   */
  List<String> checkRecords(JdbcTemplate jdbc, List<Agency> bloc) {
    List<String> wrong = new ArrayList<>();
    Map<String, String> owner = new HashMap<>();
    bloc.forEach(a -> a.units().forEach(u -> owner.put(u, a.code())));
    for (Agency a : bloc) {
      String c = a.code();
      expect(wrong, c, "cycles", 1, count(jdbc, "qcdc_cycle", c, "1"));
      if (wholeYear) {
        expect(wrong, c, "cycle ended", 1, jdbc.queryForObject("SELECT COUNT(*) FROM"
            + " ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'qcdc-annual-cycle' AND TENANT_ID_ = ?"
            + " AND BUSINESS_KEY_ = ? AND END_TIME_ IS NOT NULL", Long.class, c, "QCDC-" + year));
      }
      List<String> plans = jdbc.queryForList("SELECT document_number FROM qcdc_plan_document"
          + " WHERE agency = ? AND cycle_year = ?", String.class, c, year);
      if (!plans.equals(List.of("01-KH/" + a.symbol()))) {
        wrong.add(c + ": plan numbers " + plans);
      }
      expect(wrong, c, "disseminations", units, count(jdbc, "qcdc_dissemination", c, "1"));
      expect(wrong, c, "unit reviews", wholeYear ? 2L * units : units,
          count(jdbc, "qcdc_unit_review", c, "1"));
      expect(wrong, c, "inspections", wholeYear ? 4 : 2, count(jdbc, "qcdc_inspection", c, "1"));
      List<String> numbers = jdbc.queryForList("SELECT document_number FROM qcdc_report WHERE"
          + " agency = ? AND cycle_year = ? AND submitted_at IS NOT NULL AND units_filed ="
          + " units_expected ORDER BY document_number", String.class, c, year);
      List<String> expected = wholeYear ? List.of("01-BC/" + a.symbol(), "02-BC/" + a.symbol())
          : List.of("01-BC/" + a.symbol());
      if (!numbers.equals(expected)) {
        wrong.add(c + ": reports " + numbers + ", expected " + expected);
      }
      if (wholeYear) {
        expect(wrong, c, "emulation ratings", units, count(jdbc, "qcdc_emulation_rating", c,
            "1"));
      }
    }
    for (String table : List.of("qcdc_dissemination", "qcdc_proposal", "qcdc_unit_review",
        "qcdc_emulation_rating", "qcdc_inspection")) {
      for (Map<String, Object> r : jdbc.queryForList("SELECT agency, unit_code AS unit FROM "
          + table + " WHERE cycle_year = ?", year)) {
        if (!String.valueOf(r.get("agency")).equals(owner.get(String.valueOf(r.get("unit"))))) {
          wrong.add(table + ": row of agency " + r.get("agency") + " for unit " + r.get("unit"));
        }
      }
    }
    return wrong;
  }

  long count(JdbcTemplate jdbc, String table, String agency, String where) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE agency = ? AND"
        + " cycle_year = ? AND " + where, Long.class, agency, year);
  }

  static void expect(List<String> wrong, String agency, String what, long expected,
      long found) {
    if (expected != found) {
      wrong.add(agency + ": " + found + " " + what + ", expected " + expected);
    }
  }

  // ------------------------------------------------------------ the bloc dashboard (hook)

  /**
   * The bloc dashboard ({@code GET /api/bloc/progress?year=}, issue 16 item 3, package
   * {@code blocview}) with every agency's year in the tables, as a user of the bloc's groups.
   * The dashboard answers the bloc's bodies and the installation's administrators; the
   * generated agencies' administrator ({@code admin}) calls it unless {@code bench.blocUser}
   * names another.
   */
  void blocDashboard(String column, RemoteYear.Cluster cluster) {
    String blocUser = System.getProperty("bench.blocUser", "admin");
    RemoteYear caller = new RemoteYear(cluster, year);
    String path = "/api/bloc/progress?year=" + year;
    HttpResponse<String> first = caller.call(cluster.next(), "GET", path, blocUser, null, null);
    if (first.statusCode() == 404) {
      row(column, "bloc dashboard (GET /api/bloc/progress)", "bloc dashboard: not present on"
          + " this branch");
      return;
    }
    List<Long> times = new ArrayList<>();
    int status = first.statusCode();
    for (int i = 0; i < 10 && status == 200; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = caller.call(cluster.next(), "GET", path, blocUser, null, null);
      times.add((System.nanoTime() - t0) / 1_000_000);
      status = r.statusCode();
    }
    row(column, "bloc dashboard (GET /api/bloc/progress as " + blocUser + ") p50 / max",
        status != 200 ? "HTTP " + status + " as " + blocUser
            : pct(times, 50) + " / " + Collections.max(times) + " ms (goal < 1 s)");
  }

  // ------------------------------------------------------------ measures

  /** Samples, every two seconds while the load runs, what saturates. */
  final class Sampler implements Runnable {
    final List<AppNode> nodes;
    final RemoteYear.Cluster cluster;
    final List<Agency> bloc;
    final String db;
    final String user;
    final String password;
    final AtomicBoolean running;
    final List<Long> probes = Collections.synchronizedList(new ArrayList<>());
    final List<Long> backlog = new ArrayList<>();
    final List<Long> dbThreads = new ArrayList<>();
    long[] cpuStart;
    long[] cpuEnd;
    long nodeTicksStart;
    long nodeTicksEnd;
    long childTicksStart;
    long childTicksEnd;
    long dbTicksStart;
    long dbTicksEnd;
    long driverTicksStart;
    long driverTicksEnd;
    final long dbPid;

    Sampler(List<AppNode> nodes, RemoteYear.Cluster cluster, List<Agency> bloc, String db,
        String user, String password, AtomicBoolean running) {
      this.nodes = nodes;
      this.cluster = cluster;
      this.bloc = bloc;
      this.db = db;
      this.user = user;
      this.password = password;
      this.running = running;
      this.dbPid = mariadbPid(db);
    }

    @Override
    public void run() {
      RemoteYear caller = new RemoteYear(cluster, year);
      cpuStart = machineTicks();
      nodeTicksStart = nodeTicks();
      childTicksStart = childTicks();
      dbTicksStart = ticks(dbPid);
      driverTicksStart = ticks(ProcessHandle.current().pid());
      try (var c = DriverManager.getConnection(db, user, password)) {
        JdbcTemplate status = new JdbcTemplate(new SingleConnectionDataSource(c, true));
        while (running.get()) {
          for (int i = 0; i < 4 && running.get(); i++) {
            // An official of a random agency opens the Tasklist: the unit's tasks.
            Agency a = bloc.get(ThreadLocalRandom.current().nextInt(bloc.size()));
            String unit = a.prefix() + ProductionBenchmark.unit(
                1 + ThreadLocalRandom.current().nextInt(units));
            long t0 = System.nanoTime();
            HttpResponse<String> r = caller.call(cluster.next(), "GET", "/engine-rest/task?"
                + "candidateGroup=" + unit + "&includeAssignedTasks=true&sortBy=created"
                + "&sortOrder=desc&firstResult=0&maxResults=15", LoadYear.member(unit), null,
                null);
            if (r.statusCode() == 200) {
              probes.add((System.nanoTime() - t0) / 1_000_000);
            }
            AppNode.sleep(500);
          }
          backlog.add(caller.get("/engine-rest/job/count?executable=true", "admin")
              .path("count").asLong());
          dbThreads.add(Long.parseLong(String.valueOf(status.queryForMap(
              "SHOW GLOBAL STATUS LIKE 'Threads_running'").get("Value"))));
        }
      } catch (Exception e) {
        System.out.println("[bloc] sampler stopped: " + e);
      }
      cpuEnd = machineTicks();
      nodeTicksEnd = nodeTicks();
      childTicksEnd = childTicks();
      dbTicksEnd = ticks(dbPid);
      driverTicksEnd = ticks(ProcessHandle.current().pid());
    }

    String cpu() {
      if (cpuStart == null || cpuEnd == null) {
        return "n/a";
      }
      long total = cpuEnd[0] - cpuStart[0];
      long busy = total - (cpuEnd[1] - cpuStart[1]);
      int cores = Runtime.getRuntime().availableProcessors();
      // /proc/stat counts every core; a process's ticks are per core too (100 per second).
      double busyPct = 100.0 * busy / total * cores;
      double nodesPct = 100.0 * (nodeTicksEnd - nodeTicksStart) / total * cores;
      double dbPct = dbPid < 0 ? -1 : 100.0 * (dbTicksEnd - dbTicksStart) / total * cores;
      double driverPct = 100.0 * (driverTicksEnd - driverTicksStart) / total * cores;
      double childPct = 100.0 * (childTicksEnd - childTicksStart) / total * cores;
      return String.format("%.0f%% / %.0f%% / %.0f%% / %s / %.0f%% / %.0f%% of %d00%% (load"
          + " average %s at the end)", busyPct, nodesPct, childPct, dbPid < 0 ? "n/a"
          : String.format("%.0f%%", dbPct), driverPct,
          busyPct - nodesPct - childPct - Math.max(0, dbPct) - driverPct, cores, loadAverage());
    }

    String backlog() {
      return backlog.isEmpty() ? "n/a" : String.format("%.0f / %d", backlog.stream()
          .mapToLong(Long::longValue).average().orElse(0), Collections.max(backlog));
    }

    String dbThreads() {
      return dbThreads.isEmpty() ? "n/a" : String.format("%.1f / %d", dbThreads.stream()
          .mapToLong(Long::longValue).average().orElse(0), Collections.max(dbThreads));
    }

    long nodeTicks() {
      long sum = 0;
      for (AppNode node : nodes) {
        sum += ticks(node.pid());
      }
      return sum;
    }

    /** The nodes' ended children's CPU: LibreOffice, one process per PDF conversion. */
    long childTicks() {
      long sum = 0;
      for (AppNode node : nodes) {
        sum += ticks(node.pid(), 13);
      }
      return sum;
    }
  }

  /** CPU ticks (user + system, 100 a second) a process has used, from /proc/pid/stat. */
  static long ticks(long pid) {
    return ticks(pid, 11);
  }

  /**
   * Two CPU counters from /proc/pid/stat, summed, from the field {@code first} (counted after
   * the command): 11 the process's own user + system time, 13 its ended children's.
   */
  static long ticks(long pid, int first) {
    if (pid < 0) {
      return 0;
    }
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[first]) + Long.parseLong(f[first + 1]);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The embedded MariaDB server's process (by its port), or -1 (an external server). */
  static long mariadbPid(String jdbcUrl) {
    var port = java.util.regex.Pattern.compile(":(\\d+)/").matcher(jdbcUrl);
    if (!MariaDbTestDatabase.embedded() || !port.find()) {
      return -1;
    }
    try (var procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        if (!p.getFileName().toString().matches("\\d+")) {
          continue;
        }
        try {
          String cmd = new String(Files.readAllBytes(p.resolve("cmdline")),
              StandardCharsets.UTF_8).replace('\0', ' ');
          if (cmd.contains("mariadbd") && cmd.contains("--port=" + port.group(1))) {
            return Long.parseLong(p.getFileName().toString());
          }
        } catch (IOException e) {
          // gone
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  /** [all ticks, idle + iowait ticks] of the machine, from /proc/stat. */
  static long[] machineTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    } catch (IOException e) {
      return null;
    }
  }

  static String loadAverage() {
    try {
      return String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg"))
          .split(" "), 3));
    } catch (IOException e) {
      return "?";
    }
  }

  static long procStatus(long pid, String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith(key)) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  /** Heap used / committed of a node (jstat -gc), in MiB. */
  static String heap(long pid) {
    try {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat")
          .toString(), "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
      List<String> lines = new String(p.getInputStream().readAllBytes(),
          StandardCharsets.UTF_8).lines().toList();
      p.waitFor();
      String[] h = lines.get(0).trim().split("\\s+");
      String[] v = lines.get(1).trim().split("\\s+");
      Map<String, Double> m = new HashMap<>();
      for (int i = 0; i < h.length && i < v.length; i++) {
        m.put(h[i], v[i].equals("-") ? 0 : Double.parseDouble(v[i]));
      }
      double used = m.get("S0U") + m.get("S1U") + m.get("EU") + m.get("OU");
      double committed = m.get("S0C") + m.get("S1C") + m.get("EC") + m.get("OC");
      return String.format("%.0f / %.0f MiB used / committed, %d full GCs", used / 1024,
          committed / 1024, m.get("FGC").longValue());
    } catch (Exception e) {
      return "n/a (" + e.getMessage() + ")";
    }
  }

  static long pct(List<Long> values, int p) {
    synchronized (values) {
      return ProductionBenchmark.pct(values, p);
    }
  }
}
