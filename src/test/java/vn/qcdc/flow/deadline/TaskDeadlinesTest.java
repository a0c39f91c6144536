package vn.qcdc.flow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/** Due and follow-up dates come from qcdc.tasks, and a model's own due date is kept. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:qcdc-deadlines;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class TaskDeadlinesTest {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void tasksGetTheConfiguredDueAndFollowUpDates() {
    YearDriver y = new YearDriver(engine, new JavaDesk(engine, cycles), 2022);
    y.start(); // 5 January 2022
    Task draft = y.task("DraftPlan");
    assertThat(day(draft.getDueDate())).isEqualTo(LocalDate.of(2022, 1, 15)); // P10D
    assertThat(day(draft.getFollowUpDate())).isEqualTo(LocalDate.of(2022, 1, 13)); // P2D before

    y.draftAndApprovePlan(); // dissemination due 15 February, from the plan
    Task dissemination = y.taskOf("RecordDissemination", "phong-tuyen-truyen");
    // the model sets the start of the day after the due date
    assertThat(day(dissemination.getDueDate())).isEqualTo(LocalDate.of(2022, 2, 16));
    assertThat(day(dissemination.getFollowUpDate())).isEqualTo(LocalDate.of(2022, 2, 14));
  }

  static LocalDate day(java.util.Date date) {
    return date.toInstant().atZone(VN).toLocalDate();
  }
}
