package vn.qcdc.flow.blocview;

import java.time.LocalDate;

/**
 * The day by which the bloc expects every agency's report of a period. The default reads the
 * bloc's settings ({@link SettingsBlocDeadline}); the bloc's own configuration may provide
 * another bean.
 */
public interface BlocDeadline {

  /**
   * @param period "H1" (six-month report) or "YEAR" (year-end report)
   */
  LocalDate due(int year, String period);
}
