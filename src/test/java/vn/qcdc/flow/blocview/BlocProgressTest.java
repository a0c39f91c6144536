package vn.qcdc.flow.blocview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.cycle.AnnualCycleRepository;
import vn.qcdc.flow.cycle.CycleTestAccess;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.organisation.Agencies;
import vn.qcdc.flow.reporting.ConsolidatedReportRepository;
import vn.qcdc.flow.reporting.ReportingTestAccess;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.Period;
import vn.qcdc.flow.review.ReviewTestAccess;
import vn.qcdc.flow.review.UnitReviewRepository;
import vn.qcdc.flow.support.TestPasswords;
import vn.qcdc.flow.tenancy.AgencyContext;

/**
 * The bloc's view over three agencies (the tests' agency and organisation/bloc/*.yml): for the
 * six-month report of 2022, due to the bloc on 15/07/2022, Ban Tuyên giáo submits on 10/07, Sở
 * Tư pháp on 20/07 (late) and Ban Quản lý dự án not at all (its draft stays in the agency).
 *
 * <p>The agencies' records are made through their own entities and repositories, each saved
 * for its agency (AgencyContext.run, so Hibernate's tenant fills the agency column), as the
 * reporting and review services make them at the end of a review; the years are not driven
 * task by task (three agencies' reviews would take minutes and test nothing of the bloc's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // its own database: its agencies' users must not meet the bloc receipt's test (qcdc-bloc)
    "spring.datasource.url=jdbc:h2:mem:qcdc-bloc-view;DB_CLOSE_DELAY=-1",
    "qcdc.organisation.directory=classpath:organisation/bloc",
    "qcdc.bloc-view.report-cron=-",
    // the bloc's deadlines (bloc/BlocProperties): the six-month report by 15/07, the year-end
    // report by 20/12
    "qcdc.bloc.deadlines.six-month=07-15", "qcdc.bloc.deadlines.year-end=12-20"})
@ActiveProfiles("test")
class BlocProgressTest {

  static final int YEAR = 2022;
  static final String BLOC_USER = "khoi-chuyenvien";
  static final ObjectMapper JSON = new ObjectMapper();
  static boolean recorded;

  @LocalServerPort
  int port;
  @Autowired
  Agencies agencies;
  @Autowired
  UnitReviewRepository reviews;
  @Autowired
  ConsolidatedReportRepository reports;
  @Autowired
  AnnualCycleRepository cycles;
  @Autowired
  IdentityService identity;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  BlocReports blocReports;
  @Autowired
  BlocCockpitAccess cockpit;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  BlocProgressService service;
  @Autowired
  BlocDeadline deadline;
  @Autowired
  BlocViewProperties properties;

  final HttpClient http = HttpClient.newHttpClient();
  String a;
  String b;
  String c;

  static Instant at(int month, int day) {
    return LocalDateTime.of(YEAR, month, day, 9, 0).atZone(Clock.ZONE).toInstant();
  }

  static void clockAt(int month, int day) {
    ClockUtil.setCurrentTime(java.util.Date.from(at(month, day)));
  }

  static Map<Indicator, Integer> figures(int sessions, int proposals, int received, int resolved,
      int dialogues) {
    Map<Indicator, Integer> f = new LinkedHashMap<>();
    f.put(Indicator.DISSEMINATION_SESSIONS, sessions);
    f.put(Indicator.PARTICIPANTS, 40);
    f.put(Indicator.PROPOSALS_RECEIVED, proposals);
    f.put(Indicator.COMPLAINTS_RECEIVED, received);
    f.put(Indicator.COMPLAINTS_RESOLVED, resolved);
    f.put(Indicator.DIALOGUES_HELD, dialogues);
    return f;
  }

  @BeforeEach
  void threeAgenciesReportTheFirstHalfOf2022() {
    List<String> codes = agencies.codes();
    assertThat(codes).hasSize(3);
    a = codes.get(0);
    b = codes.get(1);
    c = codes.get(2);
    assertThat(List.of(b, c)).containsExactly("sotp", "bqlda");
    clockAt(7, 25);
    if (recorded) {
      return;
    }
    recorded = true;
    LocalDate unitsDue = LocalDate.of(YEAR, 6, 30);
    for (String agency : codes) {
      AgencyContext.run(agency, () -> cycles.save(CycleTestAccess.started(agency, YEAR, at(1, 5))));
    }
    AgencyContext.run(a, () -> {
      reviews.save(ReviewTestAccess.filed(YEAR, Period.H1, "phong-tong-hop", "DEPARTMENT",
          at(6, 28), unitsDue, figures(3, 2, 4, 3, 1)));
      reviews.save(ReviewTestAccess.filed(YEAR, Period.H1, "phong-tuyen-truyen", "DEPARTMENT",
          at(6, 29), unitsDue, figures(2, 1, 1, 1, 0)));
      reports.save(ReportingTestAccess.submitted(YEAR, "H1", 3, 2, "01-BC/BTGTU",
          LocalDate.of(YEAR, 7, 10), at(7, 10)));
    });
    AgencyContext.run(b, () -> {
      reviews.save(ReviewTestAccess.filed(YEAR, Period.H1, "sotp-tong-hop", "DEPARTMENT",
          at(6, 30), unitsDue, figures(5, 0, 2, 2, 1)));
      reports.save(ReportingTestAccess.submitted(YEAR, "H1", 2, 1, "01-BC/STP",
          LocalDate.of(YEAR, 7, 20), at(7, 20)));
    });
    AgencyContext.run(c, () -> {
      // filed by a unit, consolidated, never submitted: the bloc sees none of its figures
      reviews.save(ReviewTestAccess.filed(YEAR, Period.H1, "bqlda-tong-hop", "DEPARTMENT",
          at(6, 30), unitsDue, figures(7, 0, 9, 0, 0)));
      reports.save(ReportingTestAccess.draft(YEAR, "H1", 2, 1, at(7, 8)));
    });
    // the bloc's Party Committee and one of its officials (the bloc's file makes them at merge)
    if (identity.createGroupQuery().groupId("khoi-dang-uy").count() == 0) {
      var group = identity.newGroup("khoi-dang-uy");
      group.setName("Đảng ủy Khối Các cơ quan thành phố");
      identity.saveGroup(group);
    }
    var user = identity.newUser(BLOC_USER);
    user.setFirstName("Hà");
    user.setLastName("Nguyễn Thu");
    user.setPassword(TestPasswords.PASSWORD);
    identity.saveUser(user);
    identity.createMembership(BLOC_USER, "khoi-dang-uy");
    for (String agency : codes) {
      identity.createTenantUserMembership(agency, BLOC_USER);
    }
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  HttpResponse<byte[]> call(String method, String path, String user) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (user != null) {
      r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (user + ":" + TestPasswords.of(user)).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  JsonNode progress(String user) throws Exception {
    HttpResponse<byte[]> r = call("GET", "/api/bloc/progress?year=" + YEAR, user);
    assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  static JsonNode report(JsonNode p, String agency, String period) {
    for (JsonNode row : p.path("agencies")) {
      if (row.path("code").asText().equals(agency)) {
        for (JsonNode r : row.path("reports")) {
          if (r.path("period").asText().equals(period)) {
            return r;
          }
        }
      }
    }
    throw new AssertionError("no report " + agency + " " + period);
  }

  static JsonNode totals(JsonNode p, String period) {
    for (JsonNode t : p.path("totals")) {
      if (t.path("period").asText().equals(period)) {
        return t;
      }
    }
    throw new AssertionError("no totals " + period);
  }

  @Test
  void theBlocSeesWhoReportedOnTimeLateOrNotAndTheTotals() throws Exception {
    progress(BLOC_USER); // warm-up
    long[] took = new long[5];
    JsonNode p = null;
    for (int i = 0; i < took.length; i++) {
      long t0 = System.nanoTime();
      p = progress(BLOC_USER);
      took[i] = (System.nanoTime() - t0) / 1_000_000;
    }
    Arrays.sort(took);
    System.out.printf("BLOC-PROGRESS-TIMING /api/bloc/progress?year=%d (3 agencies, H2):"
        + " median %d ms, max %d ms, server-side %d ms%n", YEAR, took[2], took[4],
        p.path("elapsedMillis").asLong());

    List<String> order = new ArrayList<>();
    p.path("agencies").forEach(r -> order.add(r.path("code").asText()));
    assertThat(order).containsExactly(a, b, c);
    assertThat(p.path("periods").get(0).path("due").asText()).isEqualTo("2022-07-15");
    assertThat(p.path("periods").get(1).path("due").asText()).isEqualTo("2022-12-20");
    assertThat(p.path("receiptsKnown").asBoolean()).isTrue(); // the bloc's receipt table

    JsonNode onTime = report(p, a, "H1");
    assertThat(onTime.path("status").asText()).isEqualTo("SUBMITTED_ON_TIME");
    assertThat(onTime.path("statusLabel").asText()).isEqualTo("Đã nộp đúng hạn");
    assertThat(onTime.path("late").asBoolean()).isFalse();
    assertThat(onTime.path("documentNumber").asText()).isEqualTo("01-BC/BTGTU");
    assertThat(onTime.path("documentDate").asText()).isEqualTo("2022-07-10");
    assertThat(onTime.path("revision").asInt()).isEqualTo(1);
    assertThat(onTime.path("unitsFiled").asInt()).isEqualTo(2);
    assertThat(onTime.path("figures").path("disseminationSessions").asInt()).isEqualTo(5);
    assertThat(onTime.path("figures").path("complaintsReceived").asInt()).isEqualTo(5);
    assertThat(onTime.path("figures").path("complaintsResolved").asInt()).isEqualTo(4);

    JsonNode late = report(p, b, "H1");
    assertThat(late.path("status").asText()).isEqualTo("SUBMITTED_LATE");
    assertThat(late.path("statusLabel").asText()).isEqualTo("Nộp muộn");
    assertThat(late.path("late").asBoolean()).isTrue();
    assertThat(late.path("figures").path("disseminationSessions").asInt()).isEqualTo(5);

    JsonNode missing = report(p, c, "H1");
    assertThat(missing.path("status").asText()).isEqualTo("OVERDUE");
    assertThat(missing.path("submitted").asBoolean()).isFalse();
    assertThat(missing.path("late").asBoolean()).isTrue();
    assertThat(missing.path("documentNumber").isNull()).isTrue();
    assertThat(missing.path("figures").size()).isZero();
    // the year-end report is not due yet: nobody is late
    assertThat(report(p, c, "YEAR").path("status").asText()).isEqualTo("NOT_SUBMITTED");
    assertThat(report(p, c, "YEAR").path("late").asBoolean()).isFalse();

    JsonNode h1 = totals(p, "H1");
    assertThat(h1.path("agencies").asInt()).isEqualTo(3);
    assertThat(h1.path("submitted").asInt()).isEqualTo(2);
    assertThat(h1.path("onTime").asInt()).isEqualTo(1);
    assertThat(h1.path("late").asInt()).isEqualTo(1);
    assertThat(h1.path("notSubmitted").asInt()).isEqualTo(1);
    assertThat(h1.path("overdue").asInt()).isEqualTo(1);
    assertThat(h1.path("unitsExpected").asInt()).isEqualTo(5);
    assertThat(h1.path("unitsFiled").asInt()).isEqualTo(3);
    // the submitted agencies' figures only: Ban Quản lý dự án's 7 sessions and 9 cases are not
    assertThat(h1.path("figures").path("disseminationSessions").asInt()).isEqualTo(10);
    assertThat(h1.path("figures").path("proposalsReceived").asInt()).isEqualTo(3);
    assertThat(h1.path("figures").path("complaintsReceived").asInt()).isEqualTo(7);
    assertThat(h1.path("figures").path("complaintsResolved").asInt()).isEqualTo(6);
    assertThat(h1.path("figures").path("dialoguesHeld").asInt()).isEqualTo(2);
    assertThat(totals(p, "YEAR").path("submitted").asInt()).isZero();
    // counts only: no unit, no person
    assertThat(p.toString()).doesNotContain("phong-tong-hop", "sotp-tonghop", "submittedBy",
        "citizen");
  }

  @Test
  void anyoneOutsideTheBlocIsRefusedAndLearnsNothing() throws Exception {
    for (String official : List.of("truongban", "sotp-hoa", "bqlda-tonghop")) {
      HttpResponse<byte[]> r = call("GET", "/api/bloc/progress?year=" + YEAR, official);
      assertThat(r.statusCode()).as(official).isEqualTo(403);
      assertThat(text(r)).contains("Đảng ủy Khối").doesNotContain("Sở Tư pháp", "01-BC");
      assertThat(call("GET", "/api/bloc/reports/2022/H1/document", official).statusCode())
          .isEqualTo(403);
      assertThat(call("POST", "/api/bloc/reports/2022/H1", official).statusCode())
          .isEqualTo(403);
    }
    assertThat(call("GET", "/api/bloc/progress?year=" + YEAR, null).statusCode()).isEqualTo(401);
    assertThat(call("GET", "/api/bloc/progress?year=" + YEAR, "admin").statusCode())
        .isEqualTo(200);
    HttpResponse<byte[]> bad = call("GET", "/api/bloc/progress?year=abc", BLOC_USER);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(text(bad)).contains("Năm không hợp lệ");
    assertThat(call("GET", "/api/bloc/reports/2022/Q3", BLOC_USER).statusCode()).isEqualTo(400);
  }

  @Test
  void theConsolidatedReportIsMadeOnceWhenTheDeadlinePassesWithARowPerAgency()
      throws Exception {
    jdbc.update("DELETE FROM qcdc_bloc_report");
    // on the deadline itself: not yet, neither by the check nor on demand
    clockAt(7, 15);
    assertThat(blocReports.generateDue()).isZero();
    HttpResponse<byte[]> early = call("POST", "/api/bloc/reports/2022/H1", BLOC_USER);
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(text(early)).contains("Chưa đến lúc lập báo cáo tổng hợp", "15/07/2022");
    assertThat(call("GET", "/api/bloc/reports/2022/H1/document", BLOC_USER).statusCode())
        .isEqualTo(404);

    // the day after: made once (2021 has no cycle, the year-end is not due)
    clockAt(7, 16);
    assertThat(blocReports.generateDue()).isEqualTo(1);
    assertThat(blocReports.generateDue()).isZero();
    JsonNode stored = JSON.readTree(call("GET", "/api/bloc/reports/2022/H1", BLOC_USER).body());
    assertThat(stored.path("version").asInt()).isEqualTo(1);
    assertThat(stored.path("by").asText()).isEqualTo("system");
    assertThat(stored.path("expected").asInt()).isEqualTo(3);
    assertThat(call("GET", "/api/bloc/reports/2022/YEAR", BLOC_USER).statusCode())
        .isEqualTo(404);

    // on 25/07 a bloc official makes it again: a new version of the same row
    clockAt(7, 25);
    HttpResponse<byte[]> again = call("POST", "/api/bloc/reports/2022/H1", BLOC_USER);
    assertThat(again.statusCode()).as(text(again)).isEqualTo(200);
    JsonNode version2 = JSON.readTree(again.body());
    assertThat(version2.path("version").asInt()).isEqualTo(2);
    assertThat(version2.path("by").asText()).isEqualTo(BLOC_USER);
    assertThat(version2.path("submitted").asInt()).isEqualTo(2);
    assertThat(version2.path("late").asInt()).isEqualTo(1);

    HttpResponse<byte[]> docx = call("GET", "/api/bloc/reports/2022/H1/document", BLOC_USER);
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("Content-Disposition").orElse(""))
        .contains("bao-cao-tong-hop-khoi-6-thang-2022.docx");
    // kept for a look at the layout (target/ is the build's)
    java.nio.file.Files.write(java.nio.file.Path.of("target", "bloc-report-2022-H1.docx"),
        docx.body());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      String body = String.join("\n", doc.getParagraphs().stream()
          .map(XWPFParagraph::getText).toList());
      assertThat(body).contains("BÁO CÁO",
          "tổng hợp kết quả thực hiện quy chế dân chủ ở cơ sở của các cơ quan thuộc Khối"
              + " 6 tháng đầu năm 2022",
          "2/3 cơ quan thuộc Khối đã gửi báo cáo, trong đó 1 cơ quan nộp đúng hạn và 1 cơ quan"
              + " nộp muộn; 1 cơ quan chưa nộp",
          "Các cơ quan chưa gửi báo cáo (1): Ban Quản lý dự án (thử nghiệm).");
      String heading = doc.getTables().get(0).getText();
      assertThat(heading).contains("ĐẢNG ỦY KHỐI CÁC CƠ QUAN THÀNH PHỐ", "-BC/ĐUK",
          "ĐẢNG CỘNG SẢN VIỆT NAM");
      // the appendix's first table: a row per agency with its state, then the totals
      Map<String, List<String>> rows = new LinkedHashMap<>();
      XWPFTable first = doc.getTables().stream()
          .filter(t -> t.getRow(0).getCell(1).getText().equals("Cơ quan")).findFirst()
          .orElseThrow();
      for (XWPFTableRow row : first.getRows().subList(1, first.getRows().size())) {
        List<String> cells = row.getTableCells().stream().map(x -> x.getText()).toList();
        rows.put(cells.get(1), cells);
      }
      assertThat(rows.keySet()).containsExactly("Ban Tuyên giáo Thành ủy",
          "Sở Tư pháp (thử nghiệm)", "Ban Quản lý dự án (thử nghiệm)", "Tổng cộng");
      assertThat(rows.get("Ban Tuyên giáo Thành ủy")).containsExactly("1",
          "Ban Tuyên giáo Thành ủy", "2", "5", "Đúng hạn, số 01-BC/BTGTU ngày 10/07/2022");
      assertThat(rows.get("Sở Tư pháp (thử nghiệm)")).containsExactly("2",
          "Sở Tư pháp (thử nghiệm)", "1", "5", "Nộp muộn, số 01-BC/STP ngày 20/07/2022");
      assertThat(rows.get("Ban Quản lý dự án (thử nghiệm)")).containsExactly("3",
          "Ban Quản lý dự án (thử nghiệm)", "-", "-", "Chưa nộp");
      assertThat(rows.get("Tổng cộng")).containsExactly("", "Tổng cộng", "3", "10",
          "2/3 đã nộp");
    }
    // no LibreOffice in the H2 tests: the PDF is refused with the reason
    HttpResponse<byte[]> pdf = call("GET", "/api/bloc/reports/2022/H1/document.pdf", BLOC_USER);
    assertThat(pdf.statusCode()).isEqualTo(404);
    assertThat(text(pdf)).contains("chưa có bản PDF");
  }

  @Test
  void theBlocsBodiesGetCockpitAndNothingOfTheAgenciesInstances() {
    cockpit.grant();
    assertThat(cockpit.grant()).isZero();
    List<Authorization> granted = authorizations.createAuthorizationQuery()
        .groupIdIn("khoi-dang-uy").list();
    // Cockpit; Tasklist, its filter and the receipt's definition (bloc/); the engine's own
    // READ on the group: no agency's definition, instance, task or history
    assertThat(granted).extracting(g -> g.getResourceType() + ":" + g.getResourceId())
        .contains(Resources.APPLICATION.resourceType() + ":cockpit",
            Resources.GROUP.resourceType() + ":khoi-dang-uy")
        .allSatisfy(g -> assertThat(g).matches("0:(cockpit|tasklist)|2:khoi-dang-uy"
            + "|6:qcdc-bloc-receipt|5:[0-9a-f-]{36}"));
    Authorization app = granted.stream()
        .filter(g -> g.getResourceType() == Resources.APPLICATION.resourceType()
            && "cockpit".equals(g.getResourceId())).findFirst().orElseThrow();
    assertThat(app.getResourceType()).isEqualTo(Resources.APPLICATION.resourceType());
    assertThat(app.getResourceId()).isEqualTo("cockpit");
    assertThat(app.isPermissionGranted(Permissions.ACCESS)).isTrue();
    // the City Steering Committee alike
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("bcd-thanh-pho").list())
        .extracting(g -> g.getResourceType() + ":" + g.getResourceId())
        .contains("0:cockpit").allSatisfy(g -> assertThat(g).matches("0:(cockpit|tasklist)"
            + "|2:bcd-thanh-pho|6:qcdc-bloc-receipt|5:[0-9a-f-]{36}"));
  }

  /**
   * The benchmark's load (60 agencies x 12 units, both reviews filed, every indicator) for the
   * year 2030, written straight into the tables: the dashboard's queries read every row of the
   * year whatever the agencies shown, so this times what 60 agencies cost it.
   */
  @Test
  void sixtyAgenciesOfTwelveUnitsReadInUnderASecond() {
    int year = 2030;
    List<Object[]> reportRows = new ArrayList<>();
    List<Object[]> reviewRows = new ArrayList<>();
    List<Object[]> figureRows = new ArrayList<>();
    java.sql.Timestamp t = java.sql.Timestamp.from(at(7, 10));
    for (int n = 0; n < 60; n++) {
      String agency = n == 0 ? a : "bench-" + n;
      for (String period : List.of("H1", "YEAR")) {
        reportRows.add(new Object[] {java.util.UUID.randomUUID().toString(), year, period,
            "Báo cáo", "Đánh giá", 12, 12, "SUBMITTED", 1, t, n + 1 + "-BC/B" + n, t, agency});
        for (int u = 0; u < 12; u++) {
          String id = java.util.UUID.randomUUID().toString();
          reviewRows.add(new Object[] {id, year, period, "bench-" + n + "-" + period + "-" + u,
              "DEPARTMENT", "x", "x", "x", t, agency});
          for (Indicator i : Indicator.values()) {
            figureRows.add(new Object[] {id, i.name(), 1});
          }
        }
      }
    }
    jdbc.batchUpdate("""
        INSERT INTO qcdc_report (id, cycle_year, period, title, summary, units_expected,
            units_filed, status, revision, consolidated_at, sent_to_city, sent_to_bloc, archived,
            document_number, submitted_at, agency)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, TRUE, TRUE, ?, ?, ?)
        """, reportRows);
    jdbc.batchUpdate("""
        INSERT INTO qcdc_unit_review (id, cycle_year, period, unit_code, unit_kind,
            key_tasks_result, strengths, shortcomings, late, submitted_at, agency)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)
        """, reviewRows);
    jdbc.batchUpdate("INSERT INTO qcdc_review_figure (review_id, indicator, figure_value,"
        + " corrected) VALUES (?, ?, ?, FALSE)", figureRows);
    ClockUtil.setCurrentTime(java.util.Date.from(
        LocalDateTime.of(year, 12, 28, 9, 0).atZone(Clock.ZONE).toInstant()));
    service.year(year); // warm-up
    long[] took = new long[5];
    BlocProgress p = null;
    for (int i = 0; i < took.length; i++) {
      long t0 = System.nanoTime();
      p = service.year(year);
      took[i] = (System.nanoTime() - t0) / 1_000_000;
    }
    Arrays.sort(took);
    System.out.printf("BLOC-PROGRESS-TIMING 60 agencies x 12 units (%d reports, %d reviews,"
        + " %d figures, H2): median %d ms, max %d ms%n", reportRows.size(), reviewRows.size(),
        figureRows.size(), took[2], took[4]);
    assertThat(took[2]).isLessThan(1000);
    // the first agency's year-end: its 12 units' 1 session each
    BlocProgress.Report yearEnd = p.agencies().get(0).reports().get(1);
    assertThat(yearEnd.status()).isEqualTo(BlocProgress.Status.SUBMITTED_ON_TIME);
    assertThat(yearEnd.figures().get("disseminationSessions")).isEqualTo(12);
  }

  /**
   * Where the bloc's receipt is recorded (the bloc package's qcdc_bloc_receipt, made here with
   * the columns it has), each body's latest decision shows: both bodies accepted Ban Tuyên
   * giáo's report, the Party Committee returned Sở Tư pháp's after first receiving it.
   */
  @Test
  void theBodiesReceiptsShowAcceptedAndReturned() {
    try {
      String sql = "INSERT INTO qcdc_bloc_receipt (id, agency, report_id, cycle_year, period,"
          + " revision, body, status, on_time, reason, received_at, decided_at)"
          + " SELECT ?, agency, id, 2022, 'H1', 1, ?, ?, ?, ?, ?, ? FROM qcdc_report"
          + " WHERE agency = ? AND cycle_year = 2022 AND period = 'H1'";
      java.sql.Timestamp received = java.sql.Timestamp.from(at(7, 10));
      java.sql.Timestamp later = java.sql.Timestamp.from(at(7, 21));
      jdbc.update(sql, "r1", "khoi-dang-uy", "ACCEPTED", true, null, received, later, a);
      jdbc.update(sql, "r2", "bcd-thanh-pho", "ACCEPTED", true, null, received, later, a);
      jdbc.update(sql, "r3", "khoi-dang-uy", "RECEIVED", false, null, received, null, b);
      jdbc.update(sql, "r4", "khoi-dang-uy", "RETURNED", false, "Thiếu số liệu đối thoại",
          later, later, b);
      BlocProgress p = new BlocProgressService(jdbc, agencies, deadline, properties).year(YEAR);
      assertThat(p.receiptsKnown()).isTrue();
      BlocProgress.Report accepted = BlocReports.reportOf(p.agencies().get(0), Period.H1);
      assertThat(accepted.status()).isEqualTo(BlocProgress.Status.ACCEPTED);
      assertThat(accepted.statusLabel()).isEqualTo("Đã tiếp nhận");
      assertThat(accepted.receipts()).extracting(BlocProgress.Receipt::body)
          .containsExactly("khoi-dang-uy", "bcd-thanh-pho");
      BlocProgress.Report returned = BlocReports.reportOf(p.agencies().get(1), Period.H1);
      assertThat(returned.status()).isEqualTo(BlocProgress.Status.RETURNED);
      assertThat(returned.late()).isTrue();
      assertThat(returned.receipts()).singleElement().satisfies(r -> {
        assertThat(r.status()).isEqualTo("RETURNED");
        assertThat(r.statusLabel()).isEqualTo("Trả lại");
      });
      BlocProgress.Totals h1 = BlocReports.totals(p, Period.H1);
      assertThat(h1.accepted()).isEqualTo(1);
      assertThat(h1.returned()).isEqualTo(1);
      assertThat(h1.submitted()).isEqualTo(2);
    } finally {
      jdbc.update("DELETE FROM qcdc_bloc_receipt WHERE id IN ('r1', 'r2', 'r3', 'r4')");
    }
  }
}
