package vn.qcdc.flow.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * One case per rule of qcdc-emulation-rating.dmn and of qcdc-official-rating.dmn, plus the edges
 * of their thresholds; and the rule that matched is the one named (history of the decision).
 */
@SpringBootTest
@ActiveProfiles("test")
class EmulationTableTest {

  @Autowired
  DecisionService decisions;
  @Autowired
  org.camunda.bpm.engine.HistoryService historyService;

  @ParameterizedTest(name = "{6}: {5}")
  @CsvSource({
      "false, 0.0, 2, 0, GOOD, KHONG_HOAN_THANH, rule 1 not disseminated",
      "true, 1.0, 0, 0, NONE, KHONG_HOAN_THANH, rule 2 no review filed",
      "true, 1.0, 1, 0, GOOD, HOAN_THANH, rule 3 one review missing",
      "true, 1.0, 2, 0, WEAK, HOAN_THANH, rule 4 weak inspection",
      "true, 0.9, 2, 0, GOOD, XUAT_SAC, rule 5 excellent at the 90% edge",
      "true, 0.95, 2, 0, NONE, XUAT_SAC, rule 5 excellent without inspection",
      "true, 0.95, 2, 1, GOOD, TOT, rule 6 one late report is not excellent",
      "true, 0.89, 2, 0, GOOD, TOT, rule 6 just under 90%",
      "true, 0.7, 2, 1, FAIR, TOT, rule 6 good at the 70% edge",
      "true, 0.69, 2, 0, GOOD, HOAN_THANH, rule 7 under 70%",
      "true, 0.95, 2, 2, GOOD, HOAN_THANH, rule 7 two late reports",
  })
  void proposesTheRatingOfEachRule(boolean disseminated, double rate, int filed, int late,
      String inspection, String expected, String name) {
    String rating = decisions.evaluateDecisionTableByKey("qcdc-emulation-rating",
        Map.of("disseminated", disseminated, "disseminationRate", rate, "reviewsFiled", filed,
            "reviewsLate", late, "inspectionRating", inspection))
        .getSingleEntry();
    assertThat(rating).isEqualTo(expected);
    assertThat(Rating.valueOf(rating).label()).contains("nhiệm vụ");
  }

  @Autowired
  AssessmentRules rules;

  /**
   * Issue 14 item 5: the quality assessment and the emulation titles follow the rules in force
   * on 31 December of the year, each named with its source; 2022 and 2025 rest on different
   * rules (Quy định 132-QĐ/TW and the 2003 emulation law with Nghị định 91/2017; Quy định
   * 366-QĐ/TW with its 100-point scale and Luật 06/2022/QH15 with Nghị định 98/2023).
   */
  @org.junit.jupiter.api.Test
  void eachYearIsAssessedByTheRulesInForceAtItsEnd() {
    AssessmentRules.QualityRule y2022 = rules.qualityFor(2022);
    AssessmentRules.QualityRule y2023 = rules.qualityFor(2023);
    AssessmentRules.QualityRule y2025 = rules.qualityFor(2025);
    assertThat(y2022.name()).startsWith("Quy định số 132-QĐ/TW ngày 08/3/2018");
    assertThat(y2022.verified()).isTrue();
    assertThat(y2023.name()).startsWith("Quy định số 124-QĐ/TW ngày 04/10/2023");
    assertThat(y2025.name()).startsWith("Quy định số 366-QĐ/TW");
    assertThat(y2023.verified()).isFalse();
    assertThat(y2025.verified()).isFalse();
    // 132-QĐ/TW sets no point scale: the upper bands are the agency's and said to be so;
    // 366-QĐ/TW scores out of 100 and sets them itself.
    assertThat(y2022.describe()).contains("tỷ lệ hoàn thành nhiệm vụ (%)")
        .contains("tiêu chí của cơ quan").doesNotContain("chưa đối chiếu");
    assertThat(y2025.describe()).contains("điểm đánh giá (thang 100): xuất sắc từ 90, tốt từ 70,"
        + " hoàn thành từ 50").doesNotContain("tiêu chí của cơ quan")
        .endsWith("[chưa đối chiếu văn bản gốc].");
    // Emulation titles are a separate matter, under the emulation law of the year.
    assertThat(rules.titlesFor(2022).name()).startsWith("Luật Thi đua, khen thưởng năm 2003")
        .contains("Nghị định số 91/2017/NĐ-CP");
    assertThat(rules.titlesFor(2023).name()).contains("Nghị định số 91/2017/NĐ-CP");
    assertThat(rules.titlesFor(2025).name()).startsWith(
        "Luật Thi đua, khen thưởng số 06/2022/QH15").contains("Nghị định số 98/2023/NĐ-CP");
    assertThat(rules.titlesFor(2025).advancedWorker(Rating.TOT)).isTrue();
    assertThat(rules.titlesFor(2025).advancedWorker(Rating.HOAN_THANH)).isFalse();
    // Every rule in both lists names its source, and the periods leave no day uncovered.
    assertThat(rules.quality()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    assertThat(rules.titles()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    for (int year = 2018; year <= 2030; year++) {
      assertThat(rules.qualityFor(year).name()).startsWith("Quy định số");
      assertThat(rules.titlesFor(year).name()).startsWith("Luật Thi đua");
    }
    // A year before any configured rule is rated by the agency's criterion, said to be so.
    assertThat(rules.qualityFor(2010).describe()).contains("chưa cấu hình quy định đánh giá"
        + " cho năm 2010", "tiêu chí của cơ quan", "chưa đối chiếu");
  }

  @ParameterizedTest(name = "excellent from {0}: {1}% gives {2}")
  @CsvSource({"90, 92, XUAT_SAC", "95, 92, TOT", "95, 95, XUAT_SAC", "60, 55, KHONG_HOAN_THANH"})
  void theThresholdsAreTheRulesNotTheTables(int excellentFrom, int completion, String expected) {
    // The table reads its thresholds from the rule in force: a rule with other figures gives
    // another level for the same official.
    String level = decisions.evaluateDecisionTableByKey("qcdc-official-rating",
        Map.of("disciplined", false, "taskCompletion", completion, "unitRating", "TOT",
            "excellentFrom", excellentFrom, "goodFrom", 70, "doneFrom",
            excellentFrom == 60 ? 60 : 50)).getSingleEntry();
    assertThat(level).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{4}: {3}")
  @CsvSource({
      "true, 100, XUAT_SAC, KHONG_HOAN_THANH, Rule_official_disciplined even at 100%",
      "false, 49, XUAT_SAC, KHONG_HOAN_THANH, Rule_official_low under 50%",
      "false, 90, XUAT_SAC, XUAT_SAC, Rule_official_excellent at the 90% edge",
      "false, 95, TOT, XUAT_SAC, Rule_official_excellent in a good unit",
      "false, 100, HOAN_THANH, TOT, Rule_official_capped by a unit that only completed",
      "false, 95, KHONG_HOAN_THANH, TOT, Rule_official_capped by a failing unit",
      "false, 89, XUAT_SAC, TOT, Rule_official_good just under 90%",
      "false, 70, TOT, TOT, Rule_official_good at the 70% edge",
      "false, 69, XUAT_SAC, HOAN_THANH, Rule_official_done just under 70%",
      "false, 50, TOT, HOAN_THANH, Rule_official_done at the 50% edge",
  })
  void ratesEachOfficialByTheRuleThatMatches(boolean disciplined, int completion,
      String unitRating, String expected, String ruleAndCase) {
    var result = decisions.evaluateDecisionTableByKey("qcdc-official-rating",
        Map.of("disciplined", disciplined, "taskCompletion", completion,
            "unitRating", unitRating, "excellentFrom", 90, "goodFrom", 70, "doneFrom", 50));
    assertThat((String) result.getSingleEntry()).isEqualTo(expected);
    String rule = ruleAndCase.split(" ")[0];
    // History records which rule produced the output; find this evaluation by its inputs.
    var evaluations = historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("qcdc-official-rating").includeInputs().includeOutputs().list()
        .stream().filter(h -> input(h, "Input_official_score", completion)
            && input(h, "Input_official_unit", unitRating)
            && input(h, "Input_official_disciplined", disciplined)
            && input(h, "Input_official_excellent_from", 90)).toList();
    assertThat(evaluations).isNotEmpty().allSatisfy(h -> assertThat(h.getOutputs())
        .singleElement().satisfies(o -> assertThat(o.getRuleId()).isEqualTo(rule)));
  }

  /** Whether the evaluation had this value for the input of this id. */
  private static boolean input(org.camunda.bpm.engine.history.HistoricDecisionInstance h,
      String clauseId, Object value) {
    return h.getInputs().stream().anyMatch(i -> clauseId.equals(i.getClauseId())
        && value.equals(i.getValue()));
  }
}
