package vn.qcdc.flow.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.IndicatorSource;

/**
 * What a review counts of the proposals a unit sent before the officials' conference (II.2.a):
 * those received in the period, and how many of them had been answered by its end.
 */
@Component
class ProposalFigures implements IndicatorSource {

  private final ProposalRepository proposals;

  ProposalFigures(ProposalRepository proposals) {
    this.proposals = proposals;
  }

  @Override
  public Map<Indicator, Integer> figures(int year, String unitCode, LocalDate from, LocalDate to) {
    List<Proposal> received = proposals.findByYearAndUnitCode(year, unitCode).stream()
        .filter(p -> within(p.getSubmittedAt(), from, to)).toList();
    long answered = received.stream()
        .filter(p -> p.getAnsweredAt() != null && !Clock.dayOf(p.getAnsweredAt()).isAfter(to))
        .count();
    return Map.of(Indicator.PROPOSALS_RECEIVED, received.size(),
        Indicator.PROPOSALS_ANSWERED, (int) answered);
  }

  private static boolean within(Instant at, LocalDate from, LocalDate to) {
    LocalDate day = Clock.dayOf(at);
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
