package vn.qcdc.flow.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A unit's filed review built as ReviewService files it (the entity's own steps), for tests of
 * other packages that need an agency's figures without driving its year (blocview).
 */
public final class ReviewTestAccess {

  private ReviewTestAccess() {
  }

  public static UnitReview filed(int year, Period period, String unitCode, String unitKind,
      Instant at, LocalDate due, Map<Indicator, Integer> figures) {
    UnitReview review = new UnitReview(year, period, unitCode, unitKind);
    figures.forEach((indicator, value) -> review.record(indicator, value, value));
    review.keyTasksResult = "Hoàn thành nhiệm vụ trọng tâm của kỳ.";
    review.strengths = "Thực hiện nghiêm quy chế dân chủ.";
    review.shortcomings = "Không có.";
    review.submitted("test", at, due, vn.qcdc.flow.engine.Clock.dayOf(at).isAfter(due));
    return review;
  }
}
