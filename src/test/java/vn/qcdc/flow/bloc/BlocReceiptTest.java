package vn.qcdc.flow.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.access.CredentialGuard;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.organisation.OrganisationFileLoader;
import vn.qcdc.flow.organisation.OrganisationSync;
import vn.qcdc.flow.reporting.ConsolidatedReport;
import vn.qcdc.flow.reporting.ReportingService;
import vn.qcdc.flow.review.Period;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.RestDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * Issue 16, step 5: the bloc's bodies receive an agency's six-month report in their Tasklist,
 * one accepts it, the other returns it with a reason, the agency revises, approves and submits
 * it again, and both receive the new revision. The bloc set its six-month deadline (20/07), so
 * the agency's review starts on 18/06 instead of its own 15/06. The bloc's users act over REST
 * as Tasklist does; the agency's officials can neither see nor complete their tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:qcdc-bloc;DB_CLOSE_DELAY=-1",
    "qcdc.bloc.file=classpath:organisation/test-bloc.yml",
    "qcdc.bloc.deadlines.six-month=07-20"})
@ActiveProfiles("test")
class BlocReceiptTest {

  static final int YEAR = 2040;
  static final String PARTY = "khoi-dang-uy";
  static final String CITY = "bcd-thanh-pho";
  static final String REASON = "Bổ sung kết quả kiểm tra của Ban Chỉ đạo cơ quan tại các phòng.";

  @Autowired
  vn.qcdc.flow.organisation.Agencies organisations;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  TestRestTemplate http;
  @Autowired
  BlocReceipts bloc;
  @Autowired
  ReportingService reporting;
  @Autowired
  AgencyNames agencies;
  @Autowired
  BlocAccess access;
  @Autowired
  OrganisationSync sync;
  @Autowired
  OrganisationFileLoader files;
  @Autowired
  CredentialGuard guard;
  @Autowired
  BlocProperties properties;
  @Autowired
  org.springframework.core.env.Environment environment;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @SuppressWarnings("unchecked")
  void oneBodyAcceptsTheOtherReturnsAndTheRevisedReportComesBackToBoth() {
    TaskService taskService = engine.getTaskService();
    RestDesk rest = new RestDesk(http);
    YearDriver y = new YearDriver(engine, new JavaDesk(engine, cycles), YEAR);
    y.start();

    // The review dates follow from the bloc's deadline; the year-end keeps the agency's day.
    String cycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(y.businessKey()).processDefinitionKey("qcdc-annual-cycle")
        .singleResult().getId();
    assertThat(engine.getRuntimeService().getVariable(cycle, "midYearReviewStart"))
        .isEqualTo(Clock.startOfDay(LocalDate.of(YEAR, 6, 18)));
    assertThat(engine.getRuntimeService().getVariable(cycle, "yearEndReviewStart"))
        .isEqualTo(Clock.startOfDay(LocalDate.of(YEAR, 11, 20)));
    y.firstHalf();
    y.clock(6, 17);
    y.runDueJobs();
    assertThat(y.tasks("FileUnitReview")).isEmpty();
    y.clock(6, 18);
    y.runDueJobs();
    assertThat(y.tasks("FileUnitReview")).isNotEmpty().allSatisfy(t -> assertThat(
        taskService.getVariable(t.getId(), "reviewDueDate")).isEqualTo(YEAR + "-07-03"));
    y.wholeReview("01-BC/BTGTU");

    // Sent: one receipt task per body, each offered to its body's group only.
    ConsolidatedReport report = reporting.report(YEAR, Period.H1).orElseThrow();
    assertThat(report.getStatus()).isEqualTo(ConsolidatedReport.SUBMITTED);
    int firstRevision = report.getRevision();
    String agencyName = agencies.nameOf(null);
    List<Task> open = receiptTasks();
    assertThat(open).hasSize(2).allSatisfy(t -> assertThat(t.getName())
        .isEqualTo("Tiếp nhận báo cáo của " + agencyName));
    Task party = receiptTaskOf(PARTY);
    Task city = receiptTaskOf(CITY);
    assertThat(groupsOf(party)).containsExactly(PARTY);
    assertThat(groupsOf(city)).containsExactly(CITY);
    assertThat(taskService.getVariable(party.getId(), "documentNumber")).isEqualTo("01-BC/BTGTU");
    assertThat(taskService.getVariable(party.getId(), "submittedOnTime")).isEqualTo("Đúng hạn");
    assertThat(bloc.of(report.getId())).hasSize(2).allSatisfy(r -> {
      assertThat(r.getStatus()).isEqualTo(BlocReceipt.RECEIVED);
      assertThat(r.getOnTime()).isTrue();
      assertThat(r.getRevision()).isEqualTo(firstRevision);
    });

    // Over REST each body sees its own task only; the agency's officials see none and cannot
    // complete one (general affairs: not offered to it; leadership: reads, may not work it).
    assertThat(taskIdsOverRest("dangykhoi")).containsExactly(party.getId());
    assertThat(taskIdsOverRest("bcdtp")).containsExactly(city.getId());
    assertThat(taskIdsOverRest("tonghop")).isEmpty();
    // The bloc's user: its receipt and no task of the agency, one Tasklist filter, and no grant
    // but Tasklist, its group, the receipt's definition and that filter (a second start adds
    // nothing).
    assertThat(allTaskIdsOverRest("dangykhoi")).containsExactly(party.getId());
    assertThat(allTaskIdsOverRest("tonghop")).doesNotContain(party.getId(), city.getId());
    access.run(null);
    ResponseEntity<List> filters = http.exchange("/engine-rest/filter", HttpMethod.GET,
        new HttpEntity<>(rest.headers("dangykhoi")), List.class);
    assertThat(filters.getStatusCode().value()).isEqualTo(200);
    assertThat(((List<Map<String, Object>>) filters.getBody())).extracting(f -> f.get("name"))
        .containsExactly("Báo cáo chờ tiếp nhận");
    for (String group : List.of(PARTY, CITY)) {
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group)
          .list()).extracting(a -> Resources.values()[resourceIndex(a.getResourceType())]
              + ":" + a.getResourceId())
          .containsExactlyInAnyOrder(Resources.APPLICATION + ":tasklist",
              Resources.APPLICATION + ":cockpit", // their dashboard (blocview)
              Resources.GROUP + ":" + group,
              Resources.PROCESS_DEFINITION + ":qcdc-bloc-receipt",
              Resources.FILTER + ":" + engine.getFilterService().createTaskFilterQuery()
                  .filterName("Báo cáo chờ tiếp nhận").singleResult().getId(),
              Resources.TASK + ":" + (group.equals(PARTY) ? party.getId() : city.getId()));
    }
    for (String official : List.of("tonghop", "truongban")) {
      ResponseEntity<Map> done = rest.post("/engine-rest/task/" + party.getId() + "/submit-form",
          official, Map.of("variables", Map.of("receiptDecision",
              Map.of("value", "accept", "type", "String"))));
      assertThat(done.getStatusCode().value()).as(official).isEqualTo(403);
      ResponseEntity<Map> claim = rest.post("/engine-rest/task/" + party.getId() + "/claim",
          official, Map.of("userId", official));
      assertThat(claim.getStatusCode().value()).as(official).isEqualTo(403);
    }
    assertThat(http.exchange("/engine-rest/task/" + party.getId(), HttpMethod.GET,
        new HttpEntity<>(rest.headers("tonghop")), Map.class).getStatusCode().is2xxSuccessful())
        .isFalse();
    // The bloc's user reads the report it receives (the form's link, with the session).
    assertThat(http.exchange("/api/reports/" + YEAR + "/H1/document?version="
            + taskService.getVariable(party.getId(), "reportWordUrl").toString()
            .replaceAll(".*version=", ""), HttpMethod.GET,
        new HttpEntity<>(rest.headers("dangykhoi")), byte[].class).getStatusCode().value())
        .isEqualTo(200);

    // A return without a reason is refused, in Vietnamese, and changes nothing.
    assertThatThrownBy(() -> rest.submit(city.getId(), "bcdtp",
        Map.of("receiptDecision", "return")))
        .isInstanceOfSatisfying(RestDesk.RestRefusal.class, e -> {
          assertThat(e.status).isEqualTo(400);
          assertThat(e.getMessage()).contains("Khi trả lại báo cáo phải ghi «Lý do trả lại»");
        });
    assertThat(receiptTasks()).hasSize(2);
    assertThat(bloc.of(report.getId())).allSatisfy(r ->
        assertThat(r.getStatus()).isEqualTo(BlocReceipt.RECEIVED));
    assertThat(y.tasks("ReviseReturnedReport")).isEmpty();
    assertThat(reporting.report(YEAR, Period.H1).orElseThrow().getStatus())
        .isEqualTo(ConsolidatedReport.SUBMITTED);

    // The Party Committee accepts; the City Steering Committee returns it with its reason.
    rest.submit(party.getId(), "dangykhoi", Map.of("receiptDecision", "accept"));
    rest.submit(city.getId(), "bcdtp", Map.of("receiptDecision", "return",
        "returnReason", REASON));
    assertThat(receiptTasks()).isEmpty();
    assertThat(bloc.of(report.getId())).extracting(BlocReceipt::getBody, BlocReceipt::getStatus,
        BlocReceipt::getDecidedBy, BlocReceipt::getReason).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("agencies-bloc-party-committee",
            BlocReceipt.ACCEPTED, "dangykhoi", null),
        org.assertj.core.groups.Tuple.tuple("city-steering-committee", BlocReceipt.RETURNED,
            "bcdtp", REASON));
    ConsolidatedReport returned = reporting.report(YEAR, Period.H1).orElseThrow();
    assertThat(returned.getStatus()).isEqualTo(ConsolidatedReport.RETURNED);
    assertThat(returned.getReturnedAt()).isNotNull();

    // The agency's general affairs revises it, with the body and its reason on the task.
    Task revise = y.task("ReviseReturnedReport");
    assertThat(revise.getName()).isEqualTo("Hoàn thiện báo cáo bị trả lại - "
        + Period.H1.label(YEAR));
    assertThat(groupsOf(revise)).containsExactly("phong-tong-hop");
    assertThat(taskService.getVariable(revise.getId(), "returnedBy"))
        .isEqualTo("Ban Chỉ đạo QCDCCS thành phố");
    assertThat((String) taskService.getVariable(revise.getId(), "returnReason"))
        .contains(REASON);
    y.clock(7, 25); // after the bloc's 20/07: the revised report comes late
    y.work(revise, Map.of("reportSummary", returned.getSummary() + " Đã bổ sung kết quả kiểm tra.",
        "nextPeriodProposals", "Tiếp tục kiểm tra việc thực hiện QCDC tại các phòng."));
    y.runDueJobs(); // the report generated again
    y.work(y.task("ApproveReport"), y.script().approveReport());
    Task submit = y.task("SubmitReport");
    assertThat(taskService.getVariableLocal(submit.getId(), "documentNumber"))
        .isEqualTo("02-BC/BTGTU");
    y.work(submit, y.script().submitReport("02-BC/BTGTU", y.engineToday()));
    y.runDueJobs(); // sent again
    assertThat(y.tasks("ReviseReturnedReport")).isEmpty();

    // Both bodies receive the new revision, late this time.
    ConsolidatedReport resent = reporting.report(YEAR, Period.H1).orElseThrow();
    assertThat(resent.getStatus()).isEqualTo(ConsolidatedReport.SUBMITTED);
    assertThat(resent.getRevision()).isEqualTo(firstRevision + 1);
    assertThat(resent.getDocumentNumber()).isEqualTo("02-BC/BTGTU");
    assertThat(resent.getSummary()).endsWith("Đã bổ sung kết quả kiểm tra.");
    List<Task> again = receiptTasks();
    assertThat(again).hasSize(2);
    assertThat(groupsOf(receiptTaskOf(PARTY))).containsExactly(PARTY);
    assertThat(groupsOf(receiptTaskOf(CITY))).containsExactly(CITY);
    assertThat(again).allSatisfy(t -> {
      assertThat(taskService.getVariable(t.getId(), "reportRevision"))
          .isEqualTo(firstRevision + 1);
      assertThat(taskService.getVariable(t.getId(), "documentNumber")).isEqualTo("02-BC/BTGTU");
      assertThat((String) taskService.getVariable(t.getId(), "submittedOnTime"))
          .startsWith("Trễ hạn");
    });
    assertThat(bloc.of(report.getId())).hasSize(4).filteredOn(r -> r.getRevision()
        == firstRevision + 1).hasSize(2).allSatisfy(r -> {
          assertThat(r.getStatus()).isEqualTo(BlocReceipt.RECEIVED);
          assertThat(r.getOnTime()).isFalse();
        });
    assertThat(taskIdsOverRest("tonghop")).isEmpty();

    // The City Steering Committee returns revision 2 while the Party Committee has not decided:
    // revision 3 replaces the Party Committee's open receipt of revision 2.
    rest.submit(receiptTaskOf(CITY).getId(), "bcdtp", Map.of("receiptDecision", "return",
        "returnReason", "Ghi rõ số đơn vị nộp trễ."));
    assertThat(receiptTasks()).hasSize(1);
    y.work(y.task("ReviseReturnedReport"), Map.of("reportSummary", resent.getSummary(),
        "nextPeriodProposals", "Tiếp tục kiểm tra việc thực hiện QCDC tại các phòng."));
    y.runDueJobs();
    y.work(y.task("ApproveReport"), y.script().approveReport());
    y.work(y.task("SubmitReport"), y.script().submitReport("03-BC/BTGTU", y.engineToday()));
    y.runDueJobs();
    assertThat(receiptTasks()).hasSize(2).allSatisfy(t -> assertThat(
        taskService.getVariable(t.getId(), "reportRevision")).isEqualTo(firstRevision + 2));
    assertThat(bloc.of(report.getId())).hasSize(6)
        .filteredOn(r -> r.getRevision() == firstRevision + 1)
        .extracting(BlocReceipt::getBody, BlocReceipt::getStatus).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("agencies-bloc-party-committee",
                BlocReceipt.SUPERSEDED),
            org.assertj.core.groups.Tuple.tuple("city-steering-committee",
                BlocReceipt.RETURNED));
  }

  /**
   * The bloc's people are the organisation sync's too: a second sync changes nothing and locks
   * nobody; their passwords pass the credential guard like the agency's, and a bloc file with a
   * password written in it (the demo's) is refused.
   */
  @Test
  void theBlocsPeopleAreSyncedKeptAndGuarded() {
    assertThat(sync.sync(files.configured()).changedNothing()).isTrue();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(PARTY).list())
        .extracting(u -> u.getId()).containsExactly("dangykhoi");
    assertThat(engine.getIdentityService().createGroupQuery().groupId(CITY).singleResult()
        .getName()).isEqualTo("Ban Chỉ đạo QCDCCS thành phố");
    assertThat(guard.check(files.configured())).isEmpty();
    BlocPeople demo = new BlocPeople(new BlocProperties("classpath:organisation/demo-bloc.yml",
        properties.bodies(), properties.deadlines()), files);
    assertThat(new CredentialGuard(environment, files, engine, organisations, List.of(demo))
        .check(files.configured())).containsExactlyInAnyOrder(
            "'dangykhoi': the password is written in the organisation file itself (use a"
                + " ${VARIABLE} from the environment or a secret file)",
            "'bcdtp': the password is written in the organisation file itself (use a"
                + " ${VARIABLE} from the environment or a secret file)");
  }

  static int resourceIndex(int type) {
    for (int i = 0; i < Resources.values().length; i++) {
      if (Resources.values()[i].resourceType() == type) {
        return i;
      }
    }
    throw new IllegalArgumentException("resource type " + type);
  }

  List<Task> receiptTasks() {
    return engine.getTaskService().createTaskQuery()
        .processDefinitionKey(BlocReceipts.RECEIPT_PROCESS).list();
  }

  Task receiptTaskOf(String group) {
    return engine.getTaskService().createTaskQuery()
        .processDefinitionKey(BlocReceipts.RECEIPT_PROCESS).taskCandidateGroup(group)
        .includeAssignedTasks().singleResult();
  }

  List<String> groupsOf(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  @SuppressWarnings("unchecked")
  List<String> allTaskIdsOverRest(String user) {
    ResponseEntity<List> response = http.exchange("/engine-rest/task", HttpMethod.GET,
        new HttpEntity<>(new RestDesk(http).headers(user)), List.class);
    assertThat(response.getStatusCode().value()).as(user).isEqualTo(200);
    return ((List<Map<String, Object>>) response.getBody()).stream()
        .map(t -> (String) t.get("id")).toList();
  }

  @SuppressWarnings("unchecked")
  List<String> taskIdsOverRest(String user) {
    ResponseEntity<List> response = http.exchange("/engine-rest/task?processDefinitionKey="
            + BlocReceipts.RECEIPT_PROCESS, HttpMethod.GET,
        new HttpEntity<>(new RestDesk(http).headers(user)), List.class);
    assertThat(response.getStatusCode().value()).as(user).isEqualTo(200);
    return ((List<Map<String, Object>>) response.getBody()).stream()
        .map(t -> (String) t.get("id")).toList();
  }
}
