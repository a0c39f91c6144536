package vn.qcdc.flow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.cycle.AnnualCycle;
import vn.qcdc.flow.cycle.AnnualCycleRepository;
import vn.qcdc.flow.dissemination.DisseminationRecord;
import vn.qcdc.flow.dissemination.DisseminationRecordRepository;
import vn.qcdc.flow.organisation.Agencies;
import vn.qcdc.flow.organisation.OrganisationFile;
import vn.qcdc.flow.reporting.ConsolidatedReport;
import vn.qcdc.flow.reporting.ConsolidatedReportRepository;
import vn.qcdc.flow.tenancy.AgencyContext;

/**
 * The demo profile at start-up, a bloc of three agencies (the first agency, Ban Dân vận and Ban
 * Tổ chức of organisation/demo-agencies): 2021 finished in history in each; 2022 in progress in
 * each, the first agency late (open in dissemination with seven units done and Phòng Tuyên
 * truyền late, its own task and the follow-up task open, no six-month report) while the two
 * others sent their six-month reports and are at the year-end report's approval; no timer of
 * the cycles left to fire under today's clock; each agency's records its own; a second start
 * creates nothing.
 */
// The same context as progress/ProgressRestTest (the same annotations: Spring caches one context
// for both; neither changes the demo data).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:qcdc-demo;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"})
class DemoDataTest {

  /** The first agency (the tests' copy of the demo agency): the late one in 2022. */
  static final String FIRST = "btgtu";
  /** The demo bloc's other agencies, on time in 2022: code and symbol. */
  static final Map<String, String> ON_TIME = Map.of("bdvtu", "BDVTU", "btctu", "BTCTU");
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DemoData demo;
  @Autowired
  AnnualCycleRepository cycles;
  @Autowired
  DisseminationRecordRepository disseminations;
  @Autowired
  vn.qcdc.flow.review.YearKeyTasks yearKeyTasks;
  @Autowired
  vn.qcdc.flow.organisation.BoardElectionRepository elections;
  @Autowired
  vn.qcdc.flow.organisation.InspectionBoard board;
  @Autowired
  Agencies agencies;
  @Autowired
  ConsolidatedReportRepository reports;

  @Test
  void aFinishedYearAndAYearInProgressOnceOnly() {
    HistoricProcessInstance y2021 = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("QCDC-2021").tenantIdIn(FIRST)
        .processDefinitionKey("qcdc-annual-cycle")
        .singleResult();
    assertThat(y2021.getEndTime()).isNotNull();
    assertThat(y2021.getState()).isEqualTo("COMPLETED");
    assertThat(cycles.findById(2021).orElseThrow().getStatus()).isEqualTo(AnnualCycle.CLOSED);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey("QCDC-2021").tenantIdIn(FIRST)
        .taskDefinitionKey("ConfirmRating").finished().count()).isEqualTo(6);
    // Issue 18: in both reviews of 2021 the inspections were done by the members the steering
    // committee named (III.3), and the Party secretary answered the union's report (II.5.a).
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey("QCDC-2021").tenantIdIn(FIRST).taskDefinitionKey("InspectUnit")
        .finished()
        .list()).hasSize(4).extracting(h -> h.getAssignee())
        .containsOnly("phoban", "bcd").contains("phoban", "bcd");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey("QCDC-2021").tenantIdIn(FIRST)
        .taskDefinitionKey("AnswerUnionSentiment")
        .finished().list()).hasSize(2).extracting(h -> h.getAssignee()).containsOnly("bithu");
    // Issue 18: the 2021 conference elected the People's Inspection Board (three officials of
    // the departments and centres, for 2021-2023), and the board's group is the elected
    // members; its review of each period was filed by one of them.
    assertThat(elections.findByBoardUnitOrderByTermStartDescRecordedAtDesc("ban-thanh-tra"))
        .singleElement().satisfies(e -> {
          assertThat(e.getYear()).isEqualTo(2021);
          assertThat(e.getTermStart()).isEqualTo(java.time.LocalDate.of(2021, 3, 10));
          assertThat(e.getTermEnd()).isEqualTo(java.time.LocalDate.of(2023, 3, 9));
          assertThat(e.getRecordedBy()).isEqualTo("bcd");
          assertThat(e.getMembers()).hasSize(3).allSatisfy(m ->
              assertThat(board.eligible()).containsKey(m));
          assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("ban-thanh-tra")
              .list()).extracting(u -> u.getId())
              .containsExactlyInAnyOrderElementsOf(e.getMembers());
          assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
              .processInstanceBusinessKey("QCDC-2021").tenantIdIn(FIRST)
              .taskDefinitionKey("FileInspectionBoardReview").finished().list()).hasSize(2)
              .allSatisfy(h -> assertThat(e.getMembers()).contains(h.getAssignee()));
        });
    // ... and the Party cell assessed, in each review, how QCDC was led (I.2).
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey("QCDC-2021").tenantIdIn(FIRST)
        .taskDefinitionKey("ReviewPartyLeadership")
        .finished().list()).hasSize(2).extracting(h -> h.getAssignee()).containsOnly("bithu");

    // II.3: the year's key tasks from above, led by the units the head named, done by year-end.
    assertThat(yearKeyTasks.of(2021)).extracting(t -> t.getOwnerUnit() + " " + t.getState()
        + " " + t.getUpdatedBy()).containsExactly("phong-tuyen-truyen HOAN_THANH tuyentruyen",
        "phong-tong-hop HOAN_THANH tonghop", "phong-tong-hop HOAN_THANH tonghop");
    assertThat(yearKeyTasks.of(2022)).extracting(t -> t.getOwnerUnit() + " " + t.getState())
        .containsExactly("phong-tuyen-truyen CHUA_THUC_HIEN", "phong-tong-hop CHUA_THUC_HIEN",
            "phong-tong-hop CHUA_THUC_HIEN");

    var y2022 = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("QCDC-2022").tenantIdIn(FIRST)
        .processDefinitionKey("qcdc-annual-cycle")
        .singleResult();
    assertThat(y2022).isNotNull();
    List<DisseminationRecord> done = disseminations.findByYear(2022);
    assertThat(done).hasSize(7).allSatisfy(r -> assertThat(r.isLate()).isFalse());
    assertThat(done.stream().map(DisseminationRecord::getUnitCode).toList())
        .doesNotContain("phong-tuyen-truyen");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("QCDC-2022")
        .tenantIdIn(FIRST)
        .taskDefinitionKey("RecordDissemination").taskCandidateGroup("phong-tuyen-truyen")
        .count()).isEqualTo(1);
    List<Task> followUps = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey("QCDC-2022").tenantIdIn(FIRST)
        .taskDefinitionKey("FollowUpLateUnit").list();
    assertThat(followUps).singleElement().satisfies(t -> {
      assertThat(t.getName()).isEqualTo("Đôn đốc Phòng Tuyên truyền quán triệt");
      assertThat(t.getDueDate()).isNotNull();
    });
    // Issue 18 (II.1, III.1): the meetings units recorded through the year so far, each
    // started from its start form by a member of the unit.
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("qcdc-dissemination-session").tenantIdIn(FIRST).list().stream()
        .map(h -> h.getBusinessKey() + " " + h.getStartUserId()).toList())
        .containsExactlyInAnyOrder("QCDC-2022-PB-cap-uy bithu", "QCDC-2022-PB-cong-doan congdoan",
            "QCDC-2022-PB-phong-ly-luan lyluan");
    TreeSet<String> noProposalsYet = new TreeSet<>();
    for (Task t : engine.getTaskService().createTaskQuery().processInstanceBusinessKey("QCDC-2022")
        .tenantIdIn(FIRST)
        .taskDefinitionKey("SubmitProposals").list()) {
      noProposalsYet.add((String) engine.getTaskService().getVariable(t.getId(), "unitCode"));
    }
    assertThat(noProposalsYet)
        .containsExactly("phong-tuyen-truyen", "phong-van-hoa", "trung-tam-du-luan");
    // Nothing of the demo years left for the job executor under today's clock.
    assertThat(engine.getManagementService().createJobQuery().timers().count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("QCDC-2022-%").count()).isZero();

    long tasks = engine.getTaskService().createTaskQuery().count();
    long history = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    assertThat(demo.create()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(tasks);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count())
        .isEqualTo(history);
  }

  @Test
  void threeAgenciesTheFirstLateIn2022() {
    assertThat(agencies.codes()).containsExactly(FIRST, "bdvtu", "btctu");
    for (String agency : agencies.codes()) {
      OrganisationFile file = agencies.of(agency);
      String symbol = file.getAgency().getShortName();
      Set<String> ownUnits = file.getUnits().stream().map(OrganisationFile.Unit::getCode)
          .collect(Collectors.toSet());
      Set<String> ownPeople = file.getPeople().stream().map(OrganisationFile.Person::getId)
          .collect(Collectors.toSet());

      // 2021 finished and closed, both reports sent with the agency's own numbers.
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey("QCDC-2021").processDefinitionKey("qcdc-annual-cycle")
          .tenantIdIn(agency).singleResult().getState()).as(agency).isEqualTo("COMPLETED");
      assertThat(AgencyContext.call(agency, () -> cycles.findById(2021)).orElseThrow()
          .getStatus()).as(agency).isEqualTo(AnnualCycle.CLOSED);
      for (String[] period : new String[][] {{"H1", "01"}, {"YEAR", "02"}}) {
        ConsolidatedReport report = AgencyContext.call(agency,
            () -> reports.findByYearAndPeriod(2021, period[0])).orElseThrow();
        assertThat(report.getAgency()).isEqualTo(agency);
        assertThat(report.getStatus()).isEqualTo(ConsolidatedReport.SUBMITTED);
        assertThat(report.getDocumentNumber()).isEqualTo(period[1] + "-BC/" + symbol);
        assertThat(report.getLateUnits() == null ? "" : report.getLateUnits()).isEmpty();
      }
      // Its units' ratings confirmed by its own head.
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
          .processInstanceBusinessKey("QCDC-2021").tenantIdIn(agency)
          .taskDefinitionKey("ConfirmRating").finished().list()).isNotEmpty()
          .allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo(file.getAgency().getHead()));

      // 2022 running in each.
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey("QCDC-2022").processDefinitionKey("qcdc-annual-cycle")
          .tenantIdIn(agency).count()).as(agency).isEqualTo(1);
      assertThat(AgencyContext.call(agency, () -> cycles.findById(2022)).orElseThrow()
          .getStatus()).as(agency).isNotEqualTo(AnnualCycle.CLOSED);

      // Its records are its own: the dissemination of both years by its own units only.
      for (int year : new int[] {2021, 2022}) {
        assertThat(AgencyContext.call(agency, () -> disseminations.findByYear(year)))
            .isNotEmpty().allSatisfy(r -> assertThat(ownUnits).contains(r.getUnitCode()));
      }
      // Every task of its years was offered to its own groups and done by its own people; the
      // bloc's receipt of its reports (in its tenant) by the bloc's bodies.
      for (var task : engine.getHistoryService().createHistoricTaskInstanceQuery()
          .tenantIdIn(agency).list()) {
        if ("ReceiveReport".equals(task.getTaskDefinitionKey())) {
          assertThat(task.getName()).isEqualTo("Tiếp nhận báo cáo của "
              + file.getAgency().getName());
          assertThat(engine.getHistoryService().createHistoricIdentityLinkLogQuery()
              .taskId(task.getId()).list()).allSatisfy(l -> assertThat(l.getGroupId() == null
                  || Set.of("khoi-dang-uy", "bcd-thanh-pho").contains(l.getGroupId())).isTrue());
          continue;
        }
        if (task.getAssignee() != null) {
          assertThat(ownPeople).as(task.getName()).contains(task.getAssignee());
        }
        for (var link : engine.getHistoryService().createHistoricIdentityLinkLogQuery()
            .taskId(task.getId()).list()) {
          if (link.getGroupId() != null) {
            assertThat(ownUnits).as(task.getName()).contains(link.getGroupId());
          }
        }
      }
    }

    // The bloc's bodies accepted every 2021 report (3 agencies x 2 reports x 2 bodies); the two
    // six-month reports of 2022 wait in their Tasklist, one task per body.
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qcdc_bloc_receipt WHERE cycle_year ="
        + " 2021 AND status = 'ACCEPTED'", Integer.class)).isEqualTo(12);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(
        "KHOI-2022-H1-%").taskDefinitionKey("ReceiveReport").list())
        .extracting(t -> t.getTenantId()).containsExactlyInAnyOrder("bdvtu", "bdvtu", "btctu",
            "btctu");

    // 2022: the first agency is late: no six-month report (its year is stuck in dissemination),
    // while the two others sent theirs on time and have their year-end report to approve.
    assertThat(AgencyContext.call(FIRST, () -> reports.findByYearAndPeriod(2022, "H1")))
        .isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("QCDC-2022")
        .tenantIdIn(FIRST).taskDefinitionKeyIn("FileUnitReview", "ApproveReport").count())
        .isZero();
    ON_TIME.forEach((agency, symbol) -> {
      ConsolidatedReport h1 = AgencyContext.call(agency,
          () -> reports.findByYearAndPeriod(2022, "H1")).orElseThrow();
      assertThat(h1.getStatus()).isEqualTo(ConsolidatedReport.SUBMITTED);
      assertThat(h1.getDocumentNumber()).isEqualTo("01-BC/" + symbol);
      assertThat(h1.getUnitsFiled()).isEqualTo(h1.getUnitsExpected());
      assertThat(h1.getLateUnits() == null ? "" : h1.getLateUnits()).isEmpty();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("QCDC-2022")
          .tenantIdIn(agency).list()).singleElement().satisfies(t -> {
            assertThat(t.getTaskDefinitionKey()).isEqualTo("ApproveReport");
            assertThat(engine.getTaskService().getIdentityLinksForTask(t.getId()))
                .anySatisfy(l -> assertThat(l.getGroupId())
                    .isEqualTo(agencies.of(agency).getRoles().getLeadership()));
          });
      assertThat(AgencyContext.call(agency, () -> reports.findByYearAndPeriod(2022, "YEAR")))
          .hasValueSatisfying(r -> assertThat(r.getStatus()).isNotEqualTo(
              ConsolidatedReport.SUBMITTED));
    });
  }

  @LocalServerPort
  int port;

  /** GET as a demo user of the demo bloc's agencies (their password is their id). */
  HttpResponse<String> get(String path, String user) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString((user + ":" + user)
                .getBytes(StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The other agencies' own leadership sees its whole agency in "Tiến độ QCDC" and reads its
   * reports, register and ratings (the roles of its own file, not the first agency's group ids), and nothing of
   * another agency; a department's member reads no report.
   */
  @Test
  void eachAgencysLeadershipSeesItsOwnProgressAndReports() throws Exception {
    ON_TIME.forEach((agency, symbol) -> {
      OrganisationFile file = agencies.of(agency);
      String head = file.getAgency().getHead();
      try {
        HttpResponse<String> progress = get("/api/progress?year=2022", head);
        assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
        JsonNode shown = JSON.readTree(progress.body());
        assertThat(shown.path("scope").asText()).isEqualTo("AGENCY");
        List<String> units = new ArrayList<>();
        shown.path("units").forEach(u -> units.add(u.path("code").asText()));
        assertThat(units).isNotEmpty().allSatisfy(u -> assertThat(file.getUnits().stream()
            .map(OrganisationFile.Unit::getCode)).contains(u));
        assertThat(shown.path("reports").toString()).contains("01-BC/" + symbol)
            .doesNotContain("BTGTU", agency.equals("bdvtu") ? "BTCTU" : "BDVTU");

        HttpResponse<String> h1 = get("/api/reports/2022/H1", head);
        assertThat(h1.statusCode()).as(h1.body()).isEqualTo(200);
        assertThat(h1.body()).contains("01-BC/" + symbol);
        // ... and its register and its 2021 ratings, the first agency's not.
        HttpResponse<String> register = get("/api/register", head);
        assertThat(register.statusCode()).as(register.body()).isEqualTo(200);
        assertThat(register.body()).contains(symbol).doesNotContain("BTGTU");
        assertThat(get("/api/emulation/2021/ratings.xlsx", head).statusCode()).isEqualTo(200);
        String auditor = file.getPeople().stream().filter(p -> p.getId().endsWith("kiemtoan"))
            .findFirst().orElseThrow().getId();
        assertThat(get("/api/reports/2022/H1", auditor).statusCode()).isEqualTo(200);
        String member = file.getPeople().stream().filter(p -> p.getUnits().contains(
            file.getRoles().getUnion())).findFirst().orElseThrow().getId();
        assertThat(get("/api/reports/2022/H1", member).statusCode()).isEqualTo(403);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
