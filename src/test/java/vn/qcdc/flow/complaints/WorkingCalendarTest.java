package vn.qcdc.flow.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The working calendar on its own (no Spring): holidays, substitutes, limits, missing years. */
class WorkingCalendarTest {

  static WorkingCalendar calendar(Map<String, List<String>> daysOff) {
    return new WorkingCalendar(new CalendarProperties(List.of("01-01", "04-30", "05-01",
        "09-02"), "Bộ luật Lao động 2019, Điều 112", daysOff));
  }

  final WorkingCalendar calendar = calendar(Map.of(
      "2022", List.of("2022-01-31..2022-02-04", "2022-04-11", "2022-09-01"),
      "2023", List.of("2023-01-20..2023-01-26", "2023-05-02..2023-05-03", "2023-09-01",
          "2023-09-04"),
      "2031", new ArrayList<>()));

  @Test
  void tetAndTheFixedHolidaysAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 2, 2))).isFalse(); // Tết
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 4, 11))).isFalse(); // Giỗ Tổ
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 9, 2))).isFalse(); // Quốc khánh
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 2, 7))).isTrue(); // Monday after Tết
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 2, 5))).isFalse(); // Saturday
  }

  @Test
  void aHolidayOnAWeekendIsTakenOnTheNextWorkingDay() {
    // 01/01/2022 was a Saturday: Monday 03/01 is off (Bộ luật Lao động 2019 Điều 111 khoản 3)
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 1, 3))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 1, 4))).isTrue();
    // 30/4/2022 Saturday and 01/5 Sunday: Monday 02/5 and Tuesday 03/5 are off
    assertThat(calendar.holidays(2022)).contains(LocalDate.of(2022, 5, 2),
        LocalDate.of(2022, 5, 3));
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 5, 4))).isTrue();
  }

  @Test
  void workingDayLimitsSkipTet() {
    // received Friday 28/01/2022: 10 working days skip the Tết week and two weekends
    assertThat(calendar.plusWorkingDays(LocalDate.of(2022, 1, 28), 10))
        .isEqualTo(LocalDate.of(2022, 2, 18));
    assertThat(calendar.minusWorkingDays(LocalDate.of(2022, 2, 7), 1))
        .isEqualTo(LocalDate.of(2022, 1, 28));
    // 30 calendar days from 03/01/2022 end on Wednesday 02/02, in Tết: moved to Monday 07/02
    assertThat(calendar.plusCalendarDays(LocalDate.of(2022, 1, 3), 30))
        .isEqualTo(LocalDate.of(2022, 2, 7));
    assertThat(calendar.deadline(LocalDate.of(2022, 1, 28), 10, true))
        .isEqualTo(LocalDate.of(2022, 2, 18));
  }

  @Test
  void aYearTheCalendarDoesNotListIsRefusedNamingIt() {
    assertThat(calendar.knows(2027)).isFalse();
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 2, 8)))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageContaining("Lịch làm việc chưa có năm 2027")
        .hasMessageContaining("qcdc.calendar.days-off");
    // a limit that runs into the missing year is refused too, naming that year
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2023, 12, 28), 10))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageContaining("năm 2024");
    assertThatThrownBy(() -> calendar.requireYear(2026))
        .isInstanceOfSatisfying(MissingCalendarYearException.class,
            e -> assertThat(e.year()).isEqualTo(2026));
  }

  @Test
  void aListedYearWithoutMovingDaysOffCountsOnlyWeekendsAndFixedHolidays() {
    assertThat(calendar.knows(2031)).isTrue();
    assertThat(calendar.holidays(2031)).containsExactlyInAnyOrder(LocalDate.of(2031, 1, 1),
        LocalDate.of(2031, 4, 30), LocalDate.of(2031, 5, 1), LocalDate.of(2031, 9, 2));
  }

  @Test
  void aMalformedYearIsRefusedAtStartUp() {
    assertThatThrownBy(() -> calendar(Map.of("2024", List.of("2025-01-01"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("qcdc.calendar.days-off.2024");
  }
}
