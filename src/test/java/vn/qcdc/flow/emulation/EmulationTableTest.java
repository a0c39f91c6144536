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
            "unitRating", unitRating));
    assertThat((String) result.getSingleEntry()).isEqualTo(expected);
    String rule = ruleAndCase.split(" ")[0];
    // History records which rule produced the output; find this evaluation by its inputs.
    var evaluations = historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("qcdc-official-rating").includeInputs().includeOutputs().list()
        .stream().filter(h -> h.getInputs().stream().anyMatch(i -> Integer.valueOf(completion)
            .equals(i.getValue())) && h.getInputs().stream().anyMatch(i -> unitRating
            .equals(i.getValue())) && h.getInputs().stream().anyMatch(i -> Boolean
            .valueOf(disciplined).equals(i.getValue()))).toList();
    assertThat(evaluations).isNotEmpty().allSatisfy(h -> assertThat(h.getOutputs())
        .singleElement().satisfies(o -> assertThat(o.getRuleId()).isEqualTo(rule)));
  }
}
