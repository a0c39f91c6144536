package vn.qcdc.flow.emulation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.dissemination.DisseminationRecord;
import vn.qcdc.flow.dissemination.DisseminationRecordRepository;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Facts;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.review.Inspection;
import vn.qcdc.flow.review.InspectionRepository;
import vn.qcdc.flow.review.UnitReview;
import vn.qcdc.flow.review.UnitReviewRepository;

/** Emulation (III.4): the year's results of each unit go into the rating table. */
@Service
public class EmulationService {

  /** Inspection ratings from worst to best; a unit is judged on its worst. */
  private static final List<String> WORST_FIRST = List.of("WEAK", "FAIR", "GOOD");

  private final DisseminationRecordRepository disseminations;
  private final UnitReviewRepository reviews;
  private final InspectionRepository inspections;
  private final EmulationRatingRepository ratings;

  public EmulationService(DisseminationRecordRepository disseminations,
      UnitReviewRepository reviews, InspectionRepository inspections,
      EmulationRatingRepository ratings) {
    this.disseminations = disseminations;
    this.reviews = reviews;
    this.inspections = inspections;
    this.ratings = ratings;
  }

  /** Start listener of RateUnit: the table's inputs, local to this unit's instance. */
  void prepareInputs(DelegateExecution execution) {
    int year = Facts.year(execution);
    String unit = Facts.text(execution, "unitCode");
    var record = disseminations.findByYearAndUnitCode(year, unit);
    double rate = record.filter(r -> r.getHeadcount() > 0)
        .map(r -> (double) r.getAttendance() / r.getHeadcount()).orElse(0.0);
    List<UnitReview> filed = reviews.findByYearAndUnitCode(year, unit);
    long late = filed.stream().filter(UnitReview::isLate).count();
    String inspection = inspections.findByYearAndUnitCode(year, unit).stream()
        .map(Inspection::getRating)
        .min(Comparator.comparingInt(WORST_FIRST::indexOf))
        .orElse("NONE");
    execution.setVariableLocal("disseminated", record.isPresent());
    execution.setVariableLocal("disseminationRate", rate);
    execution.setVariableLocal("reviewsFiled", filed.size());
    execution.setVariableLocal("reviewsLate", (int) late);
    execution.setVariableLocal("inspectionRating", inspection);
    execution.setVariableLocal("proposedRating", null);
    execution.setVariableLocal("ratingBasis", String.format(
        "Quán triệt: %s (tỷ lệ tham dự %.0f%%); báo cáo sơ kết, tổng kết đã nộp: %d/2, nộp trễ: %d;"
            + " kết quả kiểm tra của Ban Chỉ đạo: %s.",
        record.map(DisseminationRecord::getMeetingDate).map(d -> "đã tổ chức").orElse("chưa tổ chức"),
        rate * 100, filed.size(), late, inspectionLabel(inspection)));
  }

  private static String inspectionLabel(String rating) {
    return switch (rating) {
      case "GOOD" -> "thực hiện tốt";
      case "FAIR" -> "đạt yêu cầu";
      case "WEAK" -> "còn hạn chế";
      default -> "không được kiểm tra";
    };
  }

  /** End listener of ProposeRating: keeps the table's proposal. */
  void recordProposal(DelegateExecution execution) {
    int year = Facts.year(execution);
    String unit = Facts.text(execution, "unitCode");
    Rating proposed = Rating.valueOf(Facts.text(execution, "proposedRating"));
    EmulationRating rating = ratings.findByYearAndUnitCode(year, unit)
        .orElseGet(() -> new EmulationRating(year, unit));
    rating.propose(Facts.text(execution, "ratingBasis"), proposed);
    ratings.save(rating);
    execution.setVariableLocal("proposedRatingLabel", proposed.label());
  }

  /** Complete listener of ConfirmRating: leadership confirms or overrides with a reason. */
  void confirm(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String chosen = in.choice("finalRating", "Mức xếp loại được xác nhận",
        Arrays.stream(Rating.values()).map(Rating::name).toList());
    String reason = in.optionalText("overrideReason", "Lý do điều chỉnh");
    String proposed = Facts.text(task, "proposedRating");
    in.require(chosen == null || chosen.equals(proposed) || reason != null,
        "Mức xác nhận khác mức đề xuất: phải ghi «Lý do điều chỉnh».");
    in.refuseIfInvalid();
    EmulationRating rating = ratings.findByYearAndUnitCode(Facts.year(task),
        Facts.text(task, "unitCode")).orElseThrow();
    rating.confirm(Rating.valueOf(chosen), chosen.equals(proposed) ? null : reason,
        Actors.of(task), Clock.now());
    ratings.save(rating);
  }
}
