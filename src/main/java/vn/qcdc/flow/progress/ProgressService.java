package vn.qcdc.flow.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.complaints.CaseKind;
import vn.qcdc.flow.complaints.WorkingCalendar;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrgUnitRepository;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.Phase;
import vn.qcdc.flow.progress.Progress.Status;
import vn.qcdc.flow.tenancy.AgencyContext;

/**
 * Reads a year's progress for the "Tiến độ QCDC" dashboard. Read-only, a fixed number of SQL
 * queries per call whatever the size of the year: Camunda's history tables (every task of the
 * year's instances, the candidate group that names a task's unit, the call activities that say
 * which review a task belongs to) and the business tables (plan, reports, complaints). Complaints
 * are read without the citizen's columns, so the identity cannot leak from here.
 */
@Service
public class ProgressService {

  /** The matrix's columns, in the order of the year. */
  public enum Column {
    DISSEMINATION("Quán triệt văn bản"),
    PROPOSALS("Kiến nghị trước hội nghị"),
    REVIEW_H1("Sơ kết 6 tháng"),
    REVIEW_YEAR("Tổng kết năm"),
    INSPECTION("Kiểm tra"),
    KEY_TASKS("Báo cáo nhiệm vụ trọng tâm tháng");

    final String label;

    Column(String label) {
      this.label = label;
    }
  }

  static final Set<String> REVIEW_TASKS =
      Set.of("FileUnitReview", "FileUnionReview", "FileInspectionBoardReview");
  static final int DUE_SOON_WORKING_DAYS = 3;

  private final JdbcTemplate jdbc;
  private final OrganisationRegistry organisation;
  private final OrgUnitRepository units;
  private final WorkingCalendar calendar;

  private final AgencyContext agencies;

  ProgressService(JdbcTemplate jdbc, OrganisationRegistry organisation, OrgUnitRepository units,
      WorkingCalendar calendar, AgencyContext agencies) {
    this.agencies = agencies;
    this.jdbc = jdbc;
    this.organisation = organisation;
    this.units = units;
    this.calendar = calendar;
  }

  /** The agency whose progress is shown: the caller's. */
  private String agency() {
    return agencies.agency();
  }

  /** A task of the year, as history holds it. */
  record TaskRow(String id, String processInstanceId, String rootId, String processKey,
      String activity, String name, String assignee, Instant end, Instant due,
      String deleteReason, String executionId, boolean rootRunning) {

    boolean cancelled() {
      return end != null && deleteReason != null && !"completed".equals(deleteReason);
    }

    Status status(Instant now) {
      if (end != null) {
        return due == null || !end.isAfter(due) ? Status.DONE_ON_TIME : Status.DONE_LATE;
      }
      return due != null && due.isBefore(now) ? Status.OVERDUE : Status.OPEN;
    }

    Progress.TaskRef ref() {
      return new Progress.TaskRef(id, name, processInstanceId, rootId,
          rootRunning, assignee, due, end);
    }
  }

  /**
   * The year as the caller may see it.
   *
   * @param visibleUnits null for the whole agency (leadership, steering committee, auditors,
   *     administrators); otherwise the unit codes whose rows the caller may see, and nothing
   *     agency-wide (plan, reports, complaints) beyond the plan's state
   */
  public Progress year(int year, Set<String> visibleUnits) {
    long startedNanos = System.nanoTime();
    Instant now = Clock.now();
    String key = "QCDC-" + year;
    List<TaskRow> tasks = tasks(key);
    Map<String, String> unitOfTask = unitsOfTasks(key);
    Map<String, String> reviewPeriodOfInstance = reviewPeriods(key);

    List<OrgUnit> all = units.findByActiveTrueOrderBySortOrder();
    Map<Column, Set<String>> required = required(all);
    List<Progress.Unit> shownUnits = shownUnits(all, required, visibleUnits);
    List<Progress.Cell> out = matrix(shownUnits, required, tasks, unitOfTask,
        reviewPeriodOfInstance, now);

    boolean agency = visibleUnits == null;
    Progress.Plan plan = plan(year, tasks, agency);
    List<Progress.Report> reports = agency ? reports(year, tasks, reviewPeriodOfInstance) : List.of();
    Progress.Complaints complaints = agency ? complaints(year) : null;
    List<Progress.YearRound> yearRound = yearRound(tasks, now, visibleUnits, unitOfTask);
    long elapsed = (System.nanoTime() - startedNanos) / 1_000_000;
    return new Progress(year, years(), agency ? "AGENCY" : "UNITS", shownUnits, phases(), out,
        plan, reports, complaints, yearRound, elapsed);
  }

  /** Every task of the year's instances, in the order they started; cancelled ones left out. */
  private List<TaskRow> tasks(String key) {
    List<TaskRow> tasks = jdbc.query("""
        SELECT t.ID_, t.PROC_INST_ID_, t.ROOT_PROC_INST_ID_, t.PROC_DEF_KEY_, t.TASK_DEF_KEY_,
               t.NAME_, t.ASSIGNEE_, t.END_TIME_, t.DUE_DATE_, t.DELETE_REASON_, t.EXECUTION_ID_,
               r.END_TIME_ AS ROOT_END
          FROM ACT_HI_TASKINST t
          JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_
          LEFT JOIN ACT_HI_PROCINST r ON r.ID_ = t.ROOT_PROC_INST_ID_
         WHERE (p.BUSINESS_KEY_ = ? OR p.BUSINESS_KEY_ LIKE ?) AND p.TENANT_ID_ = ?
         ORDER BY t.START_TIME_, t.ID_
        """, (rs, i) -> taskRow(rs), key, key + "-%", agency());
    return tasks.stream().filter(t -> !t.cancelled()).toList();
  }

  /** One row of {@link #tasks}' query. */
  private static TaskRow taskRow(ResultSet rs) throws SQLException {
    return new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), instant(rs, 8), instant(rs, 9),
        rs.getString(10), rs.getString(11), rs.getTimestamp(12) == null);
  }

  /** Which review ("H1" or "YEAR") each called review instance belongs to. */
  private Map<String, String> reviewPeriods(String key) {
    Map<String, String> reviewPeriodOfInstance = new HashMap<>();
    jdbc.query("""
        SELECT a.CALL_PROC_INST_ID_, a.ACT_ID_ FROM ACT_HI_ACTINST a
          JOIN ACT_HI_PROCINST p ON p.ID_ = a.PROC_INST_ID_
         WHERE p.BUSINESS_KEY_ = ? AND p.TENANT_ID_ = ? AND a.CALL_PROC_INST_ID_ IS NOT NULL
        """, rs -> {
          reviewPeriodOfInstance.put(rs.getString(1),
              "MidYearReview".equals(rs.getString(2)) ? "H1" : "YEAR");
        }, key, agency());
    return reviewPeriodOfInstance;
  }

  /** The matrix's rows: the units that take part in some phase and that the caller may see. */
  private static List<Progress.Unit> shownUnits(List<OrgUnit> all,
      Map<Column, Set<String>> required, Set<String> visibleUnits) {
    List<Progress.Unit> shownUnits = new ArrayList<>();
    for (OrgUnit u : all) {
      boolean takesPart = required.values().stream().anyMatch(s -> s.contains(u.getCode()));
      if (takesPart && (visibleUnits == null || visibleUnits.contains(u.getCode()))) {
        shownUnits.add(new Progress.Unit(u.getCode(), u.getName()));
      }
    }
    return shownUnits;
  }

  private static List<Progress.PhaseColumn> phases() {
    List<Progress.PhaseColumn> phases = new ArrayList<>();
    for (Column c : Column.values()) {
      phases.add(new Progress.PhaseColumn(c.name(), c.label));
    }
    return phases;
  }

  /** The matrix by phase: every shown unit x column, filled from the tasks. */
  private static List<Progress.Cell> matrix(List<Progress.Unit> shownUnits,
      Map<Column, Set<String>> required, List<TaskRow> tasks, Map<String, String> unitOfTask,
      Map<String, String> reviewPeriodOfInstance, Instant now) {
    Map<String, CellBuilder> cells = new LinkedHashMap<>();
    for (Progress.Unit unit : shownUnits) {
      for (Column c : Column.values()) {
        cells.put(unit.code() + "|" + c, new CellBuilder(unit.code(), c));
      }
    }
    for (TaskRow t : tasks) {
      Column column = column(t, reviewPeriodOfInstance);
      String unit = unitOfTask.get(t.id());
      if (column == null || unit == null) {
        continue;
      }
      CellBuilder cell = cells.get(unit + "|" + column);
      if (cell != null) {
        cell.add(t, now);
      }
    }
    Started started = Started.of(tasks, reviewPeriodOfInstance);
    List<Progress.Cell> out = new ArrayList<>();
    for (CellBuilder cell : cells.values()) {
      out.add(cell.build(emptyStatus(cell.column, cell.unit, required, started)));
    }
    return out;
  }

  /** Which phases of the year have begun, whatever the unit: what an empty cell means. */
  private record Started(boolean dissemination, boolean conference, boolean keyTasks,
      Set<String> periods, boolean inspectionsChosen) {

    static Started of(List<TaskRow> tasks, Map<String, String> reviewPeriodOfInstance) {
      Map<String, Boolean> selectionDone = new HashMap<>();
      boolean conferenceStarted = false;
      boolean keyTasksStarted = false;
      Set<String> periodsStarted = new java.util.HashSet<>();
      for (TaskRow t : tasks) {
        if ("SelectUnitsToInspect".equals(t.activity()) && t.end() != null) {
          selectionDone.put(reviewPeriodOfInstance.get(t.processInstanceId()), true);
        }
        Column column = column(t, reviewPeriodOfInstance);
        if (column == Column.PROPOSALS) {
          conferenceStarted = true;
        }
        if (column == Column.KEY_TASKS) {
          keyTasksStarted = true;
        }
        if (column == Column.REVIEW_H1 || column == Column.REVIEW_YEAR) {
          periodsStarted.add(column.name());
        }
      }
      boolean disseminationStarted = tasks.stream()
          .anyMatch(t -> "RecordDissemination".equals(t.activity()));
      boolean chosen = selectionDone.containsKey("H1") || selectionDone.containsKey("YEAR");
      return new Started(disseminationStarted, conferenceStarted, keyTasksStarted,
          periodsStarted, chosen);
    }
  }

  /**
   * A cell without tasks: not required of the unit, or not required because its phase has
   * begun without it (inspections: once the units to inspect were chosen), else not started.
   */
  private static Status emptyStatus(Column column, String unit,
      Map<Column, Set<String>> required, Started started) {
    if (!required.get(column).contains(unit)) {
      return Status.NOT_REQUIRED;
    }
    boolean begun = switch (column) {
      case DISSEMINATION -> started.dissemination();
      case PROPOSALS -> started.conference();
      case REVIEW_H1, REVIEW_YEAR -> started.periods().contains(column.name());
      case INSPECTION -> started.inspectionsChosen();
      case KEY_TASKS -> started.keyTasks();
    };
    return begun ? Status.NOT_REQUIRED : Status.NOT_STARTED;
  }

  /** Years that have a cycle, newest first, for the selector. */
  public List<Integer> years() {
    return jdbc.queryForList("SELECT cycle_year FROM qcdc_cycle WHERE agency = ?"
        + " ORDER BY cycle_year DESC", Integer.class, agency());
  }

  /**
   * The unit of each task of the year: the unit group it was offered to (per-unit tasks name
   * their unit as candidate group), else the {@code unitCode} variable of its execution (the
   * steering committee's inspection of a unit).
   */
  private Map<String, String> unitsOfTasks(String key) {
    Set<String> codes = new java.util.HashSet<>();
    for (OrgUnit u : units.findAll()) {
      codes.add(u.getCode());
    }
    Map<String, String> unitOfTask = new HashMap<>();
    jdbc.query("""
        SELECT l.TASK_ID_, l.GROUP_ID_ FROM ACT_HI_IDENTITYLINK l
          JOIN ACT_HI_TASKINST t ON t.ID_ = l.TASK_ID_
          JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_
         WHERE (p.BUSINESS_KEY_ = ? OR p.BUSINESS_KEY_ LIKE ?) AND p.TENANT_ID_ = ?
           AND l.TYPE_ = 'candidate' AND l.OPERATION_TYPE_ = 'add' AND l.GROUP_ID_ IS NOT NULL
           AND t.TASK_DEF_KEY_ IN ('RecordDissemination', 'SubmitProposals', 'FileUnitReview',
               'FileUnionReview', 'FileInspectionBoardReview', 'ReportKeyTasks',
               'CompleteDialogueAction', 'ProposeDialogueTopics')
        """, rs -> {
          if (codes.contains(rs.getString(2))) {
            unitOfTask.put(rs.getString(1), rs.getString(2));
          }
        }, key, key + "-%", agency());
    jdbc.query("""
        SELECT t.ID_, v.TEXT_ FROM ACT_HI_TASKINST t
          JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_
          JOIN ACT_HI_VARINST v ON v.EXECUTION_ID_ = t.EXECUTION_ID_ AND v.NAME_ = 'unitCode'
         WHERE p.BUSINESS_KEY_ = ? AND p.TENANT_ID_ = ? AND t.TASK_DEF_KEY_ = 'InspectUnit'
        """, rs -> {
          unitOfTask.putIfAbsent(rs.getString(1), rs.getString(2));
        }, key, agency());
    return unitOfTask;
  }

  private static Column column(TaskRow t, Map<String, String> periods) {
    String a = t.activity();
    if ("RecordDissemination".equals(a)) {
      return Column.DISSEMINATION;
    }
    if ("SubmitProposals".equals(a)) {
      return Column.PROPOSALS;
    }
    if (REVIEW_TASKS.contains(a)) {
      return "H1".equals(periods.get(t.processInstanceId())) ? Column.REVIEW_H1
          : Column.REVIEW_YEAR;
    }
    if ("InspectUnit".equals(a)) {
      return Column.INSPECTION;
    }
    if ("ReportKeyTasks".equals(a)) {
      return Column.KEY_TASKS;
    }
    return null;
  }

  private Map<Column, Set<String>> required(List<OrgUnit> all) {
    Map<Column, Set<String>> required = new HashMap<>();
    required.put(Column.DISSEMINATION, new LinkedHashSet<>(organisation.codesFor("DISSEMINATION")));
    required.put(Column.PROPOSALS, new LinkedHashSet<>(organisation.codesFor("PROPOSALS")));
    required.put(Column.REVIEW_H1, new LinkedHashSet<>(organisation.codesFor("REVIEW")));
    required.put(Column.REVIEW_YEAR, new LinkedHashSet<>(organisation.codesFor("REVIEW")));
    required.put(Column.INSPECTION, new LinkedHashSet<>(organisation.codesFor("INSPECTION")));
    required.put(Column.KEY_TASKS, new LinkedHashSet<>(organisation.codesFor(Phase.KEY_TASKS)));
    return required;
  }

  private static final class CellBuilder {
    final String unit;
    final Column column;
    Status status;
    int done;
    int doneLate;
    int open;
    int overdue;
    TaskRow shown;

    CellBuilder(String unit, Column column) {
      this.unit = unit;
      this.column = column;
    }

    void add(TaskRow t, Instant now) {
      Status s = t.status(now);
      switch (s) {
        case DONE_ON_TIME -> done++;
        case DONE_LATE -> doneLate++;
        case OPEN -> open++;
        case OVERDUE -> overdue++;
        default -> { }
      }
      if (status == null || status.worse(s) != status) {
        status = s;
        shown = t;
      }
    }

    Progress.Cell build(Status empty) {
      Status s = status == null ? empty : status;
      return new Progress.Cell(unit, column.name(), s, s.label, done, doneLate, open, overdue,
          shown == null ? null : shown.ref());
    }
  }

  private Progress.Plan plan(int year, List<TaskRow> tasks, boolean agency) {
    List<Progress.TaskRef> open = tasks.stream()
        .filter(t -> t.end() == null
            && ("DraftPlan".equals(t.activity()) || "ApprovePlan".equals(t.activity())))
        .map(TaskRow::ref).toList();
    List<Map<String, Object>> rows = jdbc.queryForList("""
        SELECT revision, approved_by, approved_at, dissemination_due FROM qcdc_annual_plan
         WHERE agency = ? AND cycle_year = ?""", agency(), year);
    String state;
    if (rows.isEmpty()) {
      state = open.isEmpty() ? "NONE" : "DRAFTING";
    } else if (rows.get(0).get("approved_at") != null) {
      state = "APPROVED";
    } else {
      boolean returned = ((Number) rows.get(0).get("revision")).intValue() > 1;
      state = returned ? "RETURNED" : "DRAFTING";
    }
    String label = switch (state) {
      case "APPROVED" -> "Đã phê duyệt";
      case "RETURNED" -> "Bị trả lại, đang soạn lại";
      case "DRAFTING" -> "Đang soạn thảo / chờ phê duyệt";
      default -> "Chưa có kế hoạch";
    };
    if (rows.isEmpty()) {
      return new Progress.Plan(state, label, null, null, null, null, agency ? open : List.of());
    }
    Map<String, Object> r = rows.get(0);
    return new Progress.Plan(state, label, ((Number) r.get("revision")).intValue(),
        agency ? (String) r.get("approved_by") : null, instant(r.get("approved_at")),
        localDate(r.get("dissemination_due")), agency ? open : List.of());
  }

  private List<Progress.Report> reports(int year, List<TaskRow> tasks,
      Map<String, String> periods) {
    Map<String, List<Progress.Dispatch>> dispatches = new HashMap<>();
    jdbc.query("""
        SELECT d.report_id, d.recipient, d.recipient_name, d.channel, d.sent_at
          FROM qcdc_report_dispatch d JOIN qcdc_report r ON r.id = d.report_id
         WHERE r.agency = ? AND r.cycle_year = ? ORDER BY d.sent_at""", rs -> {
          dispatches.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Progress.Dispatch(rs.getString(2), rs.getString(3), rs.getString(4),
                  instant(rs, 5)));
        }, agency(), year);
    Map<String, Progress.Report> byPeriod = new LinkedHashMap<>();
    jdbc.query("""
        SELECT id, period, status, revision, document_number, document_date, approved_at,
               returned_at FROM qcdc_report WHERE agency = ? AND cycle_year = ?""", rs -> {
          String period = rs.getString(2);
          String status = rs.getString(3);
          String number = rs.getString(5);
          List<Progress.Dispatch> sent = dispatches.getOrDefault(rs.getString(1), List.of());
          String state;
          if (!sent.isEmpty()) {
            state = "SENT";
          } else if (number != null) {
            state = "NUMBERED";
          } else if ("APPROVED".equals(status) || "SUBMITTED".equals(status)) {
            state = "APPROVED";
          } else if (rs.getTimestamp(8) != null) {
            state = "RETURNED";
          } else {
            state = "DRAFTING";
          }
          byPeriod.put(period, new Progress.Report(period, periodLabel(period), state,
              reportLabel(state), rs.getInt(4), number, localDate(rs.getObject(6)),
              instant(rs, 7), sent, List.of()));
        }, agency(), year);
    // Who the report waits for: the open tasks of each review after consolidation.
    Set<String> reportTasks = Set.of("ApproveReport", "ReviseReport", "SubmitReport");
    List<Progress.Report> out = new ArrayList<>();
    for (String period : List.of("H1", "YEAR")) {
      Progress.Report r = byPeriod.get(period);
      if (r == null) {
        continue;
      }
      List<Progress.TaskRef> open = new ArrayList<>();
      for (TaskRow t : tasks) {
        if (t.end() == null && reportTasks.contains(t.activity())
            && period.equals(periods.get(t.processInstanceId()))) {
          open.add(t.ref());
        }
      }
      out.add(new Progress.Report(r.period(), r.periodLabel(), r.state(), r.stateLabel(),
          r.revision(), r.documentNumber(), r.documentDate(), r.approvedAt(), r.dispatches(),
          open));
    }
    return out;
  }

  private static String periodLabel(String period) {
    return "H1".equals(period) ? "Sơ kết 6 tháng" : "Tổng kết năm";
  }

  private static String reportLabel(String state) {
    return switch (state) {
      case "SENT" -> "Đã gửi";
      case "NUMBERED" -> "Đã vào số, chờ gửi";
      case "APPROVED" -> "Đã phê duyệt, chờ vào số";
      case "RETURNED" -> "Bị trả lại, đang hoàn thiện";
      default -> "Đang dự thảo";
    };
  }

  /**
   * The last day a limit counts as "due soon". Only a highlight, no deadline: when the calendar
   * lacks the year the dashboard still answers, counting weekdays, while the cases' own steps
   * refuse until the year is added (complaints/WorkingCalendar).
   */
  private LocalDate dueSoonLimit(LocalDate today) {
    try {
      return calendar.plusWorkingDays(today, DUE_SOON_WORKING_DAYS);
    } catch (vn.qcdc.flow.complaints.MissingCalendarYearException e) {
      LocalDate d = today;
      for (int n = 0; n < DUE_SOON_WORKING_DAYS; ) {
        d = d.plusDays(1);
        if (d.getDayOfWeek().getValue() <= 5) {
          n++;
        }
      }
      return d;
    }
  }

  private Progress.Complaints complaints(int year) {
    LocalDate today = Clock.today();
    LocalDate soon = dueSoonLimit(today);
    List<Progress.Case> cases = new ArrayList<>();
    int[] counts = new int[4];
    // The citizen's columns (name, address, contact, content) are never selected.
    jdbc.query("""
        SELECT case_number, case_kind, status, acceptance_due, resolution_due, extensions,
               process_instance_id FROM qcdc_complaint
         WHERE agency = ? AND cycle_year = ? AND status IN ('RECEIVED', 'ACCEPTED')
         ORDER BY seq""", rs -> {
          String status = rs.getString(3);
          boolean accepting = "RECEIVED".equals(status);
          LocalDate due = localDate(rs.getObject(accepting ? 4 : 5));
          int extensions = rs.getInt(6);
          String limit;
          if (due == null) {
            limit = "NO_LIMIT";
          } else if (due.isBefore(today)) {
            limit = "OVERDUE";
            counts[2]++;
          } else if (!due.isAfter(soon)) {
            limit = "DUE_SOON";
            counts[1]++;
          } else {
            limit = "IN_TIME";
          }
          if (extensions > 0) {
            counts[3]++;
          }
          counts[0]++;
          String kind = rs.getString(2);
          String kindLabel = kind == null ? "Chưa phân loại" : label(kind);
          cases.add(new Progress.Case(rs.getString(1), kindLabel,
              accepting ? "Chờ thụ lý" : "Đang giải quyết", due, extensions, limit,
              rs.getString(7)));
        }, agency(), year);
    return new Progress.Complaints(counts[0], counts[1], counts[2], counts[3], cases);
  }

  private static String label(String kind) {
    try {
      return CaseKind.valueOf(kind).label();
    } catch (IllegalArgumentException e) {
      return kind;
    }
  }

  private static List<Progress.YearRound> yearRound(List<TaskRow> tasks, Instant now,
      Set<String> visibleUnits, Map<String, String> unitOfTask) {
    List<Progress.YearRound> out = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("qcdc-disclosure", "Công khai tài chính");
    labels.put("qcdc-dialogue", "Đối thoại dân chủ và việc sau đối thoại");
    labels.put("qcdc-monthly-key-tasks", "Nhiệm vụ trọng tâm hằng tháng");
    for (Map.Entry<String, String> e : labels.entrySet()) {
      int open = 0;
      int overdue = 0;
      List<Progress.TaskRef> late = new ArrayList<>();
      for (TaskRow t : tasks) {
        if (!e.getKey().equals(t.processKey()) || t.end() != null) {
          continue;
        }
        if (visibleUnits != null && !visibleUnits.contains(unitOfTask.get(t.id()))) {
          continue;
        }
        if (t.status(now) == Status.OVERDUE) {
          overdue++;
          late.add(t.ref());
        } else {
          open++;
        }
      }
      out.add(new Progress.YearRound(e.getKey(), e.getValue(), open, overdue, late));
    }
    return out;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.atZone(java.time.ZoneId.systemDefault()).toInstant();
    }
    return null;
  }

  private static LocalDate localDate(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Timestamp ts) {
      return ts.toLocalDateTime().toLocalDate();
    }
    return null;
  }
}
