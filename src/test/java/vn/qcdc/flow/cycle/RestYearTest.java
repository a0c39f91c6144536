package vn.qcdc.flow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.support.RestDesk;
import vn.qcdc.flow.support.YearDriver;

/** A whole 2022 cycle driven over HTTP by the demo users of each role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:qcdc-rest;DB_CLOSE_DELAY=-1") // its own 2022
@ActiveProfiles("test")
class RestYearTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void demoUsersRunAWholeYearThroughTheRestApi() {
    RestDesk desk = new RestDesk(http);
    YearDriver y = new YearDriver(engine, desk, 2022);
    y.start();

    // The same year again: 409 with the Vietnamese reason, nothing created.
    assertThat(desk.post("/api/cycles", "bcd", Map.of("year", 2022)).getBody())
        .containsEntry("message", "Chu kỳ QCDC năm 2022 đã được khởi động; mỗi năm chỉ có một chu kỳ.");
    assertThat(desk.post("/api/cycles", "bcd", Map.of("year", 2022)).getStatusCode().value())
        .isEqualTo(409);
    // Without credentials, nothing.
    assertThat(http.exchange("/engine-rest/task", HttpMethod.GET, HttpEntity.EMPTY, String.class)
        .getStatusCode().value()).isEqualTo(401);

    y.draftAndApprovePlan();
    Task task = y.taskOf("RecordDissemination", "phong-ly-luan");
    assertThatThrownBy(() -> desk.submit(task.getId(), "lyluan", y.dissemination(9)))
        .isInstanceOfSatisfying(RestDesk.RestRefusal.class, e -> {
          assertThat(e.status).isEqualTo(400);
          assertThat(e.getMessage()).isEqualTo("400 Dữ liệu chưa hợp lệ: «Số người tham dự» phải"
              + " nằm trong khoảng từ 0 đến 6 (đã nhập 9).");
        });
    y.firstHalfAfterPlan();
    y.clock(6, 15);
    y.runDueJobs();
    y.wholeReview("01-BC/BTGTU");
    y.clock(11, 20);
    y.runDueJobs();
    y.wholeReview("02-BC/BTGTU");
    for (Task rating : y.tasks("ConfirmRating")) {
      y.submit(rating, "truongban", Map.of("finalRating",
          engine.getTaskService().getVariable(rating.getId(), "proposedRating")));
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("QCDC-2022").processDefinitionKey("qcdc-annual-cycle")
        .finished().count()).isEqualTo(1);

    // History: every task, who completed it, what they entered; the operation log names them.
    List<HistoricTaskInstance> done = engine.getHistoryService()
        .createHistoricTaskInstanceQuery().processInstanceBusinessKey("QCDC-2022").list();
    // 22 before the reviews, 17 per review (with the answer to the union's report and the Party
    // cell's assessment), 6 ratings
    assertThat(done).hasSize(62)
        .allSatisfy(t -> assertThat(t.getEndTime()).isNotNull())
        .allSatisfy(t -> assertThat(t.getAssignee()).isNotBlank());
    // lyluan's department: dissemination, proposals, two reviews (and the refused try is not there)
    assertThat(engine.getHistoryService().createUserOperationLogQuery()
        .operationType("Complete").userId("lyluan").count()).isEqualTo(4);
    assertThat(engine.getHistoryService().createUserOperationLogQuery().userId("lyluan")
        .operationType("Claim").count()).isGreaterThanOrEqualTo(1);
    assertThat(engine.getHistoryService().createUserOperationLogQuery().userId("truongban")
        .count()).isGreaterThan(0);
  }
}
