package vn.qcdc.flow.complaints;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.IndicatorSource;
import vn.qcdc.flow.organisation.Roles;

/**
 * What the reviews count of the cases (III.3): received in the period, of those the citizens
 * received in person (II.3, "tiếp dân"), resolved in it, and of those resolved on time. A case counts for the unit that handles it; a case forwarded or
 * handled without a unit counts for the reception unit.
 */
@Component
class ComplaintIndicators implements IndicatorSource {

  /** The channel of a citizen received at the agency's reception (ComplaintService.CHANNELS). */
  static final String IN_PERSON = "TIEP_TRUC_TIEP";

  private final ComplaintRepository complaints;
  private final Roles roles;

  ComplaintIndicators(ComplaintRepository complaints, Roles roles) {
    this.complaints = complaints;
    this.roles = roles;
  }

  private String unitOf(Complaint c) {
    return c.getHandlingUnit() != null ? c.getHandlingUnit() : roles.getGeneralAffairs();
  }

  @Override
  public Map<Indicator, Integer> figures(int year, String unitCode, LocalDate from,
      LocalDate to) {
    var received = complaints.findByReceivedOnBetween(from, to).stream()
        .filter(c -> unitCode.equals(unitOf(c))).toList();
    var resolved = complaints.findByResolvedOnBetween(from, to).stream()
        .filter(c -> unitCode.equals(unitOf(c))).toList();
    Map<Indicator, Integer> figures = new EnumMap<>(Indicator.class);
    figures.put(Indicator.COMPLAINTS_RECEIVED, received.size());
    figures.put(Indicator.COMPLAINTS_IN_PERSON, (int) received.stream()
        .filter(c -> IN_PERSON.equals(c.getChannel())).count());
    figures.put(Indicator.COMPLAINTS_RESOLVED, resolved.size());
    figures.put(Indicator.COMPLAINTS_ON_TIME, (int) resolved.stream()
        .filter(c -> Objects.equals(c.getOnTime(), Boolean.TRUE)).count());
    return figures;
  }
}
