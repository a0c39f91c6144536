package vn.qcdc.flow.emulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import vn.qcdc.flow.review.OfficialLine;
import vn.qcdc.flow.review.Period;
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
  private final OfficialRatingRepository officials;
  private final DecisionService decisions;
  private final AssessmentRules rules;

  public EmulationService(DisseminationRecordRepository disseminations,
      UnitReviewRepository reviews, InspectionRepository inspections,
      EmulationRatingRepository ratings, OfficialRatingRepository officials,
      DecisionService decisions, AssessmentRules rules) {
    this.rules = rules;
    this.disseminations = disseminations;
    this.reviews = reviews;
    this.inspections = inspections;
    this.ratings = ratings;
    this.officials = officials;
    this.decisions = decisions;
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
    // Declared here, on the unit's scope, so that what ProposeRating's end listener writes
    // stays visible to ConfirmRating.
    execution.setVariableLocal("proposedRatingLabel", null);
    execution.setVariableLocal("officialRatings", null);
    execution.setVariableLocal("officialChoices", null);
    execution.setVariableLocal("ratingBasis", String.format(
        "Quán triệt: %s (tỷ lệ tham dự %.0f%%); báo cáo sơ kết, tổng kết đã nộp: %d/2, nộp trễ: %d;"
            + " kết quả kiểm tra của Ban Chỉ đạo: %s.",
        record.map(DisseminationRecord::getMeetingDate).map(d -> "đã tổ chức").orElse("chưa tổ chức"),
        rate * 100, filed.size(), late, inspectionLabel(inspection))
        + " " + rules.qualityFor(year).describe() + " " + rules.titlesFor(year).describe());
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
    execution.setVariable("proposedRatingLabel", proposed.label());
    List<OfficialRating> listed = rateOfficials(year, unit, proposed);
    execution.setVariable("officialRatings", listed.isEmpty()
        ? "Đơn vị không đề nghị xếp loại cán bộ, công chức nào."
        : String.join("\n", listed.stream().map(o -> o.getOfficialName() + ": "
            + Rating.valueOf(o.getProposedRating()).label() + " (hoàn thành "
            + o.getTaskCompletion() + "%" + (o.isDisciplined() ? ", bị kỷ luật" : "") + ")")
            .toList()));
    // The confirmation form picks the officials to override from this list (a select with
    // their names), so nobody types a name or a level code.
    execution.setVariable("officialChoices", officialChoices(listed));
  }

  private static Object officialChoices(List<OfficialRating> listed) {
    List<Map<String, String>> options = new ArrayList<>();
    for (OfficialRating official : listed) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", official.getOfficialName());
      option.put("value", official.getOfficialName());
      options.add(option);
    }
    try {
      return org.camunda.spin.plugin.variable.SpinValues.jsonValue(
          new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(options)).create();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The officials the unit listed in its year-end review, each rated by the table
   * qcdc-official-rating against the unit's rating (III.4: the unit's QCDC result bounds its
   * officials').
   */
  List<OfficialRating> rateOfficials(int year, String unit, Rating unitRating) {
    String listedText = reviews.findByYearAndUnitCode(year, unit).stream()
        .filter(r -> Period.YEAR.name().equals(r.getPeriod()))
        .map(UnitReview::getOfficialsListed).filter(t -> t != null && !t.isBlank())
        .findFirst().orElse(null);
    List<OfficialRating> rated = new ArrayList<>();
    // The thresholds of the quality assessment rule in force at the end of the year.
    AssessmentRules.QualityRule quality = rules.qualityFor(year);
    for (OfficialLine line : OfficialLine.parseFiled(listedText)) {
      String level = decisions.evaluateDecisionTableByKey("qcdc-official-rating",
          Variables.createVariables().putValue("disciplined", line.disciplined())
              .putValue("taskCompletion", line.taskCompletion())
              .putValue("unitRating", unitRating.name())
              .putValue("excellentFrom", quality.excellentFrom())
              .putValue("goodFrom", quality.goodFrom())
              .putValue("doneFrom", quality.doneFrom()))
          .getSingleResult().getSingleEntry();
      OfficialRating official = officials
          .findByYearAndUnitCodeAndOfficialName(year, unit, line.name())
          .orElseGet(() -> new OfficialRating(year, unit, line.name()));
      official.propose(line.taskCompletion(), line.disciplined(), Rating.valueOf(level));
      rated.add(officials.save(official));
    }
    return rated;
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
    int year = Facts.year(task);
    String unit = Facts.text(task, "unitCode");
    List<OfficialRating> listedOfficials =
        officials.findByYearAndUnitCodeOrderByOfficialName(year, unit);
    // Forms of released versions (1.0.0, 1.1.0) send the overrides as lines of text.
    Map<String, Rating> overrides = officialOverrides(
        in.optionalText("officialOverrides", "Điều chỉnh xếp loại cán bộ, công chức"),
        listedOfficials, in);
    overrides.putAll(selectedOverrides(task, listedOfficials, in));
    in.require(overrides.isEmpty() || reason != null,
        "Có điều chỉnh xếp loại cán bộ, công chức: phải ghi «Lý do điều chỉnh».");
    in.refuseIfInvalid();
    EmulationRating rating = ratings.findByYearAndUnitCode(year, unit).orElseThrow();
    Rating confirmed = Rating.valueOf(chosen);
    rating.confirm(confirmed, chosen.equals(proposed) ? null : reason, Actors.of(task),
        Clock.now());
    ratings.save(rating);
    // The officials are rated again against the unit's confirmed rating, then overridden.
    for (OfficialRating official : rateOfficials(year, unit, confirmed)) {
      Rating override = overrides.get(official.getOfficialName());
      official.confirm(override != null ? override : Rating.valueOf(official.getProposedRating()),
          override != null ? reason : null, Actors.of(task), Clock.now());
      officials.save(official);
    }
  }

  /** How many override rows the confirmation form offers (an official and a level each). */
  static final int OVERRIDE_ROWS = 5;

  /** The rows of the form: an official chosen from the list and the level chosen for them. */
  private static Map<String, Rating> selectedOverrides(DelegateTask task,
      List<OfficialRating> listed, FormInput in) {
    Map<String, Rating> overrides = new LinkedHashMap<>();
    List<String> names = listed.stream().map(OfficialRating::getOfficialName).toList();
    for (int row = 1; row <= OVERRIDE_ROWS; row++) {
      String where = "«Điều chỉnh xếp loại cán bộ, công chức» dòng " + row + ": ";
      // Read as text: length, markup and control characters are refused as in any field.
      String name = in.optionalText("override" + row + "Official",
          "Cán bộ, công chức được điều chỉnh (dòng " + row + ")");
      String level = in.optionalText("override" + row + "Rating",
          "Mức điều chỉnh (dòng " + row + ")");
      boolean hasName = name != null;
      boolean hasLevel = level != null;
      if (!hasName && !hasLevel) {
        continue;
      }
      in.require(hasName, where + "chưa chọn cán bộ, công chức.");
      in.require(hasLevel, where + "chưa chọn mức điều chỉnh.");
      Rating rating = hasLevel ? Rating.byCode(level.toString()) : null;
      in.require(!hasLevel || rating != null, where + "mức điều chỉnh không hợp lệ.");
      // The name is not repeated: it is whatever the request sent, markup included.
      in.require(!hasName || names.contains(name), where + "người được chọn không có trong danh"
          + " sách đơn vị đề nghị.");
      in.require(!hasName || !overrides.containsKey(name.toString()), where + "\"" + name
          + "\" đã được điều chỉnh ở dòng trước.");
      if (hasName && rating != null && names.contains(name.toString())) {
        overrides.putIfAbsent(name.toString(), rating);
      }
    }
    return overrides;
  }

  /** Lines "Họ và tên: mức"; each must name a listed official and a level. */
  private static Map<String, Rating> officialOverrides(String text, List<OfficialRating> listed,
      FormInput in) {
    Map<String, Rating> overrides = new LinkedHashMap<>();
    if (text == null) {
      return overrides;
    }
    List<String> names = listed.stream().map(OfficialRating::getOfficialName).toList();
    int number = 0;
    for (String line : text.split("\\R")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      int colon = line.lastIndexOf(':');
      String name = colon < 0 ? line.strip() : line.substring(0, colon).strip();
      Rating level = colon < 0 ? null : Rating.parse(line.substring(colon + 1));
      String where = "«Điều chỉnh xếp loại cán bộ, công chức» dòng " + number + ": ";
      in.require(names.contains(name), where + "\"" + name
          + "\" không có trong danh sách đơn vị đề nghị.");
      in.require(level != null, where
          + "mức phải là tên đầy đủ của mức (Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm"
          + " vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ).");
      if (names.contains(name) && level != null) {
        overrides.put(name, level);
      }
    }
    return overrides;
  }
}
