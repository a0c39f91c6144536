package vn.qcdc.flow.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.ScheduleProperties;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Facts;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.notice.Notice;
import vn.qcdc.flow.notice.Notices;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.UnitKind;

/** The six-month and year-end reviews (III.3): units, inspections, regulations, leadership. */
@Service
public class ReviewService {

  static final List<String> INSPECTION_RATINGS = List.of("GOOD", "FAIR", "WEAK");

  private final UnitReviewRepository reviews;
  private final InspectionRepository inspections;
  private final RegulationReviewRepository regulationReviews;
  private final LeadershipReportRepository leadershipReports;
  private final OrganisationRegistry organisation;
  private final Notices notices;
  private final ScheduleProperties schedule;
  private final List<IndicatorSource> sources;
  private final InspectionTeams teams;
  private final UnionSentimentAnswerRepository sentimentAnswers;
  private final PartyCellReviewRepository partyCellReviews;
  private final ObjectMapper json = new ObjectMapper();
  private final YearKeyTasks yearKeyTasks;

  public ReviewService(UnitReviewRepository reviews, InspectionRepository inspections,
      RegulationReviewRepository regulationReviews, LeadershipReportRepository leadershipReports,
      OrganisationRegistry organisation, Notices notices, ScheduleProperties schedule,
      List<IndicatorSource> sources, InspectionTeams teams,
      UnionSentimentAnswerRepository sentimentAnswers,
      PartyCellReviewRepository partyCellReviews, YearKeyTasks yearKeyTasks) {
    this.yearKeyTasks = yearKeyTasks;
    this.sources = sources;
    this.partyCellReviews = partyCellReviews;
    this.teams = teams;
    this.sentimentAnswers = sentimentAnswers;
    this.reviews = reviews;
    this.inspections = inspections;
    this.regulationReviews = regulationReviews;
    this.leadershipReports = leadershipReports;
    this.organisation = organisation;
    this.notices = notices;
    this.schedule = schedule;
  }

  static Period period(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return Period.valueOf(Facts.text(scope, "period"));
  }

  /** Start listener: the period's label, due date, reminder and cut-off, the units to inspect. */
  void schedule(DelegateExecution execution) throws Exception {
    int year = Facts.year(execution);
    Period period = period(execution);
    LocalDate due = Clock.today().plus(schedule.reviewDuration());
    Date dueAt = Clock.startOfDay(due.plusDays(1));
    execution.setVariable("periodLabel", period.label(year));
    execution.setVariable("reviewDueDate", due.toString());
    execution.setVariable("reviewDueAt", dueAt);
    execution.setVariable("reviewReminderAt",
        Clock.startOfDay(due.plusDays(1).minus(schedule.reviewReminderBefore())));
    execution.setVariable("reviewCutoffAt",
        Clock.startOfDay(due.plusDays(1).plus(schedule.reviewGrace())));
    List<Map<String, String>> candidates = new ArrayList<>();
    for (OrgUnit unit : organisation.unitsFor("INSPECTION")) {
      candidates.add(Map.of("label", unit.getName(), "value", unit.getCode()));
    }
    execution.setVariable("inspectionCandidates",
        SpinValues.jsonValue(json.writeValueAsString(candidates)).create());
    execution.setVariable("inspectedUnitCodes", "");
    teams.offerCandidates(execution);
    execution.setVariable(SENTIMENT_REPORTED, false);
  }

  /** Set when the union files its review: its sentiment report then awaits an answer. */
  static final String SENTIMENT_REPORTED = "unionSentimentReported";

  /** The figures a kind of unit reports on its review form, in the enum's order. */
  public static List<Indicator> figuresFor(UnitKind kind) {
    return java.util.Arrays.stream(Indicator.values()).filter(i -> i.reportedBy(kind)).toList();
  }

  static final String PREFILLED = "prefilledFigures";

  /**
   * Create listener of the three review tasks: each figure the application knows is pre-filled
   * from every {@link IndicatorSource}, so the unit checks and corrects rather than retypes.
   */
  void prefill(DelegateTask task) {
    int year = Facts.year(task);
    Period period = period(task);
    String unit = Facts.text(task, "unitCode");
    UnitKind kind = UnitKind.valueOf(Facts.text(task, "unitKind"));
    Map<Indicator, Integer> known = knownFigures(year, period, unit);
    Map<String, Integer> prefilled = new LinkedHashMap<>();
    for (Indicator indicator : figuresFor(kind)) {
      Integer value = known.get(indicator);
      if (value != null) {
        task.setVariableLocal(indicator.key(), value);
        prefilled.put(indicator.name(), value);
      }
    }
    try {
      task.setVariableLocal(PREFILLED, json.writeValueAsString(prefilled));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    if (yearKeyTasks.mayLead(kind)) {
      yearKeyTasks.offerForReview(task, year, unit); // II.3: the key tasks it leads
    }
  }

  /** The sum of every source's figures for a unit over the period (H1: Jan-Jun; YEAR: all). */
  public Map<Indicator, Integer> knownFigures(int year, Period period, String unit) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = period.yearEnd() ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 6, 30);
    Map<Indicator, Integer> sum = new java.util.EnumMap<>(Indicator.class);
    for (IndicatorSource source : sources) {
      source.figures(year, unit, from, to).forEach((k, v) -> sum.merge(k, v, Integer::sum));
    }
    return sum;
  }

  /** Complete listener of the three review tasks; the form differs by kind of unit. */
  void recordReview(DelegateTask task) {
    int year = Facts.year(task);
    Period period = period(task);
    String unit = Facts.text(task, "unitCode");
    UnitKind kind = UnitKind.valueOf(Facts.text(task, "unitKind"));
    FormInput in = FormInput.of(task);
    UnitReview review = reviews.findByYearAndPeriodAndUnitCode(year, period.name(), unit)
        .orElseGet(() -> new UnitReview(year, period, unit, kind.name()));
    Map<String, Integer> prefilled = prefilledOf(task);
    Map<Indicator, Integer> filed = new java.util.EnumMap<>(Indicator.class);
    Map<Indicator, Integer> known = null;
    for (Indicator indicator : figuresFor(kind)) {
      if (!task.hasVariable(indicator.key())) {
        // A task made before an upgrade, on its older form, lacks an indicator added since:
        // the application's own count stands in for it where there is one.
        known = known != null ? known : knownFigures(year, period, unit);
        if (known.containsKey(indicator)) {
          filed.put(indicator, known.get(indicator));
          continue;
        }
      }
      filed.put(indicator, in.count(indicator.key(), indicator.label(), 0, 100000));
    }
    filed.forEach((part, value) -> part.notAbove().filter(filed::containsKey).ifPresent(whole ->
        in.require(value == null || filed.get(whole) == null || value <= filed.get(whole),
            "«" + part.label() + "» (" + value + ") không được lớn hơn «" + whole.label()
                + "» (" + filed.get(whole) + ").")));
    review.keyTasksResult = in.text("keyTasksResult", "Kết quả thực hiện nhiệm vụ trọng tâm");
    review.strengths = in.text("strengths", "Ưu điểm");
    review.shortcomings = in.text("shortcomings", "Hạn chế");
    review.causes = in.optionalText("causes", "Nguyên nhân");
    review.recommendations = in.optionalText("recommendations", "Kiến nghị, đề xuất");
    if (kind == UnitKind.UNION) {
      review.propagandaActivities = in.count("propagandaActivities",
          "Số hoạt động tuyên truyền cho đoàn viên", 0, 1000);
      review.sentimentReport = in.text("sentimentReport",
          "Tâm tư, nguyện vọng của cán bộ, công chức, người lao động");
    } else if (kind == UnitKind.INSPECTION_BOARD) {
      review.adminSupervision = in.text("adminSupervision",
          "Kết quả giám sát hoạt động hành chính");
      review.financeSupervision = in.text("financeSupervision",
          "Kết quả giám sát hoạt động tài chính");
    } else if (period.yearEnd()) {
      review.officialsListed = in.optionalText("officialsListed",
          "Cán bộ, công chức đề nghị xếp loại");
      OfficialLine.parseAll(review.officialsListed, in);
    }
    List<YearKeyTasks.Update> keyTaskStates = yearKeyTasks.mayLead(kind)
        ? yearKeyTasks.readReview(task, year, unit, in) : List.of();
    in.refuseIfInvalid();
    yearKeyTasks.apply(keyTaskStates, period.name(), Actors.of(task));
    filed.forEach((indicator, value) ->
        review.record(indicator, value, prefilled.get(indicator.name())));
    Date dueAt = (Date) task.getExecution().getVariable("reviewDueAt");
    review.submitted(Actors.of(task), Clock.now(),
        LocalDate.parse(Facts.text(task, "reviewDueDate")),
        Clock.now().isAfter(dueAt.toInstant()));
    reviews.save(review);
    if (kind == UnitKind.UNION) {
      task.getExecution().setVariable(SENTIMENT_REPORTED, true);
    }
  }

  /** The unions' sentiment reports of the period, by union code (II.5.a). */
  private Map<String, String> sentiments(int year, Period period) {
    Map<String, String> found = new LinkedHashMap<>();
    for (OrgUnit union : organisation.ofKind(UnitKind.UNION)) {
      reviews.findByYearAndPeriodAndUnitCode(year, period.name(), union.getCode())
          .map(UnitReview::getSentimentReport).filter(t -> t != null && !t.isBlank())
          .ifPresent(t -> found.put(union.getCode(), t));
    }
    return found;
  }

  /** Create listener of AnswerUnionSentiment: the form shows what the union reported. */
  void offerUnionSentiment(DelegateTask task) {
    task.setVariableLocal("unionSentimentReport",
        String.join("\n\n", sentiments(Facts.year(task), period(task)).values()));
  }

  /**
   * Complete listener of AnswerUnionSentiment (II.5.a, I.2): the Party committee's or
   * leadership's answer is recorded, sent back to the union as a notice, and the report shows it.
   */
  void answerUnionSentiment(DelegateTask task) {
    int year = Facts.year(task);
    Period period = period(task);
    FormInput in = FormInput.of(task);
    String answer = in.text("sentimentAnswer", "Ý kiến trả lời của cấp ủy, lãnh đạo Ban");
    String measures = in.optionalText("sentimentMeasures",
        "Việc sẽ làm, đơn vị thực hiện (nếu có)");
    in.refuseIfInvalid();
    String actor = Actors.of(task);
    String role = teams.roleOf(actor, List.of(organisation.roles().getPartyCommittee(),
        organisation.roles().getLeadership()));
    for (Map.Entry<String, String> sentiment : sentiments(year, period).entrySet()) {
      String union = sentiment.getKey();
      boolean answered = sentimentAnswers.findByYearAndPeriod(year, period.name()).stream()
          .anyMatch(a -> a.getUnionCode().equals(union));
      if (answered) {
        continue;
      }
      sentimentAnswers.save(new UnionSentimentAnswer(year, period, union, sentiment.getValue(),
          answer, measures, actor, role, Clock.now()));
      notices.send(task.getExecution(), Notice.Kind.ANSWER, "SENTIMENT_" + period.name(), union,
          union, "Trả lời phản ánh của " + organisation.name(union) + " ("
              + period.label(year).toLowerCase() + "): đồng chí " + teams.fullName(actor)
              + (role == null ? "" : " (" + organisation.name(role) + ")") + " trả lời: "
              + answer + (measures == null ? "" : "\nViệc sẽ làm: " + measures));
    }
  }

  /**
   * Complete listener of ReviewPartyLeadership (I.2, II.4.b): the Party cell's assessment of how
   * the Party committee and leadership led QCDC in the period, once per period.
   */
  void recordPartyCellReview(DelegateTask task) {
    int year = Facts.year(task);
    Period period = period(task);
    FormInput in = FormInput.of(task);
    String assessment = in.choice("partyAssessment", "Đánh giá chung", INSPECTION_RATINGS);
    String findings = in.text("partyFindings",
        "Nhận xét của Chi bộ về việc lãnh đạo thực hiện QCDC");
    String directions = in.optionalText("partyDirections",
        "Chủ trương, chỉ đạo của Chi bộ cho kỳ tới (nếu có)");
    in.require(partyCellReviews.findByYearAndPeriod(year, period.name()).isEmpty(),
        "Chi bộ đã đánh giá kỳ này.");
    in.refuseIfInvalid();
    partyCellReviews.save(new PartyCellReview(year, period, assessment, findings, directions,
        Actors.of(task), Clock.now()));
  }

  public java.util.Optional<PartyCellReview> partyCellReview(int year, Period period) {
    return partyCellReviews.findByYearAndPeriod(year, period.name());
  }

  public List<UnionSentimentAnswer> sentimentAnswers(int year, Period period) {
    return sentimentAnswers.findByYearAndPeriod(year, period.name());
  }

  private Map<String, Integer> prefilledOf(DelegateTask task) {
    Object raw = task.getVariableLocal(PREFILLED);
    if (raw == null) {
      return Map.of();
    }
    // Written by the application itself when the task was created: a value that does not read
    // back is a fault, not something to file silently without the figures it pre-filled.
    com.fasterxml.jackson.databind.JsonNode figures;
    try {
      figures = json.readTree(raw.toString());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Task " + task.getId() + ": the pre-filled figures ("
          + PREFILLED + ") are not JSON: " + e.getOriginalMessage(), e);
    }
    if (figures == null || !figures.isObject()) {
      throw new IllegalStateException("Task " + task.getId() + ": the pre-filled figures ("
          + PREFILLED + ") are not a JSON object: " + raw);
    }
    Map<String, Integer> values = new LinkedHashMap<>();
    figures.fields().forEachRemaining(e -> {
      if (!e.getValue().canConvertToInt()) {
        throw new IllegalStateException("Task " + task.getId() + ": the pre-filled figure "
            + e.getKey() + " is not a whole number: " + e.getValue());
      }
      values.put(e.getKey(), e.getValue().intValue());
    });
    return values;
  }

  /** The reminder before the due date, to every unit that has not filed. */
  void remindPending(DelegateExecution execution) {
    int year = Facts.year(execution);
    Period period = period(execution);
    Set<String> filed = reviews.findByYearAndPeriod(year, period.name()).stream()
        .map(UnitReview::getUnitCode).collect(Collectors.toSet());
    for (String unit : organisation.codesFor("REVIEW")) {
      if (!filed.contains(unit)) {
        notices.send(execution, Notice.Kind.REMINDER, "REVIEW_" + period.name(), unit, unit,
            "Nhắc nhở: " + organisation.name(unit) + " chưa nộp báo cáo "
                + period.label(year).toLowerCase() + "; hạn nộp là "
                + Formats.date(LocalDate.parse(
                    Facts.text(execution, "reviewDueDate"))) + ".");
      }
    }
  }

  /**
   * Complete listener of SelectUnitsToInspect: the units chosen and, from this version's form,
   * the member of the steering committee named for each (and a union representative where the
   * committee decides). The released forms send only the list of units: nobody is named then.
   */
  void selectInspections(DelegateTask task) {
    Collection<String> allowed = organisation.codesFor("INSPECTION");
    Object assignments = task.getVariable(InspectionTeams.ASSIGNMENTS);
    if (assignments != null) {
      Map<String, InspectionTeams.Member> team = teams.read(assignments, allowed);
      task.getExecution().setVariable(InspectionTeams.TEAM, teams.asVariable(team));
      task.getExecution().setVariable("inspectedUnitCodes", String.join(",", team.keySet()));
      return;
    }
    Object raw = task.getVariable("inspectedUnits");
    List<String> chosen = new ArrayList<>();
    if (raw != null) {
      try {
        for (var node : json.readTree(raw.toString())) {
          chosen.add(node.asText());
        }
      } catch (Exception e) {
        throw new InputRefusedException("«Đơn vị được kiểm tra» không đọc được.");
      }
    }
    for (String code : chosen) {
      if (!allowed.contains(code)) {
        throw new InputRefusedException("«Đơn vị được kiểm tra» có đơn vị không hợp lệ: "
            + code + ".");
      }
    }
    task.getExecution().setVariable("inspectedUnitCodes",
        String.join(",", new java.util.LinkedHashSet<>(chosen)));
  }

  /** Complete listener of InspectUnit. */
  void recordInspection(DelegateTask task) {
    int year = Facts.year(task);
    FormInput in = FormInput.of(task);
    LocalDate date = in.dateInYear("inspectionDate", "Ngày kiểm tra", year);
    String rating = in.choice("inspectionRating", "Đánh giá", INSPECTION_RATINGS);
    int count = in.count("findingsCount", "Số tồn tại, hạn chế phát hiện", 0, 1000);
    String findings = in.text("findings", "Kết quả kiểm tra và yêu cầu khắc phục");
    in.refuseIfInvalid();
    String unit = Facts.text(task, "unitCode");
    InspectionTeams.Member named = teams.team(task).get(unit);
    inspections.save(new Inspection(year, period(task), unit, date, rating, count, findings,
        Actors.of(task), Clock.now()).namedBy(named == null ? null : named.inspector(),
            named == null ? null : named.unionRepresentative()));
  }

  /** Complete listener of ReviewRegulations (II.3.b). */
  void recordRegulationReview(DelegateTask task) {
    FormInput in = FormInput.of(task);
    int reviewed = in.count("regulationsReviewed", "Số quy chế, quy định đã rà soát", 0, 1000);
    int amended = in.count("regulationsAmended", "Số quy chế, quy định được sửa đổi, bổ sung", 0,
        Math.max(reviewed, 0));
    String notes = in.text("regulationNotes", "Nội dung rà soát");
    in.refuseIfInvalid();
    regulationReviews.save(new RegulationReview(Facts.year(task), period(task), reviewed, amended,
        notes, Actors.of(task), Clock.now()));
  }

  /** Complete listener of ReportLeadershipExample (II.4.a). */
  void recordLeadershipReport(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String commitments = in.text("leadershipCommitments",
        "Kết quả thực hiện trách nhiệm nêu gương");
    int dialogues = in.count("dialoguesHeld", "Số buổi đối thoại với cán bộ, công chức", 0, 1000);
    in.refuseIfInvalid();
    leadershipReports.save(new LeadershipReport(Facts.year(task), period(task), commitments,
        dialogues, Actors.of(task), Clock.now()));
  }

  public List<Inspection> inspections(int year, Period period) {
    return inspections.findByYearAndPeriod(year, period.name());
  }

  public java.util.Optional<RegulationReview> regulationReview(int year, Period period) {
    return regulationReviews.findByYearAndPeriod(year, period.name());
  }

  public java.util.Optional<LeadershipReport> leadershipReport(int year, Period period) {
    return leadershipReports.findByYearAndPeriod(year, period.name());
  }

  /** Filed reviews of a period by unit code, for consolidation. */
  public Map<String, UnitReview> filed(int year, Period period) {
    return reviews.findByYearAndPeriod(year, period.name()).stream().collect(Collectors.toMap(
        UnitReview::getUnitCode, r -> r, (a, b) -> a, LinkedHashMap::new));
  }
}
