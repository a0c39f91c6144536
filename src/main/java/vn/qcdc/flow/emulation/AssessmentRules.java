package vn.qcdc.flow.emulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The rules, with their dates in force, by which officials are assessed at the end of a year
 * (qcdc.assessment.*). Two things the plan's III.4 joins are kept apart:
 * <ul>
 *   <li>the quality assessment (đánh giá, xếp loại chất lượng), which for a Party agency and its
 *       members follows the Party's rules (Quy định 132-QĐ/TW, then 124-QĐ/TW, then 366-QĐ/TW);
 *       its thresholds feed the table qcdc-official-rating;</li>
 *   <li>the emulation titles (danh hiệu thi đua), which follow the emulation law and its decree
 *       (Luật Thi đua, khen thưởng 2003 with Nghị định 91/2017/NĐ-CP, then Luật 06/2022/QH15 with
 *       Nghị định 98/2023/NĐ-CP) and are considered after the assessment.</li>
 * </ul>
 * The rule used for a year is the one in force on that year's assessment day (31 December).
 */
@Component
@ConfigurationProperties("qcdc.assessment")
public class AssessmentRules {

  private List<QualityRule> quality = new ArrayList<>();
  private List<TitleRule> titles = new ArrayList<>();

  /** The day a year's assessment is made on: its last day. */
  public static LocalDate assessmentDay(int year) {
    return LocalDate.of(year, 12, 31);
  }

  /**
   * The assessment rule in force at the end of the year; for a year no rule covers, the
   * agency's own criterion (90/70/50 on the share of tasks done), said to be so.
   */
  public QualityRule qualityFor(int year) {
    QualityRule rule = inForce(quality, assessmentDay(year), "qcdc.assessment.quality");
    if (rule == null) {
      rule = new QualityRule();
      rule.setName("tiêu chí của cơ quan (chưa cấu hình quy định đánh giá cho năm " + year + ")");
      rule.setMeasure("tỷ lệ hoàn thành nhiệm vụ (%)");
      rule.setExcellentFrom(90);
      rule.setGoodFrom(70);
      rule.setDoneFrom(50);
      rule.setAgencyThresholds(true);
    }
    return rule;
  }

  public TitleRule titlesFor(int year) {
    TitleRule rule = inForce(titles, assessmentDay(year), "qcdc.assessment.titles");
    if (rule == null) {
      rule = new TitleRule();
      rule.setName("pháp luật về thi đua, khen thưởng (chưa cấu hình cho năm " + year + ")");
    }
    return rule;
  }

  /** The one rule in force on the day, null when none; two at once is a configuration error. */
  private static <T extends Dated> T inForce(List<T> rules, LocalDate day, String key) {
    List<T> found = rules.stream().filter(r -> r.inForceOn(day)).toList();
    if (found.size() > 1) {
      throw new IllegalStateException(key + ": " + found.size() + " rules in force on " + day
          + " (at most one is allowed)");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  public List<QualityRule> getQuality() {
    return quality;
  }

  public void setQuality(List<QualityRule> quality) {
    this.quality = quality;
  }

  public List<TitleRule> getTitles() {
    return titles;
  }

  public void setTitles(List<TitleRule> titles) {
    this.titles = titles;
  }

  /** A rule with its dates in force (both included), its source and whether it was checked. */
  public abstract static class Dated {
    private LocalDate from;
    private LocalDate until;
    /** As printed for people: the document's number, date and issuer. */
    private String name;
    /** Where the number, the dates and the figures were read. */
    private String source;
    /** False: number, dates or figures come from a secondary source, not the text itself. */
    private boolean verified;

    public boolean inForceOn(LocalDate day) {
      return from != null && !day.isBefore(from) && (until == null || !day.isAfter(until));
    }

    public LocalDate getFrom() {
      return from;
    }

    public void setFrom(LocalDate from) {
      this.from = from;
    }

    public LocalDate getUntil() {
      return until;
    }

    public void setUntil(LocalDate until) {
      this.until = until;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getSource() {
      return source;
    }

    public void setSource(String source) {
      this.source = source;
    }

    public boolean isVerified() {
      return verified;
    }

    public void setVerified(boolean verified) {
      this.verified = verified;
    }
  }

  /** The quality assessment of a period: its four levels' thresholds. */
  public static class QualityRule extends Dated {
    /** What the figure an official is rated by is, as printed ("tỷ lệ hoàn thành nhiệm vụ"). */
    private String measure;
    private int excellentFrom;
    private int goodFrom;
    private int doneFrom;
    /** True when the rule itself sets no figure for the upper levels: they are the agency's. */
    private boolean agencyThresholds;

    public String getMeasure() {
      return measure;
    }

    public void setMeasure(String measure) {
      this.measure = measure;
    }

    public int getExcellentFrom() {
      return excellentFrom;
    }

    public void setExcellentFrom(int excellentFrom) {
      this.excellentFrom = excellentFrom;
    }

    public int getGoodFrom() {
      return goodFrom;
    }

    public void setGoodFrom(int goodFrom) {
      this.goodFrom = goodFrom;
    }

    public int getDoneFrom() {
      return doneFrom;
    }

    public void setDoneFrom(int doneFrom) {
      this.doneFrom = doneFrom;
    }

    public boolean isAgencyThresholds() {
      return agencyThresholds;
    }

    public void setAgencyThresholds(boolean agencyThresholds) {
      this.agencyThresholds = agencyThresholds;
    }

    /** One sentence for the rating basis shown to leadership and kept with the rating. */
    public String describe() {
      return "Đánh giá, xếp loại chất lượng theo " + getName() + " (" + measure + ": xuất sắc từ "
          + excellentFrom + ", tốt từ " + goodFrom + ", hoàn thành từ " + doneFrom
          + (agencyThresholds ? "; mức xuất sắc và tốt là tiêu chí của cơ quan" : "") + ")"
          + (isVerified() ? "" : " [chưa đối chiếu văn bản gốc]") + ".";
    }
  }

  /** The emulation titles of a period: the law and decree they are considered under. */
  public static class TitleRule extends Dated {
    /** The lowest quality level that "Lao động tiên tiến" needs. */
    private Rating advancedWorkerFrom = Rating.TOT;

    public Rating getAdvancedWorkerFrom() {
      return advancedWorkerFrom;
    }

    public void setAdvancedWorkerFrom(Rating advancedWorkerFrom) {
      this.advancedWorkerFrom = advancedWorkerFrom;
    }

    /** Whether a confirmed quality level allows "Lao động tiên tiến" to be considered. */
    public boolean advancedWorker(Rating level) {
      return level.ordinal() <= advancedWorkerFrom.ordinal();
    }

    public String describe() {
      return "Danh hiệu thi đua xét riêng theo " + getName()
          + (isVerified() ? "" : " [chưa đối chiếu văn bản gốc]") + ".";
    }
  }
}
