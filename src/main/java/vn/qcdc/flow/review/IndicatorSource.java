package vn.qcdc.flow.review;

import java.time.LocalDate;
import java.util.Map;

/**
 * Something the application recorded during the year that a review counts (III.3): the
 * dissemination records, the conference, and the year-round work of complaints, disclosures,
 * dialogues and monthly key tasks. Each capability publishes its own figures as a Spring bean;
 * the review form is pre-filled with the sum of all sources, and the unit corrects rather than
 * retypes.
 */
public interface IndicatorSource {

  /**
   * The figures of one unit for the days {@code from} to {@code to}, both included, keyed by
   * {@link Indicator#key()}. A source returns only the indicators it knows; agency-wide work
   * (a disclosure, a dialogue) is counted for the unit responsible for it.
   */
  Map<Indicator, Integer> figures(int year, String unitCode, LocalDate from, LocalDate to);
}
