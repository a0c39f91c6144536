package vn.qcdc.flow;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule of qcdc-rules.yaml: the dates it is in force ({@code from}, {@code until}, both
 * included; no until: still in force), where its number, dates and figures were read
 * ({@code source}: the legal document and article) and whether they were checked against the
 * text itself ({@code verified}: false for a secondary source). Every dated rule (legal basis,
 * conference timing, assessment, emulation titles) is one.
 */
public interface LegalRule {

  LocalDate from();

  LocalDate until();

  String source();

  boolean verified();

  default boolean inForceOn(LocalDate day) {
    return from() != null && !day.isBefore(from()) && (until() == null || !day.isAfter(until()));
  }

  /** The one rule of the list in force on the day, null when none; two at once is an error. */
  static <T extends LegalRule> T inForce(List<T> rules, LocalDate day, String key) {
    List<T> found = rules.stream().filter(r -> r.inForceOn(day)).toList();
    if (found.size() > 1) {
      throw new IllegalStateException(key + ": " + found.size() + " rules in force on " + day
          + " (at most one is allowed)");
    }
    return found.isEmpty() ? null : found.get(0);
  }
}
