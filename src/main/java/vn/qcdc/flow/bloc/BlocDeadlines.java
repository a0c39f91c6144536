package vn.qcdc.flow.bloc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.ScheduleProperties;
import vn.qcdc.flow.cycle.ReviewStarts;
import vn.qcdc.flow.deadline.TaskProperties;
import vn.qcdc.flow.engine.Clock;

/**
 * Each agency's review dates follow from the bloc's deadline. When a review starts, units have
 * qcdc.schedule.review-duration to file, consolidation starts review-grace after that, and
 * leadership approves (qcdc.tasks.due.ApproveReport) and general affairs submits
 * (SubmitReport) within their due times: the review starts so many days before the deadline
 * that the report is due at its end. Without a bloc deadline the agency's own schedule stands.
 */
@Component
public class BlocDeadlines implements ReviewStarts, vn.qcdc.flow.blocview.BlocDeadline {

  static final String APPROVE = "ApproveReport";
  static final String SUBMIT = "SubmitReport";

  private final BlocProperties bloc;
  private final ScheduleProperties schedule;
  private final TaskProperties tasks;

  public BlocDeadlines(BlocProperties bloc, ScheduleProperties schedule, TaskProperties tasks) {
    this.bloc = bloc;
    this.schedule = schedule;
    this.tasks = tasks;
  }

  /** The bloc's due day of the period's report, or null when it set none. */
  public LocalDate deadline(int year, boolean yearEnd) {
    return bloc.deadlines().of(year, yearEnd);
  }

  @Override
  public LocalDate reviewStart(int year, boolean yearEnd) {
    LocalDate deadline = deadline(year, yearEnd);
    if (deadline == null) {
      return null;
    }
    // review due = start + duration; consolidation at the start of (due + 1 + grace); the
    // submission is due approve + submit later, which is the start of the day after the
    // deadline: start = deadline - duration - grace - approve - submit.
    return deadline.minus(schedule.reviewDuration()).minus(schedule.reviewGrace())
        .minusDays(days(APPROVE)).minusDays(days(SUBMIT));
  }

  /** The last moment a report is on time: the end of the deadline's day; null without one. */
  public Instant dueAt(int year, boolean yearEnd) {
    LocalDate deadline = deadline(year, yearEnd);
    return deadline == null ? null : Clock.startOfDay(deadline.plusDays(1)).toInstant();
  }

  /**
   * The day the bloc's dashboard and consolidated report count a period's report due: the
   * bloc's deadline, or, where the bloc set none, the day the agencies' own schedule makes the
   * report due (the review's start, its duration and grace, approval and submission).
   */
  @Override
  public LocalDate due(int year, String period) {
    boolean yearEnd = "YEAR".equals(period);
    LocalDate deadline = deadline(year, yearEnd);
    if (deadline != null) {
      return deadline;
    }
    LocalDate start = java.time.MonthDay.parse("--" + (yearEnd ? schedule.yearendReviewStart()
        : schedule.midyearReviewStart())).atYear(year);
    return start.plus(schedule.reviewDuration()).plus(schedule.reviewGrace())
        .plusDays(days(APPROVE)).plusDays(days(SUBMIT));
  }

  /** A task's due time in whole days, rounded up; 0 when the agency gives it none. */
  private long days(String taskId) {
    Duration due = tasks.due().get(taskId);
    if (due == null) {
      return 0;
    }
    long days = due.toDays();
    return due.equals(Duration.ofDays(days)) ? days : days + 1;
  }
}
