package vn.qcdc.flow.complaints;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Working days of a Vietnamese public agency: Monday to Friday, less the public holidays of
 * Bộ luật Lao động 2019 Điều 112 (fixed days from configuration, Tết and the other lunar days
 * per year) and the substitute day when a holiday falls on a weekly rest day (Điều 111
 * khoản 3).
 *
 * <p>A year that qcdc.calendar.days-off does not list is refused
 * ({@link MissingCalendarYearException}), not counted as if it had no Tết.
 */
@Component
public class WorkingCalendar {

  private final CalendarProperties properties;
  private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

  public WorkingCalendar(CalendarProperties properties) {
    this.properties = properties;
    // Refuse a malformed calendar at start-up, not when a deadline is computed.
    properties.daysOff().keySet().forEach(y -> holidays(Integer.parseInt(y)));
  }

  public boolean isWorkingDay(LocalDate day) {
    return !weekend(day) && !holidays(day.getYear()).contains(day);
  }

  private static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** The day off in a year, weekends aside. */
  public Set<LocalDate> holidays(int year) {
    return holidaysByYear.computeIfAbsent(year, this::load);
  }

  /** Whether qcdc.calendar.days-off lists the year (its Tết and other moving days off). */
  public boolean knows(int year) {
    return properties.daysOff().containsKey(String.valueOf(year));
  }

  /**
   * Refuses, naming the year, when the calendar does not list it: without its Tết the working
   * days of that year would be miscounted and every statutory deadline would come out early.
   */
  public void requireYear(int year) {
    if (!knows(year)) {
      throw new MissingCalendarYearException(year);
    }
  }

  private Set<LocalDate> load(int year) {
    requireYear(year);
    Set<LocalDate> days = new TreeSet<>();
    List<String> configured = properties.daysOff().get(String.valueOf(year));
    for (String entry : configured == null ? List.<String>of() : configured) {
      if (entry == null || entry.isBlank()) {
        continue; // "2031": [] binds as one empty entry
      }
      String[] range = entry.strip().split("\\.\\.");
      LocalDate from = LocalDate.parse(range[0].strip());
      LocalDate to = range.length > 1 ? LocalDate.parse(range[1].strip()) : from;
      if (from.getYear() != year || to.isBefore(from)) {
        throw new IllegalArgumentException("qcdc.calendar.days-off." + year + ": " + entry
            + " is not a day or range of that year");
      }
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        days.add(d);
      }
    }
    Set<LocalDate> fixed = new TreeSet<>();
    for (String md : properties.annualHolidays()) {
      fixed.add(MonthDay.parse("--" + md.strip()).atYear(year));
    }
    days.addAll(fixed);
    // Điều 111 khoản 3: a holiday on a weekend is taken on the next working day.
    Set<LocalDate> substitutes = new HashSet<>();
    for (LocalDate holiday : fixed) {
      if (weekend(holiday)) {
        LocalDate d = holiday.plusDays(1);
        while (weekend(d) || days.contains(d) || substitutes.contains(d)) {
          d = d.plusDays(1);
        }
        substitutes.add(d);
      }
    }
    days.addAll(substitutes);
    return days;
  }

  /** The n-th working day after {@code day} (the day itself is not counted). */
  public LocalDate plusWorkingDays(LocalDate day, int n) {
    LocalDate d = day;
    for (int counted = 0; counted < n; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /** The n-th working day before {@code day}. */
  public LocalDate minusWorkingDays(LocalDate day, int n) {
    LocalDate d = day;
    for (int counted = 0; counted < n; ) {
      d = d.minusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /**
   * The last day of a limit of n calendar days counted from the day after {@code day}
   * (Bộ luật Dân sự 2015 Điều 147 khoản 1); when it falls on a weekend or holiday the limit
   * ends on the next working day (Điều 148 khoản 5).
   */
  public LocalDate plusCalendarDays(LocalDate day, int n) {
    LocalDate d = day.plusDays(n);
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The last day of a limit, counted in working or in calendar days. */
  public LocalDate deadline(LocalDate day, int n, boolean workingDays) {
    return workingDays ? plusWorkingDays(day, n) : plusCalendarDays(day, n);
  }
}
