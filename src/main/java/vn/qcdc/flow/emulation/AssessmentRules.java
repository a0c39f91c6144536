package vn.qcdc.flow.emulation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.qcdc.flow.LegalRule;

/**
 * The rules, with their dates in force, by which officials are assessed at the end of a year
 * (qcdc.assessment.* in qcdc-rules.yaml). Two things the plan's III.4 joins are kept apart:
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
@ConfigurationProperties("qcdc.assessment")
public record AssessmentRules(List<QualityRule> quality, List<TitleRule> titles) {

  public AssessmentRules {
    quality = quality == null ? List.of() : List.copyOf(quality);
    titles = titles == null ? List.of() : List.copyOf(titles);
  }

  /** The day a year's assessment is made on: its last day. */
  public static LocalDate assessmentDay(int year) {
    return LocalDate.of(year, 12, 31);
  }

  /**
   * The assessment rule in force at the end of the year; for a year no rule covers, the
   * agency's own criterion (90/70/50 on the share of tasks done), said to be so.
   */
  public QualityRule qualityFor(int year) {
    QualityRule rule = LegalRule.inForce(quality, assessmentDay(year), "qcdc.assessment.quality");
    return rule != null ? rule : new QualityRule(null, null,
        "tiêu chí của cơ quan (chưa cấu hình quy định đánh giá cho năm " + year + ")", null, false,
        "tỷ lệ hoàn thành nhiệm vụ (%)", 90, 70, 50, true);
  }

  public TitleRule titlesFor(int year) {
    TitleRule rule = LegalRule.inForce(titles, assessmentDay(year), "qcdc.assessment.titles");
    return rule != null ? rule : new TitleRule(null, null,
        "pháp luật về thi đua, khen thưởng (chưa cấu hình cho năm " + year + ")", null, false,
        Rating.TOT);
  }

  /**
   * The quality assessment of a period: its four levels' thresholds.
   *
   * @param name as printed for people: the document's number, date and issuer
   * @param source where the number, the dates and the figures were read
   * @param verified false: number, dates or figures come from a secondary source
   * @param measure what the figure an official is rated by is ("tỷ lệ hoàn thành nhiệm vụ")
   * @param agencyThresholds true when the rule itself sets no figure for the upper levels
   */
  public record QualityRule(LocalDate from, LocalDate until, String name, String source,
      boolean verified, String measure, int excellentFrom, int goodFrom, int doneFrom,
      boolean agencyThresholds) implements LegalRule {

    /** One sentence for the rating basis shown to leadership and kept with the rating. */
    public String describe() {
      return "Đánh giá, xếp loại chất lượng theo " + name + " (" + measure + ": xuất sắc từ "
          + excellentFrom + ", tốt từ " + goodFrom + ", hoàn thành từ " + doneFrom
          + (agencyThresholds ? "; mức xuất sắc và tốt là tiêu chí của cơ quan" : "") + ")"
          + (verified ? "" : " [chưa đối chiếu văn bản gốc]") + ".";
    }
  }

  /**
   * The emulation titles of a period: the law and decree they are considered under.
   *
   * @param advancedWorkerFrom the lowest quality level that "Lao động tiên tiến" needs
   */
  public record TitleRule(LocalDate from, LocalDate until, String name, String source,
      boolean verified, @DefaultValue("TOT") Rating advancedWorkerFrom) implements LegalRule {

    /** Whether a confirmed quality level allows "Lao động tiên tiến" to be considered. */
    public boolean advancedWorker(Rating level) {
      return level.ordinal() <= advancedWorkerFrom.ordinal();
    }

    public String describe() {
      return "Danh hiệu thi đua xét riêng theo " + name
          + (verified ? "" : " [chưa đối chiếu văn bản gốc]") + ".";
    }
  }
}
