package vn.qcdc.flow.production;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.qcdc.flow.hostile.MariaDbHostileInputTestCounters;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/**
 * The benchmark's line {@value #FIGURE}: one node of the application with the small agency
 * (organisation/small-agency.yml) on a fresh database, and the whole year of
 * {@link AgencyYear} (every user, every task, both reviews, the ratings, until the cycle ends)
 * driven once over REST ({@link RemoteYear}, from this JVM) and once through the engine's Java
 * API inside the node ({@link JavaApiYear}, through {@code /test/java-year}). Same engine,
 * models, beans and database; the node's job executor runs the jobs in both. The difference
 * is what a user's request goes through: HTTP, JSON, Camunda's REST resources, the HTTP basic
 * authentication of each request and the application's form-key filter.
 *
 * <p>A REST year and a Java year warm the node up first (2029, 2030: the first year of a fresh
 * node takes twice as long), unmeasured; then the measured years run REST, Java, Java, REST
 * (2031-2034), so that neither what warm-up is left nor the history piling up favours one
 * side. Before each year the clock is moved to its start
 * and the node's due jobs are left to run out (the year-round timers the previous year left:
 * monthly key tasks, disclosures), outside the measure. Measured per year: wall time, the
 * driver's pauses between polls while it waits for the job executor, and MariaDB's global
 * statement counters (embedded server only: nobody else uses it).
 */
final class FullYearComparison {

  static final String FIGURE = "one agency's full year, REST vs Java API (same engine and models)";

  /** Unmeasured warm-up (REST, Java), then measured ABBA: REST, Java, Java, REST. */
  static final int FIRST_YEAR = 2029;
  static final List<Boolean> WARM_UP = List.of(true, false);
  static final List<Boolean> MEASURED = List.of(true, false, false, true);

  /** One measured year. */
  record Run(int year, boolean rest, long millis, long sleptMillis, int submitted,
      int requests, Map<String, Long> sql) {

    String driver() {
      return rest ? "REST" : "Java API";
    }

    long workingMillis() {
      return millis - sleptMillis;
    }
  }

  private final String user;
  private final String password;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  final List<Run> runs = new ArrayList<>();

  FullYearComparison(String user, String password) {
    this.user = user;
    this.password = password;
  }

  /** Runs the years on a node of its own; the benchmark row's value. */
  String measure() throws Exception {
    String url = ScratchDatabase.fresh("bench_year");
    AppNode node = new AppNode("bench-year", url, user, password, List.of(
        "--camunda.bpm.generic-properties.properties.hostname=bench-year"));
    node.startAt(FIRST_YEAR + "-01-01T00:00");
    List<Boolean> order = new ArrayList<>(WARM_UP);
    order.addAll(MEASURED);
    try (var db = new SingleConnectionDataSource(DriverManager.getConnection(url, user,
        password), true)) {
      JdbcTemplate server = new JdbcTemplate(db);
      for (int i = 0; i < order.size(); i++) {
        Run run = year(node, server, FIRST_YEAR + i, order.get(i));
        boolean warmUp = i < WARM_UP.size();
        if (!warmUp) {
          runs.add(run);
        }
        System.out.printf("[bench] full year %d %s%s: %d ms (%d ms waiting for jobs), %d tasks"
            + " submitted, %d HTTP requests, SQL %s%n", run.year(), run.driver(),
            warmUp ? " (warm-up, not counted)" : "", run.millis(), run.sleptMillis(),
            run.submitted(), run.requests(), run.sql());
      }
    } finally {
      node.stop();
    }
    return summary();
  }

  Run year(AppNode node, JdbcTemplate server, int year, boolean rest) throws Exception {
    settle(node, year);
    Map<String, Long> before = counters(server);
    long t0 = System.nanoTime();
    long slept;
    int submitted;
    int requests = 0;
    if (rest) {
      RemoteYear driver = new RemoteYear(RemoteYear.Cluster.of(node), year);
      driver.wholeYear();
      slept = driver.sleptMillis();
      submitted = driver.submitted();
      requests = driver.requests();
    } else {
      JsonNode done = javaYear(node, year);
      slept = done.get("sleptMillis").asLong();
      submitted = done.get("submitted").asInt();
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    Map<String, Long> after = counters(server);
    Map<String, Long> sql = null;
    if (before != null) {
      sql = new LinkedHashMap<>();
      for (String k : List.of("statements", "Com_select", "Com_insert", "Com_update",
          "Com_delete", "Com_commit")) {
        sql.put(k, after.get(k) - before.get(k));
      }
    }
    return new Run(year, rest, millis, slept, submitted, requests, sql);
  }

  /** The year of {@link JavaApiYear}, run by the node's hook; what the node measured. */
  JsonNode javaYear(AppNode node, int year) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl()
        + "/test/java-year")).timeout(Duration.ofMinutes(20))
        .POST(HttpRequest.BodyPublishers.ofString(String.valueOf(year))).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode body = json.readTree(r.body());
    if (r.statusCode() != 200) {
      throw new AssertionError("Java API year " + year + " failed in the node: "
          + body.path("error").asText(r.body()));
    }
    return body;
  }

  /**
   * Moves the clock to the year's first working day and waits until the node has run every
   * job due then (what earlier years left), so that the year's measure holds its own work.
   */
  void settle(AppNode node, int year) throws IOException, InterruptedException {
    String to = year + "-01-05T00:00";
    http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/test/clock"))
        .POST(HttpRequest.BodyPublishers.ofString(to)).build(),
        HttpResponse.BodyHandlers.ofString());
    RemoteYear admin = new RemoteYear(null, year);
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    int quiet = 0;
    while (quiet < 3) {
      long due = admin.getFrom(node.baseUrl(), "/engine-rest/job/count?executable=true",
          "admin").path("count").asLong(-1);
      quiet = due == 0 ? quiet + 1 : 0;
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Jobs still due on " + to + ": " + due);
      }
      AppNode.sleep(500);
    }
  }

  static Map<String, Long> counters(JdbcTemplate server) {
    return MariaDbTestDatabase.embedded() ? MariaDbHostileInputTestCounters.read(server) : null;
  }

  /** Each side's mean per year, and the ratios REST / Java API. */
  String summary() {
    double[] rest = means(true);
    double[] java = means(false);
    StringBuilder s = new StringBuilder(String.format(
        "REST %.1f s / Java API %.1f s per year (x%s); without the waits for jobs %.1f s /"
            + " %.1f s (x%s)", rest[0] / 1000, java[0] / 1000, ratio(rest[0], java[0]),
        rest[1] / 1000, java[1] / 1000, ratio(rest[1], java[1])));
    if (rest[3] >= 0 && java[3] >= 0) {
      s.append(String.format("; SQL statements %.0f / %.0f per year (x%s), commits %.0f / %.0f"
          + " (x%s)", rest[3], java[3], ratio(rest[3], java[3]), rest[4], java[4],
          ratio(rest[4], java[4])));
    } else {
      s.append("; SQL not measured (MariaDB's global counters are shared on an external"
          + " server)");
    }
    s.append(String.format("; %.0f task completions and %.0f HTTP requests per REST year;"
        + " years ", rest[2], rest[5]));
    List<String> order = new ArrayList<>();
    for (Run r : runs) {
      order.add(r.year() + " " + r.driver());
    }
    return s.append(String.join(", ", order)).toString();
  }

  /**
   * Wall ms, working ms, submitted tasks, statements, commits, HTTP requests: one side's mean
   * per year.
   */
  private double[] means(boolean rest) {
    double[] t = new double[6];
    int n = 0;
    for (Run r : runs) {
      if (r.rest() != rest) {
        continue;
      }
      n++;
      t[0] += r.millis();
      t[1] += r.workingMillis();
      t[2] += r.submitted();
      t[3] += r.sql() == null ? Double.NEGATIVE_INFINITY : r.sql().get("statements");
      t[4] += r.sql() == null ? Double.NEGATIVE_INFINITY : r.sql().get("Com_commit");
      t[5] += r.requests();
    }
    for (int i = 0; i < t.length; i++) {
      t[i] /= n;
    }
    return t;
  }

  static String ratio(double a, double b) {
    return String.format("%.2f", a / b);
  }
}
