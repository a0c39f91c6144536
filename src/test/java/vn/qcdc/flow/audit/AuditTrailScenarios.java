package vn.qcdc.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The history chain against the four tamperings of issue 13 (an administrator deleting a
 * historic task through the REST API, a DBA editing a variable and deleting an operation-log
 * row in SQL, retention shortened and the cleanup run), then a DBA who rewrites the whole
 * chain and removes the seals: each is named by the verifier, whose output is printed. The
 * cases run in order on one database, so each verification also shows the earlier ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AuditTrailScenarios {

  static final String PROBE = "audit-trail-probe";
  static final int SMTP_PORT = freePort();
  static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("qcdc.audit.seal.mail-report-seals", () -> "true");
  }

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  AuditTrail trail;
  @Autowired
  AuditSeals seals;
  @Autowired
  DataSource dataSource;
  @Autowired
  org.springframework.transaction.PlatformTransactionManager transactions;

  abstract String database();

  /** JDBC URL, user and password of the test's database, for the offline command. */
  abstract String[] jdbc();

  @BeforeAll
  static void startSmtp() {
    SMTP.start();
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Start, one variable, one task completed by a person: a small process of its own. */
  String finishedInstance(String caseNumber) {
    String id = runningInstance(caseNumber);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
    engine.getTaskService().complete(task.getId(), Map.of("ketLuan", "Đủ hồ sơ"));
    return id;
  }

  String runningInstance(String caseNumber) {
    deployProbe();
    return engine.getRuntimeService().startProcessInstanceByKey(PROBE, caseNumber,
        Map.of("soHoSo", caseNumber)).getId();
  }

  synchronized void deployProbe() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROBE)
        .count() == 0) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE).name("Kiểm tra chuỗi")
          .camundaHistoryTimeToLive(3650).startEvent().userTask("Review").name("Xem xét hồ sơ")
          .camundaCandidateGroups("phong-tong-hop").endEvent().done();
      engine.getRepositoryService().createDeployment().name(PROBE)
          .addModelInstance(PROBE + ".bpmn", model).deploy();
    }
  }

  /** Verifies through the auditors' REST API, prints and returns the report's findings. */
  AuditTrailVerifier.Result verify(String title, String published) {
    long start = System.nanoTime();
    AuditTrailVerifier.Result r = trail.verify(published);
    ResponseEntity<Map> rest = http.exchange("/api/audit/trail/verify", HttpMethod.POST,
        new HttpEntity<>(published == null ? "" : published, text(as("kiemtoan"))), Map.class);
    assertThat(rest.getStatusCode().value()).isEqualTo(200);
    assertThat(rest.getBody().get("report")).isEqualTo(r.report());
    System.out.println("\n===== [" + database() + "] " + title + " ("
        + (System.nanoTime() - start) / 1_000_000 + " ms, twice)\n" + r.report() + "\n");
    return r;
  }

  static List<AuditTrailVerifier.Finding> about(AuditTrailVerifier.Result r, Set<String> roots) {
    return r.findings().stream().filter(f -> f.kind().tamper()
        && (f.rootInstanceId() == null || roots.contains(f.rootInstanceId()))).toList();
  }

  HttpHeaders as(String user) {
    HttpHeaders h = new HttpHeaders();
    h.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + vn.qcdc.flow.support.TestPasswords.of(user)).getBytes(StandardCharsets.UTF_8)));
    return h;
  }

  static HttpHeaders text(HttpHeaders h) {
    h.setContentType(MediaType.TEXT_PLAIN);
    return h;
  }

  void sql(String statement, Object... args) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      assertThat(s.executeUpdate()).as(statement).isEqualTo(1);
    }
  }

  @Test
  void everyTamperingIsNamedAndTheRetentionCleanupIsRecognised() throws Exception {
    long t0 = System.nanoTime();
    String deleted = finishedInstance("HS-01");
    String deletedTask = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(deleted).singleResult().getId();
    String edited = runningInstance("HS-02");
    String editedVariable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(edited).variableName("soHoSo").singleResult().getId();
    Task open = engine.getTaskService().createTaskQuery().processInstanceId(edited)
        .singleResult();
    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    engine.getTaskService().setAssignee(open.getId(), "tonghop");
    engine.getIdentityService().clearAuthentication();
    String opLog = engine.getHistoryService().createUserOperationLogQuery()
        .taskId(open.getId()).operationType("Assign").singleResult().getId();
    // Four writers at once (as two nodes would be): the chain stays one line, nothing lost.
    deployProbe();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> started = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String caseNumber = "HS-P" + i;
      started.add(pool.submit(() -> runningInstance(caseNumber)));
    }
    Set<String> mine = new HashSet<>(Set.of(deleted, edited));
    for (Future<String> f : started) {
      mine.add(f.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();

    // Before anything is touched: nothing to name.
    AuditTrailVerifier.Result before = verify("trước khi can thiệp", null);
    assertThat(about(before, mine)).isEmpty();
    assertThat(before.of(AuditTrailVerifier.Kind.CHAIN)).isEmpty();
    assertThat(before.entries()).isPositive();

    // The seal goes out by e-mail to the People's Inspection Board; keep what they received.
    String line = seals.sealLineFor("kiểm thử");
    assertThat(line).startsWith("Dấu niêm phong nhật ký kiểm tra (kiểm thử): QCDC-SEAL/1 seq=");
    List<String> mails = new ArrayList<>();
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      if (m.getSubject().startsWith("[QCDC] Dấu niêm phong")) {
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("thanhtra@example.org");
        mails.add(m.getContent().toString());
      }
    }
    assertThat(mails).hasSize(1);
    String published = String.join("\n", mails);
    assertThat(HistoryChain.parseSeals(published)).hasSize(1);

    // 1. An administrator deletes the finished instance's history, its task with it (the REST
    //    API deletes historic tasks only with their instance).
    ResponseEntity<String> del = http.exchange("/engine-rest/history/process-instance/" + deleted,
        HttpMethod.DELETE, new HttpEntity<>(as("admin")), String.class);
    assertThat(del.getStatusCode().value()).as(del.getBody()).isEqualTo(204);
    AuditTrailVerifier.Result r1 = verify("1. admin xóa lịch sử qua REST", published);
    assertThat(r1.intact()).isFalse();
    assertThat(r1.of(AuditTrailVerifier.Kind.DELETED)).anySatisfy(f -> {
      assertThat(f.table()).isEqualTo("ACT_HI_TASKINST");
      assertThat(f.historyId()).isEqualTo(deletedTask);
      assertThat(f.message()).contains("«Xem xét hồ sơ»").contains("DeleteHistory")
          .contains("bởi admin");
    });
    assertThat(r1.of(AuditTrailVerifier.Kind.DELETED)).anySatisfy(f -> assertThat(f.message())
        .contains("biến «soHoSo»"));

    // 2. A DBA changes a historic variable in SQL.
    sql("UPDATE ACT_HI_VARINST SET TEXT_ = ? WHERE ID_ = ?", "HS-99", editedVariable);
    AuditTrailVerifier.Result r2 = verify("2. DBA sửa biến trong ACT_HI_VARINST", published);
    assertThat(r2.of(AuditTrailVerifier.Kind.EDITED)).singleElement().satisfies(f -> {
      assertThat(f.historyId()).isEqualTo(editedVariable);
      assertThat(f.message()).contains("Sửa biến «soHoSo»").contains("phiên " + edited);
    });

    // 3. A DBA deletes an operation-log row in SQL.
    sql("DELETE FROM ACT_HI_OP_LOG WHERE ID_ = ?", opLog);
    AuditTrailVerifier.Result r3 = verify("3. DBA xóa một dòng ACT_HI_OP_LOG", published);
    assertThat(r3.of(AuditTrailVerifier.Kind.DELETED)).anySatisfy(f -> {
      assertThat(f.table()).isEqualTo("ACT_HI_OP_LOG");
      assertThat(f.historyId()).isEqualTo(opLog);
      assertThat(f.message()).contains("«Assign Task admin»");
    });

    // 4. Retention shortened to one day by an administrator, an instance ends, two days pass,
    //    the cleanup runs: recognised as the retention policy's work, with the change named.
    ProcessDefinition probe = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROBE).latestVersion().singleResult();
    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    engine.getRepositoryService().updateProcessDefinitionHistoryTimeToLive(probe.getId(), 1);
    engine.getIdentityService().clearAuthentication();
    String expired;
    try {
      expired = finishedInstance("HS-03");
    } finally {
      engine.getRepositoryService().updateProcessDefinitionHistoryTimeToLive(probe.getId(), 3650);
    }
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 2L * 24 * 3600 * 1000));
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(cleanup.getId());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(expired).count()).isZero();
    AuditTrailVerifier.Result r4 = verify("4. rút ngắn thời hạn lưu giữ và dọn lịch sử",
        published);
    assertThat(r4.of(AuditTrailVerifier.Kind.RETENTION)).anySatisfy(f -> {
      assertThat(f.rootInstanceId()).isEqualTo(expired);
      assertThat(f.message()).contains("theo chính sách lưu giữ")
          .contains("UpdateHistoryTimeToLive ProcessDefinition bởi admin")
          .contains("historyTimeToLive: 3650 → 1");
    });
    assertThat(r4.findings()).noneMatch(f -> f.kind().tamper()
        && expired.equals(f.rootInstanceId()));
    // the earlier findings stay
    assertThat(r4.of(AuditTrailVerifier.Kind.EDITED)).hasSize(1);
    assertThat(r4.of(AuditTrailVerifier.Kind.DELETED)).hasSizeGreaterThanOrEqualTo(
        r3.of(AuditTrailVerifier.Kind.DELETED).size());

    // 5. A DBA hides the edit: recomputes the whole chain and deletes the seals. The
    //    history now matches the chain, but the published seal does not.
    rewriteChainToMatchHistory(editedVariable);
    sql("DELETE FROM qcdc_audit_seal WHERE mac = ?",
        HistoryChain.parseSeals(published).get(0).mac());
    AuditTrailVerifier.Result r5 = verify("5. DBA tính lại toàn bộ chuỗi và xóa dấu niêm phong",
        published);
    assertThat(r5.of(AuditTrailVerifier.Kind.EDITED)).isEmpty();
    assertThat(r5.of(AuditTrailVerifier.Kind.SEAL)).extracting(AuditTrailVerifier.Finding::message)
        .anySatisfy(m -> assertThat(m).contains("không còn trong cơ sở dữ liệu"))
        .anySatisfy(m -> assertThat(m).contains("chuỗi đã bị viết lại"));

    // The same from the command line, with the key file and the board's e-mails.
    Path keyFile = Files.createTempFile("audit-seal", ".key");
    Path mailFile = Files.createTempFile("audit-seal-mails", ".txt");
    Files.write(keyFile, seals.key());
    Files.writeString(mailFile, published);
    String[] db = jdbc();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    int exit;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      exit = VerifyAuditExport.run(new String[] {"--trail", "--jdbc", db[0], "--user", db[1],
          "--password", db[2], "--key-file", keyFile.toString(), "--seals", mailFile.toString()});
    } finally {
      System.setOut(out);
      Files.delete(keyFile);
      Files.delete(mailFile);
    }
    String cli = printed.toString(StandardCharsets.UTF_8);
    System.out.println("===== [" + database() + "] verify-audit --trail (exit " + exit + ")\n"
        + cli.lines().limit(6).reduce((a, b) -> a + "\n" + b).orElse("") + "\n...");
    assertThat(exit).isEqualTo(1);
    assertThat(cli).contains("BỊ THAY ĐỔI").contains("chuỗi đã bị viết lại")
        .contains("«Assign Task admin»");

    System.out.println("[" + database() + "] AuditTrailScenarios: "
        + (System.nanoTime() - t0) / 1_000_000 + " ms for the five cases");
  }

  /** What a DBA without the key would do: new digest for the row, every hash after it redone. */
  void rewriteChainToMatchHistory(String variableId) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      String digest = HistoryChain.digests(c, "ACT_HI_VARINST", List.of(variableId))
          .get(variableId);
      List<HistoryChain.Entry> entries = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT seq, event_type, history_table,"
          + " history_id, root_instance_id, removal_time, recorded_at, label, digest FROM"
          + " qcdc_audit_chain ORDER BY seq"); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long removal = rs.getLong(6);
          Long removalTime = rs.wasNull() ? null : removal;
          entries.add(new HistoryChain.Entry(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), removalTime, rs.getLong(7),
              rs.getString(8), rs.getString(9), null, null));
        }
      }
      long last = entries.stream().filter(e -> e.historyId().equals(variableId))
          .mapToLong(HistoryChain.Entry::seq).max().orElseThrow();
      String prev = HistoryChain.GENESIS;
      try (PreparedStatement u = c.prepareStatement(
          "UPDATE qcdc_audit_chain SET digest = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
        for (HistoryChain.Entry e : entries) {
          String d = e.seq() == last ? digest : e.digest();
          String h = HistoryChain.hash(prev, e.seq(), e.eventType(), e.table(), e.historyId(),
              e.rootInstanceId(), e.removalTime(), e.recordedAt(), e.label(), d);
          u.setString(1, d);
          u.setString(2, prev);
          u.setString(3, h);
          u.setLong(4, e.seq());
          u.addBatch();
          prev = h;
        }
        u.executeBatch();
      }
      try (PreparedStatement u = c.prepareStatement(
          "UPDATE qcdc_audit_chain_head SET last_hash = ? WHERE id = 1")) {
        u.setString(1, prev);
        u.executeUpdate();
      }
      c.commit();
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Issue 16: an installation's instances from before the agencies were tenants have no tenant
   * (simulated by clearing it); at the first start they become the first agency's, and the
   * history rows changed are appended to the chain, which then verifies again.
   */
  @Test
  void instancesFromBeforeTheAgenciesBecomeTheFirstAgencysAndTheChainStillVerifies()
      throws Exception {
    String id = finishedInstance("HS-TENANT");
    JdbcTemplate db = new JdbcTemplate(dataSource);
    int cleared = 0;
    for (String table : HistoryChain.TABLES.keySet()) {
      String owner;
      try (Connection c = dataSource.getConnection()) {
        owner = LegacyTenants.ownerColumn(c, table);
      }
      if (owner != null && !owner.equals("TASK_ID_")) {
        cleared += db.update("UPDATE " + table + " SET TENANT_ID_ = NULL WHERE " + owner
            + " = ?", id);
      }
    }
    assertThat(cleared).isGreaterThanOrEqualTo(4);
    AuditTrailVerifier.Result cut = verify("bản ghi mất cơ quan", null);
    assertThat(about(cut, Set.of(id))).isNotEmpty(); // the chain sees the rows changed

    Integer assigned = new org.springframework.transaction.support.TransactionTemplate(
        transactions).execute(status -> {
          Connection c = org.springframework.jdbc.datasource.DataSourceUtils
              .getConnection(dataSource);
          try {
            return LegacyTenants.assign(c, "btgtu", "-tenancy-test-" + database());
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    assertThat(assigned).isEqualTo(cleared);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(id).singleResult().getTenantId()).isEqualTo("btgtu");
    assertThat(db.queryForObject("SELECT COUNT(*) FROM qcdc_audit_chain WHERE event_type = ?",
        Integer.class, LegacyTenants.ASSIGNED)).isGreaterThanOrEqualTo(cleared);
    AuditTrailVerifier.Result after = verify("sau khi gán cơ quan", null);
    assertThat(about(after, Set.of(id))).isEmpty();
    assertThat(after.of(AuditTrailVerifier.Kind.CHAIN)).isEmpty();
  }

}
