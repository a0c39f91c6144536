package vn.qcdc.flow.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import vn.qcdc.flow.year.ScriptedYear;
import vn.qcdc.flow.year.YearScript;

/**
 * The year's script ({@link YearScript}) worked in the test's own engine through a {@link Desk}
 * (Java API or REST): {@link ScriptedYear}, with the test agency's units
 * (organisation/test-agency.yml) for the tests that name them.
 */
public class YearDriver extends ScriptedYear {

  /** The units the test agency disseminates to, in its file's order. */
  public static final List<String> DISSEMINATION_UNITS = List.of("phong-tong-hop",
      "phong-tuyen-truyen", "phong-ly-luan", "phong-bao-chi", "phong-van-hoa",
      "trung-tam-du-luan", "cong-doan", "cap-uy");
  /** The test agency's units that file a review, in its file's order. */
  public static final List<String> REVIEW_UNITS = List.of("phong-tong-hop", "phong-tuyen-truyen",
      "phong-ly-luan", "phong-bao-chi", "phong-van-hoa", "trung-tam-du-luan", "cong-doan",
      "ban-thanh-tra");
  /** The test agency's units rated for emulation. */
  public static final List<String> RATED_UNITS = List.of("phong-tong-hop", "phong-tuyen-truyen",
      "phong-ly-luan", "phong-bao-chi", "phong-van-hoa", "trung-tam-du-luan");

  public static final String SENTIMENT_ANSWER = YearScript.SENTIMENT_ANSWER;
  public static final String SENTIMENT_MEASURES = YearScript.SENTIMENT_MEASURES;
  public static final String PARTY_FINDINGS = YearScript.PARTY_FINDINGS;

  public YearDriver(ProcessEngine engine, Desk desk, int year) {
    super(engine, desk, year);
  }

  /** Another agency's year, its ids the test agency's with {@code prefix} (issue 16). */
  public YearDriver(ProcessEngine engine, Desk desk, int year, String agency, String prefix) {
    super(engine, desk, year, agency, prefix);
  }

  public static Object keyTaskOwners(String... owners) {
    return YearScript.keyTaskOwners(owners);
  }

  public static Object keyTaskStates(String[]... rows) {
    return YearScript.keyTaskStates(rows);
  }

  public static Object assignments(String[]... rows) {
    return YearScript.assignments(rows);
  }

  public static Map<String, Object> partyCellReviewValues() {
    return YearScript.partyCellReview();
  }
}
