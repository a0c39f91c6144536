package vn.qcdc.flow;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * qcdc.plan (qcdc-rules.yaml): the documents a year's plan is based on and the legal basis
 * printed in the plan and the reports, each rule with its dates in force and its source.
 *
 * @param defaultDocuments the documents of plan II.1.a and II.1.b, offered when no earlier plan
 *     exists ({year} becomes the plan's year)
 * @param legalBasis the rules of the legal basis
 */
@ConfigurationProperties("qcdc.plan")
public record PlanRules(List<String> defaultDocuments, List<LegalBasis> legalBasis) {

  public PlanRules {
    defaultDocuments = defaultDocuments == null ? List.of() : List.copyOf(defaultDocuments);
    legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
  }

  /** The legal basis of a year's plan: what is in force on 1 January of that year. */
  public String legalBasisFor(int year) {
    return legalBasisOn(LocalDate.of(year, 1, 1));
  }

  /** Every rule of the legal basis in force on a day, joined with "; ". */
  public String legalBasisOn(LocalDate day) {
    return String.join("; ", legalBasisInForce(day).stream().map(LegalBasis::text).toList());
  }

  public List<LegalBasis> legalBasisInForce(LocalDate day) {
    return legalBasis.stream().filter(b -> b.inForceOn(day)).toList();
  }

  /**
   * A rule of the legal basis: its text as printed, its dates in force, its source and whether
   * it was verified ({@code from-year}, 1 January of that year, is the older form of from).
   */
  public record LegalBasis(int fromYear, LocalDate from, LocalDate until, String text,
      String source, boolean verified) implements LegalRule {

    public LegalBasis {
      if (from == null && fromYear > 0) {
        from = LocalDate.of(fromYear, 1, 1);
      }
      if (from == null || text == null || text.isBlank()) {
        throw new IllegalStateException("qcdc.plan.legal-basis: every rule needs from (or"
            + " from-year) and text; one has " + (from == null ? "no from" : "no text"));
      }
    }
  }
}
