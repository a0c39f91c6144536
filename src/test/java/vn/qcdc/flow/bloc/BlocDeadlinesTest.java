package vn.qcdc.flow.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.qcdc.flow.ScheduleProperties;
import vn.qcdc.flow.deadline.TaskProperties;

/**
 * The bloc's deadline sets each agency's review dates: the review starts so that the units'
 * time, the grace before consolidation, leadership's approval and the submission end on the
 * deadline's day. No deadline: the agency's own schedule (PlanService keeps qcdc.schedule).
 */
class BlocDeadlinesTest {

  static final ScheduleProperties SCHEDULE = new ScheduleProperties(Period.ofDays(30),
      Period.ofDays(5), "06-15", "11-20", Period.ofDays(15), Period.ofDays(3), Period.ofDays(7));
  static final TaskProperties TASKS = new TaskProperties(Map.of("ApproveReport",
      Duration.ofDays(5), "SubmitReport", Duration.ofDays(5)), null, Duration.ofDays(2),
      Duration.ofMinutes(15), "qcdc@localhost");

  static BlocDeadlines deadlines(String sixMonth, String yearEnd, TaskProperties tasks) {
    return new BlocDeadlines(new BlocProperties("", List.of(),
        new BlocProperties.Deadlines(sixMonth, yearEnd)), SCHEDULE, tasks);
  }

  @Test
  void theReviewStartsSoThatTheReportIsDueOnTheBlocsDeadline() {
    BlocDeadlines bloc = deadlines("07-20", "12-31", TASKS);
    LocalDate start = bloc.reviewStart(2040, false);
    // 20/07 - 15 days to file - 7 days' grace - 5 to approve - 5 to submit
    assertThat(start).isEqualTo(LocalDate.of(2040, 6, 18));
    // What the review then computes from its start (review/ReviewService#schedule):
    LocalDate reviewDue = start.plus(SCHEDULE.reviewDuration());
    LocalDate consolidation = reviewDue.plusDays(1).plus(SCHEDULE.reviewGrace());
    LocalDate submissionDueAtStartOf = consolidation.plusDays(5).plusDays(5);
    assertThat(reviewDue).isEqualTo(LocalDate.of(2040, 7, 3));
    assertThat(consolidation).isEqualTo(LocalDate.of(2040, 7, 11));
    // due at the start of 21/07: the end of the bloc's day
    assertThat(submissionDueAtStartOf).isEqualTo(LocalDate.of(2040, 7, 21));
    assertThat(bloc.dueAt(2040, false)).isEqualTo(
        LocalDate.of(2040, 7, 21).atStartOfDay(vn.qcdc.flow.engine.Clock.ZONE).toInstant());

    assertThat(bloc.reviewStart(2040, true)).isEqualTo(LocalDate.of(2040, 11, 29));
  }

  @Test
  void withTheDefaultScheduleTheDeadlineOf17JulyGivesTodaysStartOf15June() {
    assertThat(deadlines("07-17", "", TASKS).reviewStart(2022, false))
        .isEqualTo(SCHEDULE.reviewStart(2022, false));
  }

  @Test
  void noDeadlineKeepsTheAgencysScheduleAndAPartDayCountsAsADay() {
    BlocDeadlines none = deadlines("", "", TASKS);
    assertThat(none.reviewStart(2040, false)).isNull();
    assertThat(none.reviewStart(2040, true)).isNull();
    assertThat(none.dueAt(2040, true)).isNull();
    // 36 hours to approve count as 2 days; a task without a due time counts none
    TaskProperties partDay = new TaskProperties(Map.of("ApproveReport", Duration.ofHours(36)),
        null, Duration.ofDays(2), Duration.ofMinutes(15), "qcdc@localhost");
    assertThat(deadlines("07-20", "", partDay).reviewStart(2040, false))
        .isEqualTo(LocalDate.of(2040, 7, 20).minusDays(15 + 7 + 2));
  }

  @Test
  void aBadDayIsRefusedAtStartUp() {
    assertThatThrownBy(() -> new BlocProperties.Deadlines("31-06", ""))
        .isInstanceOf(java.time.format.DateTimeParseException.class);
  }
}
