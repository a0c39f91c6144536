package vn.qcdc.flow.cycle;

import java.time.LocalDate;

/**
 * The day a year's review period starts, when another module sets it (the city bloc derives it
 * from its report deadline: bloc/BlocDeadlines). Without such a bean, or when it returns null,
 * the agency's own qcdc.schedule day is used.
 */
public interface ReviewStarts {

  /** The start day, or null to keep the agency's schedule. */
  LocalDate reviewStart(int year, boolean yearEnd);
}
