package vn.qcdc.flow.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/**
 * Two nodes number documents at once on one MariaDB: each node is its own connection pool and
 * transaction manager, as two application JVMs would be, with three threads each. A fifth of
 * the transactions roll back after taking a number (as an engine transaction that fails after
 * the task listener ran). Every number committed is unique, and the numbers are 01..N without
 * a gap; a cancelled number stays in the register and is never handed out again.
 */
class MariaDbDocumentRegisterTest {

  static final String AGENCY = "KTSOVB";
  static final LocalDate DAY = LocalDate.of(2091, 3, 2);

  static final List<HikariDataSource> pools = new ArrayList<>();
  static DocumentRegister nodeA;
  static DocumentRegister nodeB;
  static TransactionTemplate txA;
  static TransactionTemplate txB;
  static JdbcTemplate jdbc;

  @BeforeAll
  static void nodes() {
    Flyway.configure().dataSource(MariaDbTestDatabase.jdbcUrl(), MariaDbTestDatabase.username(),
        MariaDbTestDatabase.password()).table("qcdc_schema_history")
        .locations("classpath:db/migration")
        .placeholders(java.util.Map.of("default_agency", "btgtu")) // organisation/Agencies
        .load().migrate();
    HikariDataSource a = pool("node-a");
    HikariDataSource b = pool("node-b");
    jdbc = new JdbcTemplate(a);
    clean();
    DataSourceTransactionManager tmA = new DataSourceTransactionManager(a);
    DataSourceTransactionManager tmB = new DataSourceTransactionManager(b);
    nodeA = new DocumentRegister(a, tmA, RegisterProperties.BY_YEAR, () -> AGENCY);
    nodeB = new DocumentRegister(b, tmB, RegisterProperties.BY_YEAR, () -> AGENCY);
    txA = new TransactionTemplate(tmA);
    txB = new TransactionTemplate(tmB);
  }

  @AfterAll
  static void close() {
    clean();
    pools.forEach(HikariDataSource::close);
  }

  static void clean() {
    jdbc.update("DELETE FROM qcdc_register_entry WHERE agency_symbol = ?", AGENCY);
    jdbc.update("DELETE FROM qcdc_register_counter WHERE agency_symbol = ?", AGENCY);
  }

  static HikariDataSource pool(String name) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(MariaDbTestDatabase.jdbcUrl());
    config.setUsername(MariaDbTestDatabase.username());
    config.setPassword(MariaDbTestDatabase.password());
    config.setMaximumPoolSize(8);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    HikariDataSource ds = new HikariDataSource(config);
    pools.add(ds);
    return ds;
  }

  @Test
  void twoNodesNumberAtOnceWithoutGapOrDuplicate() throws Exception {
    int threadsPerNode = 3;
    int rounds = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threadsPerNode * 2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int t = 0; t < threadsPerNode * 2; t++) {
      DocumentRegister node = t % 2 == 0 ? nodeA : nodeB;
      TransactionTemplate tx = t % 2 == 0 ? txA : txB;
      int thread = t;
      Callable<List<String>> work = () -> {
        start.await();
        List<String> committed = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
          int r = round;
          boolean fail = (r + thread) % 5 == 0;
          try {
            String number = tx.execute(status -> {
              RegisterEntry e = node.reserve(DocumentKind.BC, DAY, "Báo cáo " + thread + "/" + r,
                  "test:" + thread + ":" + r, "node" + thread);
              node.issue(e.id(), DAY, "node" + thread);
              if (fail) {
                throw new IllegalStateException("the engine transaction fails");
              }
              return e.number();
            });
            committed.add(number);
          } catch (IllegalStateException expected) {
            assertThat(fail).isTrue();
          }
        }
        return committed;
      };
      results.add(pool.submit(work));
    }
    long began = System.nanoTime();
    start.countDown();
    List<String> all = new ArrayList<>();
    for (Future<List<String>> f : results) {
      all.addAll(f.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    System.out.printf("[register] %d numbers committed by 2 nodes x %d threads in %d ms%n",
        all.size(), threadsPerNode, (System.nanoTime() - began) / 1_000_000);

    int expected = threadsPerNode * 2 * rounds - threadsPerNode * 2 * rounds / 5;
    assertThat(all).hasSize(expected).doesNotHaveDuplicates();
    List<Integer> seqs = jdbc.queryForList("SELECT seq FROM qcdc_register_entry WHERE"
        + " agency_symbol = ? AND series = '2091' AND doc_kind = 'BC' ORDER BY seq",
        Integer.class, AGENCY);
    List<Integer> oneToN = new ArrayList<>();
    for (int i = 1; i <= expected; i++) {
      oneToN.add(i);
    }
    assertThat(seqs).isEqualTo(oneToN);
    List<String> sorted = new ArrayList<>(all);
    Collections.sort(sorted);
    assertThat(sorted.get(0)).isEqualTo("01-BC/" + AGENCY);
    assertThat(jdbc.queryForObject("SELECT last_seq FROM qcdc_register_counter WHERE"
        + " agency_symbol = ? AND series = '2091' AND doc_kind = 'BC'", Integer.class, AGENCY))
        .isEqualTo(expected);

    // A cancelled number is recorded with its reason and the next one is after it.
    RegisterEntry last = nodeA.entries("2091").stream()
        .filter(e -> e.kind() == DocumentKind.BC && e.seq() == expected).findFirst().orElseThrow();
    RegisterEntry cancelled = nodeB.cancel(last.id(), "Văn bản không ban hành", "tonghop");
    assertThat(cancelled.status()).isEqualTo(RegisterEntry.CANCELLED);
    assertThat(cancelled.cancelReason()).isEqualTo("Văn bản không ban hành");
    RegisterEntry next = nodeA.issueNow(DocumentKind.BC, DAY, "Báo cáo sau số hủy", "tonghop");
    assertThat(next.seq()).isEqualTo(expected + 1);
    assertThatThrownBy(() -> nodeA.cancel(last.id(), "lần nữa", "tonghop"))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("đã bị hủy");
    assertThatThrownBy(() -> nodeA.issue(last.id(), DAY, "tonghop"))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("không cấp lại");
    // Kinds count apart: the first plan of the series is 01-KH.
    assertThat(nodeB.issueNow(DocumentKind.KH, DAY, "Kế hoạch", "bcd").number())
        .isEqualTo("01-KH/" + AGENCY);
  }

  @Test
  void aNumberTypedOnTheReleasedFormKeepsTheRegisterWhole() {
    LocalDate day = LocalDate.of(2092, 6, 20);
    // The register has nothing of 2092: the agency continues its paper register at 45.
    RegisterEntry opening = nodeA.recordTyped("45-BC/" + AGENCY, DocumentKind.BC, day,
        "Báo cáo 6 tháng", "report:a", "tonghop");
    assertThat(opening.number()).isEqualTo("45-BC/" + AGENCY);
    assertThat(opening.origin()).isEqualTo(RegisterEntry.TYPED);
    assertThat(opening.status()).isEqualTo(RegisterEntry.ISSUED);
    assertThatThrownBy(() -> nodeB.recordTyped("45-BC/" + AGENCY, DocumentKind.BC, day, "x",
        "report:b", "tonghop")).isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("số tiếp theo của loại báo cáo là 46-BC/" + AGENCY)
        .hasMessageContaining("đã được cấp");
    assertThatThrownBy(() -> nodeB.recordTyped("48-BC/" + AGENCY, DocumentKind.BC, day, "x",
        "report:b", "tonghop")).isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("để lại khoảng trống");
    assertThatThrownBy(() -> nodeB.recordTyped("46-BC/BTGTX", DocumentKind.BC, day, "x",
        "report:b", "tonghop")).isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("Ký hiệu cơ quan");
    assertThatThrownBy(() -> nodeB.recordTyped("46-KH/" + AGENCY, DocumentKind.BC, day, "x",
        "report:b", "tonghop")).isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("số-BC/");
    // Refusals changed nothing; the next typed and the next issued number follow on.
    assertThat(nodeB.recordTyped("46-BC/" + AGENCY, DocumentKind.BC, day, "Báo cáo năm",
        "report:b", "tonghop").seq()).isEqualTo(46);
    assertThat(nodeA.issueNow(DocumentKind.BC, day, "Báo cáo chuyên đề", "tonghop").number())
        .isEqualTo("47-BC/" + AGENCY);
    assertThat(nodeA.active("report:b")).get().extracting(RegisterEntry::number)
        .isEqualTo("46-BC/" + AGENCY);
  }
}
