package vn.qcdc.flow.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.dissemination.DisseminationRecordRepository;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrgUnitRepository;
import vn.qcdc.flow.progress.Progress;
import vn.qcdc.flow.progress.ProgressService;
import vn.qcdc.flow.reporting.ConsolidatedReport;
import vn.qcdc.flow.reporting.ConsolidatedReportRepository;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * Issue 16: three agencies of the bloc on one installation run the same year at once, step by
 * step in turn: the test agency (btgtu) and two made like it (organisation/agencies: stp and
 * bdv, whose unit codes and people carry their prefix). Their records, numbers, reports and
 * tasks never mix, and a user of one agency sees nothing of another's through the engine.
 */
@SpringBootTest(properties = {"qcdc.organisation.directory=classpath:organisation/agencies",
    "qcdc.bloc.file=classpath:organisation/test-bloc.yml"})
abstract class ThreeAgenciesScenarios {

  /** Each agency: its tenant, the prefix of its ids, its symbol. */
  record Agency(String code, String prefix, String symbol) {
  }

  static final List<Agency> AGENCIES = List.of(new Agency("btgtu", "", "BTGTU"),
      new Agency("stp", "stp-", "STP"), new Agency("bdv", "bdv-", "BDVTU"));

  static final Set<String> BLOC_GROUPS = Set.of("khoi-dang-uy", "bcd-thanh-pho");

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ConsolidatedReportRepository reports;
  @Autowired
  DisseminationRecordRepository disseminations;
  @Autowired
  OrgUnitRepository units;
  @Autowired
  ProgressService progress;
  @Autowired
  vn.qcdc.flow.bloc.AgencyNames names;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  abstract int year();

  Map<Agency, YearDriver> years() {
    Map<Agency, YearDriver> years = new LinkedHashMap<>();
    for (Agency a : AGENCIES) {
      years.put(a, new YearDriver(engine, new JavaDesk(engine, cycles), year(), a.code(),
          a.prefix()));
    }
    return years;
  }

  @Test
  void threeAgenciesRunTheSameYearAtOnceAndNothingMixes() {
    int year = year();
    Map<Agency, YearDriver> years = years();
    years.values().forEach(YearDriver::start);
    years.values().forEach(YearDriver::draftAndApprovePlan);
    years.values().forEach(YearDriver::upToTheConference);
    years.values().forEach(y -> {
      y.recordConference(y.script().conference(y.engineToday()));
      y.issueWorkPlan();
    });
    years.values().forEach(y -> {
      y.clock(6, 15);
      y.runDueJobs();
    });
    years.forEach((a, y) -> y.wholeReview("01-BC/" + a.symbol()));

    // One cycle per agency for the same year, each instance in its agency's tenant.
    List<Map<String, Object>> cycleRows = jdbc.queryForList("SELECT agency,"
        + " process_instance_id FROM qcdc_cycle WHERE cycle_year = ? ORDER BY agency", year);
    assertThat(cycleRows).extracting(r -> r.get("agency")).containsExactly("bdv", "btgtu", "stp");
    for (Map<String, Object> row : cycleRows) {
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId((String) row.get("process_instance_id")).singleResult()
          .getTenantId()).isEqualTo(row.get("agency"));
    }

    // Each agency numbered its plan and its report from 01 with its own symbol.
    Map<String, String> plans = jdbc.queryForList("SELECT agency, document_number FROM"
        + " qcdc_plan_document WHERE cycle_year = ?", year).stream().collect(Collectors.toMap(
            r -> (String) r.get("agency"), r -> (String) r.get("document_number")));
    assertThat(plans).containsExactlyInAnyOrderEntriesOf(Map.of("btgtu", "01-KH/BTGTU",
        "stp", "01-KH/STP", "bdv", "01-KH/BDVTU"));

    for (Agency a : AGENCIES) {
      // The agency's records are its own units', as many as its units, nothing of the others.
      List<OrgUnit> own = AgencyContext.call(a.code(), units::findByActiveTrueOrderBySortOrder);
      assertThat(own).isNotEmpty().allSatisfy(u -> assertThat(owner(u.getCode()))
          .isEqualTo(a.code()));
      assertThat(AgencyContext.call(a.code(), () -> disseminations.findByYear(year)))
          .hasSize(YearDriver.DISSEMINATION_UNITS.size())
          .allSatisfy(r -> assertThat(owner(r.getUnitCode())).isEqualTo(a.code()));
      ConsolidatedReport h1 = AgencyContext.call(a.code(),
          () -> reports.findByYearAndPeriod(year, "H1")).orElseThrow();
      assertThat(h1.getAgency()).isEqualTo(a.code());
      assertThat(h1.getStatus()).isEqualTo(ConsolidatedReport.SUBMITTED);
      assertThat(h1.getDocumentNumber()).isEqualTo("01-BC/" + a.symbol());
      assertThat(h1.getUnitsFiled()).isEqualTo(YearDriver.REVIEW_UNITS.size());
      assertThat(h1.getLateUnits() == null ? "" : h1.getLateUnits()).isEmpty();

      // Every task the agency's year made was offered to the agency's own groups only.
      for (var task : engine.getHistoryService().createHistoricTaskInstanceQuery()
          .tenantIdIn(a.code()).list()) {
        for (var link : engine.getHistoryService().createHistoricIdentityLinkLogQuery()
            .taskId(task.getId()).list()) {
          // The bloc's bodies receive every agency's report; every other group is the agency's.
          if (link.getGroupId() != null && !BLOC_GROUPS.contains(link.getGroupId())) {
            assertThat(owner(link.getGroupId())).as(task.getName()).isEqualTo(a.code());
          }
        }
      }

      // The bloc's two bodies each received the agency's report, in the agency's tenant.
      assertThat(engine.getTaskService().createTaskQuery().tenantIdIn(a.code())
          .processInstanceBusinessKeyLike("KHOI-" + year + "-%")
          .taskDefinitionKey("ReceiveReport").list()).hasSize(2)
          .allSatisfy(t -> assertThat(t.getName()).isEqualTo("Tiếp nhận báo cáo của "
              + AgencyContext.call(a.code(), () -> names.nameOf(a.code()))));

      // The progress page of the agency shows its units only.
      Progress shown = AgencyContext.call(a.code(), () -> progress.year(year, null));
      assertThat(shown.units()).isNotEmpty()
          .allSatisfy(u -> assertThat(owner(u.code())).isEqualTo(a.code()));
      assertThat(shown.reports()).anySatisfy(r -> assertThat(r.toString())
          .contains("01-BC/" + a.symbol()));
      for (Agency other : AGENCIES) {
        if (!other.equals(a)) {
          assertThat(shown.reports().toString()).doesNotContain("-BC/" + other.symbol());
          if (!other.prefix().isEmpty()) {
            assertThat(shown.plan().toString()).doesNotContain(other.prefix());
          }
        }
      }
    }
    theBlocAcceptsOneAndReturnsAnotherWhichComesBackRevised(year, years.get(AGENCIES.get(2)));

    // Every business row of the year names one of the three agencies, its unit its own.
    for (String table : List.of("qcdc_dissemination", "qcdc_proposal", "qcdc_unit_review",
        "qcdc_key_task_report", "qcdc_emulation_rating")) {
      for (Map<String, Object> row : jdbc.queryForList("SELECT agency, unit_code FROM " + table
          + " WHERE cycle_year = ?", year)) {
        assertThat(owner((String) row.get("unit_code"))).as(table)
            .isEqualTo(row.get("agency"));
      }
    }
  }

  @Test
  void aUserOfOneAgencySeesAndStartsNothingOfAnother() {
    int year = year() + 1;
    YearDriver btgtu = new YearDriver(engine, new JavaDesk(engine, cycles), year, "btgtu", "");
    YearDriver stp = new YearDriver(engine, new JavaDesk(engine, cycles), year, "stp", "stp-");
    String btgtuCycle = btgtu.start();
    String stpCycle = stp.start();
    btgtu.draftAndApprovePlan();
    stp.draftAndApprovePlan();
    JavaDesk desk = new JavaDesk(engine, cycles);

    // An stp official sees stp's tasks and instances, never btgtu's (the same business key).
    List<Task> seen = desk.as("stp-tuyentruyen", () -> engine.getTaskService().createTaskQuery()
        .taskCandidateGroup("stp-phong-tuyen-truyen").includeAssignedTasks().list());
    assertThat(seen).isNotEmpty().allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo("stp"));
    assertThat(desk.as("stp-truongban", () -> engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceBusinessKey("QCDC-" + year).list()))
        .extracting(p -> p.getId()).contains(stpCycle).doesNotContain(btgtuCycle);
    assertThat(desk.as("stp-truongban", () -> engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceId(btgtuCycle).count()))
        .isZero();
    Task btgtuTask = btgtu.taskOf("RecordDissemination", "phong-tuyen-truyen");
    assertThat(desk.as("stp-truongban", () -> engine.getTaskService().createTaskQuery()
        .taskId(btgtuTask.getId()).count())).isZero();
    // Nor can they work it, or read its variables.
    assertThatThrownBy(() -> desk.as("stp-tuyentruyen", () -> {
      engine.getTaskService().claim(btgtuTask.getId(), "stp-tuyentruyen");
      return null;
    })).hasMessageContaining(btgtuTask.getId());
    assertThatThrownBy(() -> desk.as("stp-truongban",
        () -> engine.getRuntimeService().getVariables(btgtuCycle)))
        .hasMessageContaining(btgtuCycle);
    assertThat(engine.getTaskService().createTaskQuery().taskId(btgtuTask.getId())
        .singleResult().getAssignee()).isNull();

    // Naming another agency at a start is refused, and starts nothing.
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> desk.as("stp-tonghop", () -> engine.getRuntimeService()
        .createProcessInstanceByKey("qcdc-complaint").setVariable("agency", "btgtu")
        .execute())).hasMessageContaining("không thuộc cơ quan này");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
        .isEqualTo(before);

    // A second cycle of the same year in one agency is refused; the others are untouched.
    assertThatThrownBy(() -> desk.startCycle(year, "stp-bcd")).isNotNull();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qcdc_cycle WHERE cycle_year = ?",
        Integer.class, year)).isEqualTo(2);
  }

  /**
   * The bloc's Party Committee accepts stp's six-month report; the City Steering Committee
   * returns bdv's with a reason; bdv's general affairs revises it, its head approves, it is sent
   * again as 02-BC/BDVTU, and both bodies receive revision 2. Nothing of the others changes.
   */
  void theBlocAcceptsOneAndReturnsAnotherWhichComesBackRevised(int year, YearDriver bdv) {
    JavaDesk desk = new JavaDesk(engine, cycles);
    desk.submit(receiptTask(year, "stp", "khoi-dang-uy").getId(), "dangykhoi",
        Map.of("receiptDecision", "accept"));
    desk.submit(receiptTask(year, "bdv", "bcd-thanh-pho").getId(), "bcdtp",
        Map.of("receiptDecision", "return", "returnReason", "Bổ sung kết quả đối thoại."));
    Task revise = bdv.task("ReviseReturnedReport");
    assertThat(revise.getTenantId()).isEqualTo("bdv");
    assertThat(engine.getTaskService().getIdentityLinksForTask(revise.getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("bdv-phong-tong-hop");
    assertThat((String) engine.getTaskService().getVariable(revise.getId(), "returnReason"))
        .contains("Bổ sung kết quả đối thoại.");
    ConsolidatedReport returned = AgencyContext.call("bdv",
        () -> reports.findByYearAndPeriod(year, "H1")).orElseThrow();
    assertThat(returned.getStatus()).isEqualTo(ConsolidatedReport.RETURNED);
    bdv.work(revise, Map.of("reportSummary", returned.getSummary() + " Đã bổ sung.",
        "nextPeriodProposals", "Tổ chức đối thoại chuyên đề."));
    bdv.runDueJobs();
    bdv.work(bdv.task("ApproveReport"), bdv.script().approveReport());
    bdv.work(bdv.task("SubmitReport"), bdv.script().submitReport("02-BC/BDVTU",
        bdv.engineToday()));
    bdv.runDueJobs();

    ConsolidatedReport resent = AgencyContext.call("bdv",
        () -> reports.findByYearAndPeriod(year, "H1")).orElseThrow();
    assertThat(resent.getStatus()).isEqualTo(ConsolidatedReport.SUBMITTED);
    assertThat(resent.getRevision()).isEqualTo(returned.getRevision() + 1);
    assertThat(resent.getDocumentNumber()).isEqualTo("02-BC/BDVTU");
    Map<String, String> receipts = new java.util.TreeMap<>();
    for (Map<String, Object> r : jdbc.queryForList("SELECT agency, body, revision, status FROM"
        + " qcdc_bloc_receipt WHERE cycle_year = ? AND period = 'H1'", year)) {
      receipts.put(r.get("agency") + "/" + r.get("body") + "/" + r.get("revision"),
          (String) r.get("status"));
    }
    String first = String.valueOf(returned.getRevision());
    String second = String.valueOf(resent.getRevision());
    assertThat(receipts).containsEntry("stp/agencies-bloc-party-committee/" + first, "ACCEPTED")
        .containsEntry("stp/city-steering-committee/" + first, "RECEIVED")
        .containsEntry("bdv/city-steering-committee/" + first, "RETURNED")
        .containsEntry("bdv/agencies-bloc-party-committee/" + second, "RECEIVED")
        .containsEntry("bdv/city-steering-committee/" + second, "RECEIVED")
        .containsEntry("btgtu/agencies-bloc-party-committee/" + first, "RECEIVED");
    assertThat(receiptTask(year, "bdv", "bcd-thanh-pho").getName())
        .isEqualTo("Tiếp nhận báo cáo của Ban Dân vận Thành ủy");
    for (String other : List.of("btgtu", "stp")) {
      ConsolidatedReport untouched = AgencyContext.call(other,
          () -> reports.findByYearAndPeriod(year, "H1")).orElseThrow();
      assertThat(untouched.getStatus()).isEqualTo(ConsolidatedReport.SUBMITTED);
      assertThat(untouched.getDocumentNumber()).startsWith("01-BC/");
    }
  }

  Task receiptTask(int year, String agency, String group) {
    return engine.getTaskService().createTaskQuery().tenantIdIn(agency)
        .processInstanceBusinessKeyLike("KHOI-" + year + "-%").taskDefinitionKey("ReceiveReport")
        .taskCandidateGroup(group).singleResult();
  }

  /** The agency a unit code or user id belongs to, by its prefix. */
  static String owner(String id) {
    if (id == null) {
      return null;
    }
    return id.startsWith("stp-") ? "stp" : id.startsWith("bdv-") ? "bdv" : "btgtu";
  }

  static Set<String> groups(List<IdentityLink> links) {
    return links.stream().map(IdentityLink::getGroupId).filter(g -> g != null)
        .collect(Collectors.toSet());
  }
}
