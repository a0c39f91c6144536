package vn.qcdc.flow;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.schedule: the agency's own timetable of the year (not a legal rule).
 *
 * @param disseminationDuration how long units have to disseminate after the plan is approved
 * @param disseminationReminderBefore when the reminder goes out before that deadline
 * @param midyearReviewStart the day (MM-DD) the mid-year review starts
 * @param yearendReviewStart the day (MM-DD) the year-end review starts
 * @param reviewDuration how long units have to file a review
 * @param reviewReminderBefore when the reminder goes out before the review's due date
 * @param reviewGrace how long after the due date consolidation starts with what was filed
 */
@ConfigurationProperties("qcdc.schedule")
public record ScheduleProperties(
    @DefaultValue("P30D") Period disseminationDuration,
    @DefaultValue("P5D") Period disseminationReminderBefore,
    @DefaultValue("06-15") String midyearReviewStart,
    @DefaultValue("11-20") String yearendReviewStart,
    @DefaultValue("P15D") Period reviewDuration,
    @DefaultValue("P3D") Period reviewReminderBefore,
    @DefaultValue("P7D") Period reviewGrace) {

  public ScheduleProperties {
    MonthDay.parse("--" + midyearReviewStart); // refuse a bad day at start-up
    MonthDay.parse("--" + yearendReviewStart);
  }

  /** The day a review of the given period starts in the given year. */
  public LocalDate reviewStart(int year, boolean yearEnd) {
    return MonthDay.parse("--" + (yearEnd ? yearendReviewStart : midyearReviewStart))
        .atYear(year);
  }
}
