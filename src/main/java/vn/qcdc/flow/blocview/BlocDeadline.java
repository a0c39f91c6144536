package vn.qcdc.flow.blocview;

import java.time.LocalDate;

/**
 * The day by which the bloc expects every agency's report of a period: the bloc's deadline
 * (bloc/BlocDeadlines, which implements it), here as an interface so that the bloc's view does
 * not depend on the bloc's process.
 */
public interface BlocDeadline {

  /**
   * @param period "H1" (six-month report) or "YEAR" (year-end report)
   */
  LocalDate due(int year, String period);
}
