package vn.qcdc.flow.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** One case per rule of qcdc-emulation-rating.dmn, plus the edges of its thresholds. */
@SpringBootTest
@ActiveProfiles("test")
class EmulationTableTest {

  @Autowired
  DecisionService decisions;

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
}
