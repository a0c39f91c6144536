package vn.qcdc.flow.conference;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.qcdc.flow.LegalRule;

/**
 * qcdc.conference (qcdc-rules.yaml): the officials' conference. Thông tư 01/2016/TT-BNV Điều 2:
 * valid with at least 2/3 of the officials present (quorum-numerator / quorum-denominator);
 * when the regular conference of a cycle year is held, by the rule in force on 1 January.
 *
 * @param quorumNumerator share of the officials that must be present, numerator
 * @param quorumDenominator share of the officials that must be present, denominator
 * @param quorumSource where the quorum was read
 * @param timing when the regular conference is held, each rule with its dates and source
 */
@ConfigurationProperties("qcdc.conference")
public record ConferenceRules(@DefaultValue("2") int quorumNumerator,
    @DefaultValue("3") int quorumDenominator, String quorumSource, List<Timing> timing) {

  public ConferenceRules {
    timing = timing == null ? List.of() : List.copyOf(timing);
    if (quorumNumerator <= 0 || quorumDenominator <= 0 || quorumNumerator > quorumDenominator) {
      throw new IllegalStateException("qcdc.conference: the quorum " + quorumNumerator + "/"
          + quorumDenominator + " is not a share of the officials");
    }
  }

  /** The timing rule for the conference held in a cycle year, or null when none is set. */
  public Timing timingFor(int year) {
    LocalDate day = LocalDate.of(year, 1, 1);
    return timing.stream().filter(t -> t.inForceOn(day)).findFirst().orElse(null);
  }

  /**
   * The legal timing of the regular conference: the rule with its dates in force, its source,
   * and the last day of the cycle year it may be held on ({@code latest}, MM-dd; none when the
   * rule sets no day and the head decides).
   */
  public record Timing(LocalDate from, LocalDate until, String text, String source,
      boolean verified, String latest) implements LegalRule {

    public Timing {
      if (latest != null && !latest.isBlank()) {
        MonthDay.parse("--" + latest.strip()); // refuse a bad day at start-up
      }
    }

    /** The last day of the cycle year, or null. */
    public LocalDate latestIn(int year) {
      return latest == null || latest.isBlank() ? null
          : MonthDay.parse("--" + latest.strip()).atYear(year);
    }
  }
}
