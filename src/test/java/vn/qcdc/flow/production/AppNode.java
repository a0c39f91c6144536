package vn.qcdc.flow.production;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * One node of the application in a JVM of its own: the real application with the
 * production profile (mariadb) and the test hooks of {@link NodeHooks}, on the test
 * classpath, against the MariaDB database given. Killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux), never asked to stop, when a test crashes it.
 */
public final class AppNode {

  private final String name;
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final List<String> extra;
  private final Path log;
  private int port;
  private Process process;
  private String mainClass = NodeHooks.class.getName();
  private int starts;
  private long lastStartMillis;

  public AppNode(String name, String jdbcUrl, String user, String password, List<String> extra) {
    this.name = name;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.extra = extra;
    this.log = Path.of("target", "nodes", name + ".log").toAbsolutePath();
  }

  /** Runs another main class on the same classpath (the benchmark's bare Camunda webapp). */
  public AppNode mainClass(String name) {
    this.mainClass = name;
    return this;
  }

  /** Resident memory of the node's JVM (VmRSS), in MiB. */
  public long rssMib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()),
          "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  public String name() {
    return name;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public int starts() {
    return starts;
  }

  public long lastStartMillis() {
    return lastStartMillis;
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process != null && process.isAlive();
  }

  /** Starts the node and waits until it answers. */
  public AppNode start() {
    return startAt(null);
  }

  /**
   * Starts the node with its engine clock at a local date-time (yyyy-MM-ddTHH:mm), set
   * before the engine starts, so that its job executor never sees the real date.
   */
  public AppNode startAt(String clock) {
    try {
      Files.createDirectories(log.getParent());
      port = freePort();
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-Duser.timezone=Asia/Ho_Chi_Minh",
          "-cp", testClasspath(), mainClass,
          "--server.port=" + port,
          "--spring.profiles.active=mariadb",
          "--spring.datasource.url=" + jdbcUrl,
          "--spring.datasource.username=" + user,
          "--spring.datasource.password=" + password,
          // The job executor's 10 threads + 4 for requests (production/ConnectionBudget).
          "--spring.datasource.hikari.maximum-pool-size=14",
          "--spring.datasource.hikari.minimum-idle=1",
          "--qcdc.demo.print-logins=false",
          // The nodes share one seal key, as an agency's nodes share the key file.
          "--qcdc.audit.seal.key=test-seal-key-shared-by-the-nodes-0123456789",
          // ReportMailbox counts the report e-mails only.
          "--qcdc.audit.seal.mail-report-seals=false",
          "--qcdc.audit.seal.cron=-",
          "--QCDC_TEST_PASSWORD=" + vn.qcdc.flow.support.TestPasswords.PASSWORD,
          // A killed node's job locks expire soon, so that the restarted node retries quickly.
          "--camunda.bpm.job-execution.lock-time-in-millis=8000",
          "--camunda.bpm.job-execution.wait-time-in-millis=300",
          "--camunda.bpm.job-execution.max-wait=1000",
          "--spring.main.banner-mode=off",
          // The years the load and the node tests run that the agency's calendar lacks.
          "--spring.config.import=optional:classpath:test-calendar.yaml",
          // and the two test years application-test.yaml gives ranges (FullYearComparison: 2030)
          "--qcdc.calendar.days-off.2027=2027-02-05..2027-02-10",
          "--qcdc.calendar.days-off.2030=2030-02-01..2030-02-07",
          "--logging.level.root=WARN",
          "--logging.level.org.camunda.bpm.engine.jobexecutor=INFO"));
      if (extra.stream().noneMatch(a -> a.startsWith("--qcdc.organisation.file="))) {
        command.add("--qcdc.organisation.file=classpath:organisation/small-agency.yml");
      }
      if (clock != null) {
        command.add("--qcdc.test.clock=" + clock);
      }
      // A node argument given by the test replaces the default above (Spring would join two
      // values of one option with a comma).
      command.removeIf(a -> a.startsWith("--") && a.contains("=") && extra.stream()
          .anyMatch(e -> e.startsWith(a.substring(0, a.indexOf('=') + 1))));
      command.addAll(extra);
      long t0 = System.nanoTime();
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
      starts++;
      awaitReady(Duration.ofSeconds(240));
      lastStartMillis = (System.nanoTime() - t0) / 1_000_000;
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** kill -9: no shutdown hook, no commit, no lock released. */
  public void kill9() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node " + name + " died while starting; see " + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
            URI.create(baseUrl() + "/test/clock")).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(300);
    }
    kill9();
    throw new IllegalStateException("Node " + name + " did not start in " + timeout + "; see "
        + log);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The test JVM's classpath, also when Surefire hides it in a manifest-only jar. */
  static String testClasspath() {
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null && !surefire.isBlank()) {
      return surefire;
    }
    String cp = System.getProperty("java.class.path");
    String[] entries = cp.split(File.pathSeparator);
    if (entries.length == 1 && entries[0].endsWith(".jar")) {
      try (JarFile jar = new JarFile(entries[0])) {
        Manifest manifest = jar.getManifest();
        String classPath = manifest == null ? null
            : manifest.getMainAttributes().getValue("Class-Path");
        if (classPath != null) {
          List<String> files = new ArrayList<>();
          for (String url : classPath.trim().split("\\s+")) {
            files.add(Path.of(URI.create(url.startsWith("file:") ? url
                : new File(entries[0]).getParentFile().toURI().resolve(url).toString()))
                .toString());
          }
          return String.join(File.pathSeparator, files);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cp;
  }
}
