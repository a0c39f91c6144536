package vn.qcdc.flow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.qcdc.flow.conference.ConferenceSessionRepository;
import vn.qcdc.flow.conference.MonthlyKeyTaskRepository;
import vn.qcdc.flow.conference.ProposalRepository;
import vn.qcdc.flow.dissemination.DisseminationRecordRepository;
import vn.qcdc.flow.emulation.EmulationRatingRepository;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.notice.NoticeRepository;
import vn.qcdc.flow.reporting.ConsolidatedReportRepository;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * The annual cycle as the agency lives it, run on one database; subclasses
 * pick the database (H2, MariaDB). Each scenario uses its own year.
 */
@SpringBootTest
abstract class AnnualCycleScenarios {

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  AnnualCycleRepository cycleRecords;
  @Autowired
  AnnualPlanRepository plans;
  @Autowired
  DisseminationRecordRepository disseminations;
  @Autowired
  ProposalRepository proposals;
  @Autowired
  ConferenceSessionRepository conferences;
  @Autowired
  MonthlyKeyTaskRepository monthlyTasks;
  @Autowired
  ConsolidatedReportRepository reports;
  @Autowired
  EmulationRatingRepository ratings;
  @Autowired
  NoticeRepository notices;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  YearDriver year(int year) {
    return new YearDriver(engine, new JavaDesk(engine, cycles), year);
  }

  ProcessInstance instance(String id) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
        .singleResult();
  }

  @Test
  void wholeYearOnTheHappyPath() {
    YearDriver y = year(2022);
    ProcessInstance cycle = instance(y.start());
    assertThat(cycleRecords.findById(2022)).get()
        .extracting(AnnualCycle::getBusinessKey, AnnualCycle::getStatus)
        .containsExactly("QCDC-2022", AnnualCycle.RUNNING);
    Task draft = y.task("DraftPlan");
    assertThat(draft.getName()).isEqualTo("Soạn thảo kế hoạch thực hiện QCDC năm 2022");
    assertThat((String) engine.getTaskService().getVariable(draft.getId(), "planDocuments"))
        .contains("Nghị định số 04/2015/NĐ-CP").contains("năm 2022");

    y.firstHalf();
    assertThat(plans.findById(2022).orElseThrow().getApprovedBy()).isEqualTo("truongban");
    assertThat(disseminations.findByYear(2022)).hasSize(YearDriver.DISSEMINATION_UNITS.size())
        .allSatisfy(r -> assertThat(r.isLate()).isFalse());
    assertThat(proposals.findByYearOrderByUnitCodeAscSeqAsc(2022)).hasSize(3)
        .allSatisfy(p -> assertThat(p.getAnsweredBy()).isEqualTo("truongban"));
    assertThat(conferences.findByYearOrderByAttempt(2022)).singleElement()
        .satisfies(c -> assertThat(c.isQuorumMet() && c.isResolutionAdopted()).isTrue());
    assertThat(monthlyTasks.findByYearOrderByMonth(2022)).hasSize(12);
    assertThat(cycle).isWaitingAt("MidYearReviewDue");

    y.clock(6, 15);
    y.runDueJobs();
    assertThat(y.tasks("FileUnitReview")).hasSize(6);
    y.wholeReview("45-BC/BTGTU");
    assertThat(reports.findByYearAndPeriod(2022, "H1")).get()
        .satisfies(r -> {
          assertThat(r.getStatus()).isEqualTo("SUBMITTED");
          assertThat(r.getUnitsFiled()).isEqualTo(8);
          assertThat(r.getSummary()).contains("8/8 đơn vị đã nộp")
              .contains("8/8 đơn vị đã tổ chức quán triệt");
        });
    assertThat(cycle).isWaitingAt("YearEndReviewDue");

    y.clock(11, 20);
    y.runDueJobs();
    y.wholeReview("120-BC/BTGTU");
    List<Task> confirmations = y.tasks("ConfirmRating");
    assertThat(confirmations).hasSize(6);
    // Each unit had 5 at its dissemination meeting: the rate against its headcount decides.
    Map<String, String> expected = Map.of("phong-tong-hop", "HOAN_THANH",
        "phong-tuyen-truyen", "HOAN_THANH", "phong-ly-luan", "TOT", "phong-bao-chi", "TOT",
        "phong-van-hoa", "TOT", "trung-tam-du-luan", "XUAT_SAC");
    for (Task task : confirmations) {
      String unit = (String) engine.getTaskService().getVariable(task.getId(), "unitCode");
      String proposed = (String) engine.getTaskService().getVariable(task.getId(),
          "proposedRating");
      assertThat(proposed).as(unit).isEqualTo(expected.get(unit));
      if (unit.equals("phong-tong-hop")) {
        assertThatThrownBy(() -> y.submit(task, "truongban", Map.of("finalRating", "TOT")))
            .hasRootCauseInstanceOf(InputRefusedException.class)
            .rootCause().hasMessageContaining("Lý do điều chỉnh");
        y.submit(task, "truongban", Map.of("finalRating", "TOT",
            "overrideReason", "Đơn vị tổ chức thêm hai buổi chuyên đề."));
      } else {
        y.submit(task, "truongban", Map.of("finalRating", proposed));
      }
    }
    assertThat(cycle).isEnded();
    assertThat(cycleRecords.findById(2022).orElseThrow().getStatus())
        .isEqualTo(AnnualCycle.CLOSED);
    assertThat(ratings.findByYear(2022)).hasSize(6)
        .allSatisfy(r -> assertThat(r.getConfirmedBy()).isEqualTo("truongban"))
        .filteredOn(r -> r.getUnitCode().equals("phong-tong-hop")).singleElement()
        .satisfies(r -> {
          assertThat(r.getProposedRating()).isEqualTo("HOAN_THANH");
          assertThat(r.getFinalRating()).isEqualTo("TOT");
          assertThat(r.getOverrideReason()).contains("chuyên đề");
        });

    // History names who completed every task and keeps what they entered.
    List<HistoricTaskInstance> done = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey("QCDC-2022").finished().list();
    assertThat(done).allSatisfy(t -> assertThat(t.getAssignee()).isNotBlank());
    HistoricTaskInstance tuyenTruyen = done.stream()
        .filter(t -> t.getName().equals("Quán triệt văn bản về QCDC - Phòng Tuyên truyền"))
        .findFirst().orElseThrow();
    assertThat(tuyenTruyen.getAssignee()).isEqualTo("tuyentruyen");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .taskIdIn(tuyenTruyen.getId()).variableName("attendance").singleResult().getValue())
        .isEqualTo(5L);
  }
}
