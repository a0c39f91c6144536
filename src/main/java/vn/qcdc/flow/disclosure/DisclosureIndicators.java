package vn.qcdc.flow.disclosure;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.IndicatorSource;
import vn.qcdc.flow.organisation.Roles;

/** Disclosures published in the period, counted for the accounting unit that makes them. */
@Component
class DisclosureIndicators implements IndicatorSource {

  private final DisclosureRepository disclosures;
  private final Roles roles;

  DisclosureIndicators(DisclosureRepository disclosures, Roles roles) {
    this.disclosures = disclosures;
    this.roles = roles;
  }

  @Override
  public Map<Indicator, Integer> figures(int year, String unitCode, LocalDate from,
      LocalDate to) {
    if (!unitCode.equals(roles.getAccounting())) {
      return Map.of();
    }
    return Map.of(Indicator.DISCLOSURES_MADE,
        disclosures.findByPublishedOnBetween(from, to).size());
  }
}
