package vn.qcdc.flow.complaints;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency's working calendar, qcdc.calendar.* in qcdc-rules.yaml: the fixed public holidays
 * of every year and the days off the government announces per year (Tết, Giỗ Tổ Hùng Vương,
 * the second National Day, substitute days), which move with the lunar calendar.
 *
 * @param annualHolidays MM-DD, every year; a substitute day follows when one falls on a weekend
 * @param annualHolidaysSource where the fixed holidays come from (the labour code's article)
 * @param daysOff per year: days (yyyy-MM-dd) or ranges (yyyy-MM-dd..yyyy-MM-dd) off work
 */
@ConfigurationProperties("qcdc.calendar")
public record CalendarProperties(
    @DefaultValue({"01-01", "04-30", "05-01", "09-02"}) List<String> annualHolidays,
    String annualHolidaysSource, Map<String, List<String>> daysOff) {

  public CalendarProperties {
    annualHolidays = List.copyOf(annualHolidays);
    daysOff = daysOff == null ? Map.of() : Map.copyOf(daysOff);
  }
}
