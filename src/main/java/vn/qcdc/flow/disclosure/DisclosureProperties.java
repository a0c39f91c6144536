package vn.qcdc.flow.disclosure;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Financial disclosure (II.3.d), qcdc.disclosure.* in application.yaml. */
@ConfigurationProperties(prefix = "qcdc.disclosure")
public class DisclosureProperties {

  /** Days accounting has from the start of an item to prepare it. */
  private int prepareDays = 15;
  /** Shortest time a posted disclosure stays up. */
  private int minPostingDays = 30;
  private List<Item> schedule = new ArrayList<>();

  public int getPrepareDays() {
    return prepareDays;
  }

  public void setPrepareDays(int v) {
    this.prepareDays = v;
  }

  public int getMinPostingDays() {
    return minPostingDays;
  }

  public void setMinPostingDays(int v) {
    this.minPostingDays = v;
  }

  public List<Item> getSchedule() {
    return schedule;
  }

  public void setSchedule(List<Item> v) {
    this.schedule = v;
  }

  public Item item(String code) {
    return schedule.stream().filter(i -> i.getCode().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No disclosure item " + code));
  }

  /** One disclosure of the year: what, and the day (MM-DD) its preparation starts. */
  public static class Item {
    private String code;
    private String label;
    private String start;

    public String getCode() {
      return code;
    }

    public void setCode(String v) {
      this.code = v;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String v) {
      this.label = v;
    }

    public String getStart() {
      return start;
    }

    public void setStart(String v) {
      MonthDay.parse("--" + v); // refuse a bad date at start-up
      this.start = v;
    }
  }
}
