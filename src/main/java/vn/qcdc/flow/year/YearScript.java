package vn.qcdc.flow.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.review.ReviewService;

/**
 * What the users of an agency do in a year of the cycle, task by task: the values each form is
 * submitted with and who submits it. The one script of the year: the demo data, the tests
 * (Java API and REST), the MariaDB and upgrade tests and the benchmark all take their values
 * from here; how a user acts is a {@link Hand}, where and when is the driver's business
 * ({@link ScriptedYear} in-process with the engine clock; the benchmark's drivers over HTTP).
 *
 * <p>Dates are given by the driver (the engine's day in-process, the node's day over HTTP).
 * Forms with a list are sent as JSON values, as Tasklist sends them.
 */
public final class YearScript {

  // ---------------------------------------------------------------- who does each

  /** The steering committee's member who drafts, records the conference and picks inspections. */
  public static final String COMMITTEE = "bcd";
  /** The head: approves the plan and the report, answers proposals, confirms ratings. */
  public static final String HEAD = "truongban";
  /** The Party cell's secretary: answers the union (II.5.a), assesses the leadership (I.2). */
  public static final String PARTY_SECRETARY = "bithu";
  /** The unit that reviews the regulations and numbers and sends the report. */
  public static final String GENERAL_AFFAIRS = "phong-tong-hop";
  /**
   * Who the committee names to inspect the i-th unit it chooses (III.3): these members in turn;
   * the union sends a representative with the first (II.5.a).
   */
  public static final List<String> INSPECTORS = List.of("phoban", "bcd");
  public static final String UNION_REPRESENTATIVE = "congdoan";
  /** The units the committee chooses to inspect in each review (III.3). */
  public static final List<String> INSPECTED = List.of("phong-ly-luan", "phong-bao-chi");

  /**
   * Who does a task: a named {@code user}; else a member of {@code group}; else (both null) the
   * task's assignee, or a member of the group it is offered to.
   */
  public record Actor(String user, String group) {
    static final Actor OFFERED = new Actor(null, null);

    public boolean offered() {
      return user == null && group == null;
    }
  }

  /** Who does each task of the year (a unit's own tasks: a member of the unit). */
  public static Actor actor(String taskKey) {
    return switch (taskKey) {
      case "DraftPlan", "RecordConference", "SelectUnitsToInspect", "FollowUpLateUnit" ->
          new Actor(COMMITTEE, null);
      case "ApprovePlan", "AnswerProposal", "IssueWorkPlan", "ReportLeadershipExample",
          "ApproveReport", "ConfirmRating" -> new Actor(HEAD, null);
      case "AnswerUnionSentiment", "ReviewPartyLeadership" -> new Actor(PARTY_SECRETARY, null);
      case "ReviewRegulations", "SubmitReport" -> new Actor(null, GENERAL_AFFAIRS);
      default -> Actor.OFFERED;
    };
  }

  // ---------------------------------------------------------------- the year's texts

  /** The key tasks from above in the draft plan (II.3), in its order. */
  public static final List<String> KEY_TASKS = List.of("Tuyên truyền Nghị quyết Đại hội XIII",
      "Cải cách hành chính", "Chuyển đổi số");
  /** The units that lead them, in that order (the demo's and the tests' choice). */
  public static final String[] KEY_TASK_OWNERS = {"phong-tuyen-truyen", "phong-tong-hop",
      "phong-tong-hop"};
  public static final String DOCUMENTS = "Nghị định 04/2015/NĐ-CP; Thông tư 01/2016/TT-BNV";
  public static final String PROPAGANDA_PROPOSALS =
      "Bổ sung máy tính cho phòng\nTăng kinh phí tuyên truyền";
  public static final String UNION_PROPOSALS = "Tổ chức tham quan, nghỉ mát cho đoàn viên";
  public static final String SENTIMENT_REPORT = "Cán bộ, công chức phấn khởi, yên tâm công tác.";
  public static final String SENTIMENT_ANSWER =
      "Chi bộ ghi nhận ý kiến của đoàn viên; lãnh đạo Ban bố trí lại phòng làm việc trong quý.";
  public static final String SENTIMENT_MEASURES = "Phòng Tổng hợp bố trí lại phòng làm việc.";
  public static final String PARTY_FINDINGS =
      "Cấp ủy, lãnh đạo Ban lãnh đạo thực hiện nghiêm quy chế dân chủ, đối thoại đúng kỳ.";
  public static final String PARTY_DIRECTIONS = "Tiếp tục đối thoại định kỳ với công đoàn.";
  /** The conference's figures when none are given: quorum and resolution reached. */
  public static final long OFFICIALS = 45;
  public static final long PRESENT = 40;
  public static final long IN_FAVOUR = 38;

  private final int year;

  public YearScript(int year) {
    this.year = year;
  }

  public int year() {
    return year;
  }

  public String businessKey() {
    return "QCDC-" + year;
  }

  // ---------------------------------------------------------------- the plan

  /** DraftPlan: the year's key tasks from above and the dissemination deadline (15/02). */
  public Map<String, Object> draftPlan() {
    return values("yearKeyTasks", String.join("\n", KEY_TASKS),
        "disseminationDueDate", year + "-02-15");
  }

  /**
   * ApprovePlan: approved; with owners, the unit that leads each key task of the draft, in its
   * order (II.3); without, as on a released form, which has no list.
   */
  public Map<String, Object> approvePlan(String... owners) {
    Map<String, Object> v = values("planDecision", "approve");
    if (owners.length > 0) {
      v.put("yearKeyTaskItems", keyTaskOwners(owners));
    }
    return v;
  }

  /** The approval form's rows: the draft's key tasks, each with the unit chosen to lead it. */
  public static Object keyTaskOwners(String... owners) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < owners.length; i++) {
      rows.add("{\"keyTaskTitle\":\"" + KEY_TASKS.get(i % KEY_TASKS.size()) + "\""
          + (owners[i] == null ? "" : ",\"keyTaskOwner\":\"" + owners[i] + "\"") + "}");
    }
    return json(rows);
  }

  /** FollowUpLateUnit: what the committee did about a unit late with its dissemination. */
  public Map<String, Object> followUpLateUnit() {
    return values("escalationAction",
        "Đã nhắc trực tiếp trưởng đơn vị, yêu cầu quán triệt trong tuần.");
  }

  // ---------------------------------------------------------------- dissemination, proposals

  /** RecordDissemination: the unit's meeting on the day, with its attendance. */
  public Map<String, Object> dissemination(String date, long attendance) {
    return values("meetingDate", date, "meetingKind", "HOP_CO_QUAN", "attendance", attendance,
        "documentsCovered", DOCUMENTS);
  }

  /** The start form of qcdc-dissemination-session: a meeting where QCDC documents were covered. */
  public Map<String, Object> session(LocalDate date, String kind, long attendees,
      String documents) {
    return values("sessionDate", date.toString(), "sessionKind", kind,
        "sessionDocuments", documents, "sessionAttendees", attendees);
  }

  /** SubmitProposals of a unit: the department of propaganda and the union send some. */
  public Map<String, Object> proposals(String unit) {
    return proposalsText(switch (unit) {
      case "phong-tuyen-truyen" -> PROPAGANDA_PROPOSALS;
      case "cong-doan" -> UNION_PROPOSALS;
      default -> null;
    });
  }

  /** SubmitProposals: these lines, or "no proposals" when null. */
  public static Map<String, Object> proposalsText(String text) {
    return text == null ? values("noProposals", true) : values("proposalsText", text);
  }

  /** AnswerProposal: accepted, given to general affairs. */
  public Map<String, Object> answerProposal() {
    return values("answerKind", "ACCEPTED",
        "answerText", "Lãnh đạo Ban tiếp thu, giao Phòng Tổng hợp thực hiện trong quý.");
  }

  // ---------------------------------------------------------------- the conference

  /** RecordConference with the default figures ({@link #OFFICIALS} convened). */
  public Map<String, Object> conference(String date) {
    return conference(date, OFFICIALS, PRESENT, IN_FAVOUR);
  }

  public Map<String, Object> conference(String date, long total, long attendance,
      long votesFor) {
    return values("conferenceDate", date, "totalOfficials", total, "attendance", attendance,
        "votesFor", votesFor,
        "resolutionSummary", "Thông qua kế hoạch công tác năm và quy chế chi tiêu nội bộ.");
  }

  /**
   * The conference form's election of the People's Inspection Board: these members, for two
   * years from the conference (Nghị định 04/2015 Điều 5).
   */
  public static Map<String, Object> boardElection(List<String> members, LocalDate termStart) {
    List<String> quoted = members.stream().map(m -> "\"" + m + "\"").toList();
    return values("boardElected", true,
        "boardMembers", SpinValues.jsonValue("[" + String.join(",", quoted) + "]").create(),
        "boardTermStart", termStart.toString(),
        "boardTermEnd", termStart.plusYears(2).minusDays(1).toString());
  }

  /** IssueWorkPlan: the year's work plan and each month's key tasks. */
  public Map<String, Object> workPlan() {
    Map<String, Object> v = values("annualWorkPlan", "Kế hoạch công tác năm " + year + " của Ban.");
    for (int m = 1; m <= 12; m++) {
      v.put("keyTasksMonth" + m, "Nhiệm vụ trọng tâm tháng " + m + "/" + year);
    }
    return v;
  }

  // ---------------------------------------------------------------- the reviews

  /** The review task of a unit of this kind. */
  public static String reviewTaskKey(String unitKind) {
    return switch (unitKind) {
      case "UNION" -> "FileUnionReview";
      case "INSPECTION_BOARD" -> "FileInspectionBoardReview";
      default -> "FileUnitReview";
    };
  }

  /**
   * What a unit files on its review form when it accepts what the form shows: each figure its
   * kind reports as pre-filled ({@code shown}; 0 where none), then {@link #reviewTexts}.
   */
  public static Map<String, Object> review(String unitKind, Function<String, Object> shown) {
    Map<String, Object> v = prefilled(unitKind, shown);
    v.putAll(reviewTexts(unitKind));
    return v;
  }

  /** The figures of a review form as it opens: pre-filled, 0 where none. */
  public static Map<String, Object> prefilled(String unitKind, Function<String, Object> shown) {
    Map<String, Object> v = new LinkedHashMap<>();
    for (var indicator : ReviewService.figuresFor(UnitKind.valueOf(unitKind))) {
      Object figure = shown.apply(indicator.key());
      v.put(indicator.key(), figure instanceof Number n ? n.longValue() : 0L);
    }
    return v;
  }

  /** The unit's own texts on its review; the union and the board add what only they report. */
  public static Map<String, Object> reviewTexts(String unitKind) {
    Map<String, Object> v = values("keyTasksResult", "Hoàn thành các nhiệm vụ trọng tâm.",
        "strengths", "Thực hiện nghiêm túc.", "shortcomings", "Còn chậm báo cáo.");
    if (unitKind.equals("UNION")) {
      v.put("propagandaActivities", 4L);
      v.put("inspectionsMade", 1L);
      v.put("sentimentReport", SENTIMENT_REPORT);
    }
    if (unitKind.equals("INSPECTION_BOARD")) {
      v.put("inspectionsMade", 2L);
      v.put("adminSupervision", "Không phát hiện sai phạm hành chính.");
      v.put("financeSupervision", "Chi tiêu đúng quy chế chi tiêu nội bộ.");
    }
    return v;
  }

  /**
   * II.3: the state of each key task a unit leads, as its review form lists them
   * ({@code shown}, null or "[]" when it leads none): under way at mid-year, done at the end;
   * null when there is nothing to report.
   */
  public static Object keyTaskStatesFor(Object shown, boolean yearEnd) {
    if (shown == null || "[]".equals(shown.toString())) {
      return null;
    }
    int rows = shown.toString().split("keyTaskTitle", -1).length - 1;
    String[][] states = new String[rows][];
    for (int i = 0; i < rows; i++) {
      states[i] = yearEnd ? new String[] {"HOAN_THANH", "Hoàn thành theo kế hoạch."}
          : new String[] {"DANG_THUC_HIEN"};
    }
    return keyTaskStates(states);
  }

  /** The unit review form's rows: state and note of each key task the unit leads. */
  public static Object keyTaskStates(String[]... rows) {
    List<String> items = new ArrayList<>();
    for (String[] row : rows) {
      items.add("{\"keyTaskState\":" + (row[0] == null ? "null" : "\"" + row[0] + "\"")
          + (row.length > 1 && row[1] != null ? ",\"keyTaskNote\":\"" + row[1] + "\"" : "")
          + "}");
    }
    return json(items);
  }

  /** SelectUnitsToInspect: each chosen unit with its inspector in turn ({@link #INSPECTORS}). */
  public Map<String, Object> selectInspections(List<String> inspected) {
    return selectInspections(inspected, INSPECTORS, UNION_REPRESENTATIVE);
  }

  /**
   * SelectUnitsToInspect: the i-th unit inspected by the i-th of {@code inspectors} (in turn),
   * the union's representative (if any) with the first.
   */
  public Map<String, Object> selectInspections(List<String> inspected, List<String> inspectors,
      String unionRepresentative) {
    String[][] rows = new String[inspected.size()][];
    for (int i = 0; i < inspected.size(); i++) {
      rows[i] = new String[] {inspected.get(i), inspectors.get(i % inspectors.size()),
          i == 0 ? unionRepresentative : null};
    }
    return values("inspectionAssignments", assignments(rows));
  }

  /** The selection form's rows: unit, member of the committee, union representative or null. */
  public static Object assignments(String[]... rows) {
    List<String> items = new ArrayList<>();
    for (String[] row : rows) {
      items.add("{\"inspectedUnit\":\"" + row[0] + "\""
          + (row[1] != null ? ",\"inspector\":\"" + row[1] + "\"" : "")
          + (row.length > 2 && row[2] != null ? ",\"unionRepresentative\":\"" + row[2] + "\""
              : "") + "}");
    }
    return json(items);
  }

  /** InspectUnit: a good rating, one finding. */
  public Map<String, Object> inspection(String date) {
    return values("inspectionDate", date, "inspectionRating", "GOOD", "findingsCount", 1L,
        "findings", "Đơn vị thực hiện tốt, cần lưu hồ sơ đầy đủ hơn.");
  }

  /** AnswerUnionSentiment (II.5.a): the answer to what the union reported, and the measures. */
  public Map<String, Object> answerUnionSentiment() {
    return values("sentimentAnswer", SENTIMENT_ANSWER, "sentimentMeasures", SENTIMENT_MEASURES);
  }

  /** ReviewPartyLeadership (I.2): the Party cell's assessment of how QCDC was led. */
  public static Map<String, Object> partyCellReview() {
    return values("partyAssessment", "GOOD", "partyFindings", PARTY_FINDINGS,
        "partyDirections", PARTY_DIRECTIONS);
  }

  /** ReviewRegulations (II.3.b). */
  public Map<String, Object> regulations() {
    return values("regulationsReviewed", 3L, "regulationsAmended", 1L,
        "regulationNotes", "Sửa đổi quy chế chi tiêu nội bộ.");
  }

  /** ReportLeadershipExample (II.4.a). */
  public Map<String, Object> leadershipExample() {
    return values("leadershipCommitments", "Lãnh đạo Ban gương mẫu thực hiện.",
        "dialoguesHeld", 1L);
  }

  /** ApproveReport. */
  public Map<String, Object> approveReport() {
    return values("reportDecision", "approve");
  }

  /** SubmitReport: the number (the one the register holds, as the form shows it) and the day. */
  public Map<String, Object> submitReport(String number, String date) {
    return values("documentNumber", number, "documentDate", date, "archived", true);
  }

  /** ConfirmRating: the rating the decision table proposed. */
  public Map<String, Object> confirmRating(Object proposed) {
    return values("finalRating", proposed);
  }

  // ---------------------------------------------------------------- helpers

  /** A mutable map of the pairs, in their order. */
  public static Map<String, Object> values(Object... pairs) {
    Map<String, Object> v = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      v.put((String) pairs[i], pairs[i + 1]);
    }
    return v;
  }

  private static Object json(List<String> items) {
    return SpinValues.jsonValue("[" + String.join(",", items) + "]").create();
  }
}
