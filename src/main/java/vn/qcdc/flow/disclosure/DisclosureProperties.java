package vn.qcdc.flow.disclosure;

import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Financial disclosure (II.3.d), qcdc.disclosure.*: the agency's schedule (application.yaml) and
 * the shortest posting (a legal rule, qcdc-rules.yaml). The accounting unit, leadership and the
 * People's Inspection Board are roles (organisation/Roles).
 *
 * @param prepareDays days accounting has from the start of an item to prepare it
 * @param minPostingDays shortest time a posted disclosure stays up
 * @param schedule the disclosures of every year
 */
@ConfigurationProperties("qcdc.disclosure")
public record DisclosureProperties(@DefaultValue("15") int prepareDays,
    @DefaultValue("30") int minPostingDays, List<Item> schedule) {

  public DisclosureProperties {
    schedule = schedule == null ? List.of() : List.copyOf(schedule);
  }

  public Item item(String code) {
    return schedule.stream().filter(i -> i.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No disclosure item " + code));
  }

  /** One disclosure of the year: what, and the day (MM-DD) its preparation starts. */
  public record Item(String code, String label, String start) {

    public Item {
      MonthDay.parse("--" + start); // refuse a bad date at start-up
    }
  }
}
