package vn.qcdc.flow.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the "Tiến độ QCDC" dashboard shows for one year, as the caller may see it. */
public record Progress(int year, List<Integer> years, String scope, List<Unit> units,
    List<PhaseColumn> phases, List<Cell> cells, Plan plan, List<Report> reports,
    Complaints complaints, List<YearRound> yearRound, long elapsedMillis) {

  /** A cell's state: the labels are what the dashboard prints. */
  public enum Status {
    DONE_ON_TIME("Hoàn thành đúng hạn"),
    DONE_LATE("Hoàn thành trễ hạn"),
    OPEN("Đang thực hiện"),
    OVERDUE("Quá hạn"),
    NOT_STARTED("Chưa đến giai đoạn"),
    NOT_REQUIRED("Không phải thực hiện");

    public final String label;

    Status(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }

    /** The worse of two states, for a cell with several tasks (a month each, two periods). */
    Status worse(Status other) {
      return rank(other) > rank(this) ? other : this;
    }

    private static int rank(Status s) {
      return switch (s) {
        case OVERDUE -> 5;
        case OPEN -> 4;
        case DONE_LATE -> 3;
        case DONE_ON_TIME -> 2;
        case NOT_STARTED -> 1;
        case NOT_REQUIRED -> 0;
      };
    }
  }

  public record Unit(String code, String name) {
  }

  public record PhaseColumn(String code, String label) {
  }

  /** One unit in one phase: its state, how many tasks are in each state, and a task to open. */
  public record Cell(String unit, String phase, Status status, String statusLabel, int done,
      int doneLate, int open, int overdue, TaskRef task) {
  }

  /** A task and its process instance (links into Cockpit, Tasklist and the replay). */
  public record TaskRef(String taskId, String name, String processInstanceId,
      String rootProcessInstanceId, boolean running, String assignee, Instant due, Instant end) {
  }

  public record Plan(String state, String stateLabel, Integer revision, String approvedBy,
      Instant approvedAt, LocalDate disseminationDue, List<TaskRef> openTasks) {
  }

  public record Dispatch(String recipient, String recipientName, String channel,
      Instant sentAt) {
  }

  /** A review's report: drafting, returned, approved, numbered, sent to each recipient. */
  public record Report(String period, String periodLabel, String state, String stateLabel,
      int revision, String documentNumber, LocalDate documentDate, Instant approvedAt,
      List<Dispatch> dispatches, List<TaskRef> openTasks) {
  }

  /** A case by its legal limit; never the citizen's identity. */
  public record Case(String caseNumber, String kind, String stage, LocalDate due,
      int extensions, String limit, String processInstanceId) {
  }

  public record Complaints(int open, int dueSoon, int overdue, int extended, List<Case> cases) {
  }

  /** Disclosure, dialogue actions, monthly key tasks: open and overdue tasks. */
  public record YearRound(String process, String label, int open, int overdue,
      List<TaskRef> overdueTasks) {
  }
}
