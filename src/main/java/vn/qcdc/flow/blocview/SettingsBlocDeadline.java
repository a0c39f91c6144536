package vn.qcdc.flow.blocview;

import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.core.env.Environment;

/**
 * The bloc's deadlines from {@code qcdc.bloc.deadlines.midyear-report-due} and
 * {@code yearend-report-due} (MM-DD), the keys of the bloc's own settings, read through the
 * environment so that this package does not depend on the bloc's. The 2022 plan names the
 * recipients (III.3) but no date; the defaults leave a week after each agency's consolidation
 * (units file by 30/06 and 05/12, consolidation a week later, qcdc.schedule): 15/07 and 20/12.
 */
class SettingsBlocDeadline implements BlocDeadline {

  static final String MIDYEAR_KEY = "qcdc.bloc.deadlines.midyear-report-due";
  static final String YEAREND_KEY = "qcdc.bloc.deadlines.yearend-report-due";
  static final String MIDYEAR_DEFAULT = "07-15";
  static final String YEAREND_DEFAULT = "12-20";

  private final MonthDay midyear;
  private final MonthDay yearend;

  SettingsBlocDeadline(Environment environment) {
    this.midyear = parse(MIDYEAR_KEY, environment.getProperty(MIDYEAR_KEY, MIDYEAR_DEFAULT));
    this.yearend = parse(YEAREND_KEY, environment.getProperty(YEAREND_KEY, YEAREND_DEFAULT));
  }

  @Override
  public LocalDate due(int year, String period) {
    return ("YEAR".equals(period) ? yearend : midyear).atYear(year);
  }

  private static MonthDay parse(String key, String value) {
    try {
      return MonthDay.parse("--" + value.strip());
    } catch (RuntimeException e) {
      throw new IllegalStateException(key + " must be a day of the year written MM-DD (e.g. "
          + MIDYEAR_DEFAULT + "), not '" + value + "'", e);
    }
  }
}
