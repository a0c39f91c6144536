package vn.qcdc.flow.complaints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agency's working calendar, qcdc.calendar.* in application.yaml: the fixed public holidays
 * of every year and the days off the government announces per year (Tết, Giỗ Tổ Hùng Vương,
 * the second National Day, substitute days), which move with the lunar calendar.
 */
@ConfigurationProperties(prefix = "qcdc.calendar")
public class CalendarProperties {

  /** MM-DD, every year; a substitute day follows when one falls on a weekend. */
  private List<String> annualHolidays = new ArrayList<>(List.of("01-01", "04-30", "05-01",
      "09-02"));
  /** Per year: days (yyyy-MM-dd) or ranges (yyyy-MM-dd..yyyy-MM-dd) off work. */
  private Map<String, List<String>> daysOff = new LinkedHashMap<>();

  public List<String> getAnnualHolidays() {
    return annualHolidays;
  }

  public void setAnnualHolidays(List<String> value) {
    this.annualHolidays = value;
  }

  public Map<String, List<String>> getDaysOff() {
    return daysOff;
  }

  public void setDaysOff(Map<String, List<String>> value) {
    this.daysOff = value;
  }
}
