package vn.qcdc.flow.access;

import static vn.qcdc.flow.access.EngineAllowList.Check.FORM_FIELDS;
import static vn.qcdc.flow.access.EngineAllowList.Check.NONE;
import static vn.qcdc.flow.access.EngineAllowList.Check.OWN_PASSWORD;
import static vn.qcdc.flow.access.EngineAllowList.Check.START_FORM;
import static vn.qcdc.flow.access.EngineAllowList.Check.TASK_UNIT;
import static vn.qcdc.flow.access.EngineAllowList.Who.ANYONE;
import static vn.qcdc.flow.access.EngineAllowList.Who.AUDITORS;
import static vn.qcdc.flow.access.EngineAllowList.Who.OVERSIGHT;
import static vn.qcdc.flow.access.EngineAllowList.Who.UNITS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * THE list of Camunda engine operations a user who is not an administrator may call, through
 * either door ({@code /engine-rest} with basic auth, {@code /camunda/api/engine/engine/default}
 * with the webapps' session). Everything not listed is refused by {@link EngineAccessFilter}
 * with 403 before Jersey sees it; administrators ({@code camunda-admin}) may call everything.
 *
 * <p>Derived from what Tasklist (units), Cockpit (read only: steering committee, leadership;
 * auditors read history) and the application's own pages call, recorded by the browser tests
 * (src/test/browser/run.sh writes target/browser-engine-calls.tsv). The engine's own
 * authorizations (AccessSetup, UnitTaskAuthorizations) still apply behind this list: a unit
 * allowed to {@code GET /task/{id}} still reads only the tasks offered to it.
 *
 * <p>Paths are relative to the engine root. {@code /**} at the end of a template means the path
 * itself and anything below it. The "who may do what" table of docs/access.md is printed from this list
 * ({@link #markdown()}, checked by EngineAllowListTest).
 */
public final class EngineAllowList {

  /** Kinds of user; a user with several groups gets the union of their rights. */
  public enum Who {
    /** Every logged-in user. */
    ANYONE("mọi người dùng"),
    /** Every working unit: departments, centre, union, inspection board, Party cell, and the
     * steering committee and leadership, who also work tasks (Tasklist). */
    UNITS("các đơn vị (Tasklist)"),
    /** Steering committee ({@code ban-chi-dao}) and leadership ({@code lanh-dao}): Cockpit,
     * read only. */
    OVERSIGHT("Ban Chỉ đạo, Lãnh đạo (Cockpit, chỉ xem)"),
    /** Auditors ({@code kiem-tra-lich-su}): Cockpit, history only. */
    AUDITORS("kiểm tra lịch sử (chỉ xem lịch sử)");

    public final String label;

    Who(String label) {
      this.label = label;
    }
  }

  /** What the body or the ids of an allowed operation must satisfy. */
  public enum Check {
    NONE("—"),
    /** The caller is a member of a group the task is offered to; a user named in the body
     * (userId) is a member of one of those groups too; no group may be added or removed; a
     * claim is for oneself. An unknown task is left to the engine (404). */
    TASK_UNIT("chỉ trong đơn vị được giao công việc"),
    /** Body: only {@code variables} (and withVariablesInReturn); the variables are exactly
     * fields of the task's deployed Camunda Form (web/FormKeysFilter). */
    FORM_FIELDS("chỉ các trường của biểu mẫu công việc"),
    /** Body: only {@code variables} and {@code businessKey}: no startInstructions,
     * skipCustomListeners, skipIoMappings; the variables are fields of the start form. */
    START_FORM("chỉ khởi động tại sự kiện bắt đầu, chỉ các trường của biểu mẫu khởi động"),
    /** The user in the path is the caller. */
    OWN_PASSWORD("chỉ mật khẩu của chính mình");

    public final String label;

    Check(String label) {
      this.label = label;
    }
  }

  /** One line of the table. */
  public record Rule(String methods, String template, Set<Who> who, Check check, String why) {

    Pattern pattern() {
      String t = template;
      boolean below = t.endsWith("/**");
      if (below) {
        t = t.substring(0, t.length() - 3);
      }
      String regex = Arrays.stream(t.split("/", -1))
          .map(s -> s.startsWith("{") ? "[^/]+" : Pattern.quote(s))
          .reduce((a, b) -> a + "/" + b).orElse("");
      return Pattern.compile(regex + (below ? "(?:/.*)?" : ""));
    }

    boolean matches(String method, String path) {
      return Arrays.asList(methods.split(",")).contains(method) && pattern().matcher(path)
          .matches();
    }
  }

  // ------------------------------------------------------------------------------ THE TABLE

  private static final Set<Who> ALL = EnumSet.of(ANYONE);
  private static final Set<Who> TASKLIST = EnumSet.of(UNITS);
  private static final Set<Who> COCKPIT = EnumSet.of(OVERSIGHT);
  private static final Set<Who> HISTORY = EnumSet.of(OVERSIGHT, AUDITORS);

  static final List<Rule> RULES = List.of(
      // Every webapp, every user.
      r("GET", "/engine", ALL, NONE, "tên các engine (mọi webapp khi mở)"),
      r("GET", "/version", ALL, NONE, "phiên bản"),
      r("GET", "/identity/groups", ALL, NONE, "nhóm của người dùng đang đăng nhập"),
      r("GET", "/identity/password-policy", ALL, NONE, "chính sách mật khẩu"),
      r("POST", "/identity/password-policy", ALL, NONE, "kiểm tra mật khẩu mới theo chính sách"),
      r("GET", "/authorization/check", ALL, NONE, "webapp hỏi quyền để hiện nút"),
      r("GET", "/user/{id}/profile", ALL, NONE, "hồ sơ người dùng"),
      r("GET", "/user", ALL, NONE, "danh bạ (engine lọc theo quyền READ)"),
      r("GET", "/user/count", ALL, NONE, "danh bạ"),
      r("GET,POST", "/group", ALL, NONE, "nhóm (trang chào mừng tìm nhóm của mình bằng POST;"
          + " engine lọc theo quyền READ)"),
      r("GET", "/group/count", ALL, NONE, "nhóm"),
      r("PUT", "/user/{id}/credentials", ALL, OWN_PASSWORD, "đổi mật khẩu của chính mình"),

      // Tasklist: the unit's own tasks (the engine lets each unit see only its tasks).
      r("GET", "/filter", TASKLIST, NONE, "bộ lọc Tasklist"),
      r("GET", "/filter/count", TASKLIST, NONE, "bộ lọc Tasklist"),
      r("GET", "/filter/{id}", TASKLIST, NONE, "bộ lọc Tasklist"),
      r("GET,POST", "/filter/{id}/list", TASKLIST, NONE, "danh sách công việc của bộ lọc"),
      r("GET,POST", "/filter/{id}/count", TASKLIST, NONE, "số công việc của bộ lọc"),
      r("GET,POST", "/filter/{id}/singleResult", TASKLIST, NONE, "công việc của bộ lọc"),
      r("GET,POST", "/task", TASKLIST, NONE, "tìm công việc"),
      r("GET,POST", "/task/count", TASKLIST, NONE, "đếm công việc"),
      r("GET", "/task/{id}", TASKLIST, NONE, "xem công việc"),
      r("GET", "/task/{id}/form", TASKLIST, NONE, "biểu mẫu"),
      r("GET", "/task/{id}/deployed-form", TASKLIST, NONE, "biểu mẫu Camunda"),
      r("GET", "/task/{id}/rendered-form", TASKLIST, NONE, "biểu mẫu"),
      r("GET", "/task/{id}/form-variables", TASKLIST, NONE, "giá trị điền sẵn của biểu mẫu"),
      r("GET", "/task/{id}/variables/**", TASKLIST, NONE, "đọc biến của công việc"),
      r("GET", "/task/{id}/localVariables/**", TASKLIST, NONE, "đọc biến cục bộ"),
      r("GET", "/task/{id}/identity-links", TASKLIST, NONE, "ai được giao"),
      r("GET", "/task/{id}/comment/**", TASKLIST, NONE, "ghi chú"),
      r("GET", "/task/{id}/attachment/**", TASKLIST, NONE, "tệp đính kèm"),
      r("POST", "/task/{id}/claim", TASKLIST, TASK_UNIT, "nhận việc (cho chính mình)"),
      r("POST", "/task/{id}/unclaim", TASKLIST, TASK_UNIT, "trả việc về đơn vị"),
      r("POST", "/task/{id}/assignee", TASKLIST, TASK_UNIT, "giao cho đồng nghiệp cùng đơn vị"),
      r("POST", "/task/{id}/delegate", TASKLIST, TASK_UNIT, "ủy quyền cho đồng nghiệp cùng đơn vị"),
      r("POST", "/task/{id}/identity-links", TASKLIST, TASK_UNIT, "thêm đồng nghiệp cùng đơn vị"),
      r("POST", "/task/{id}/identity-links/delete", TASKLIST, TASK_UNIT, "bỏ đồng nghiệp cùng đơn vị"),
      r("POST", "/task/{id}/comment/create", TASKLIST, TASK_UNIT, "ghi chú vào công việc"),
      r("POST", "/task/{id}/submit-form", TASKLIST, FORM_FIELDS, "gửi biểu mẫu"),
      r("POST", "/task/{id}/complete", TASKLIST, FORM_FIELDS, "hoàn thành với biểu mẫu"),
      r("POST", "/task/{id}/resolve", TASKLIST, FORM_FIELDS, "trả việc được ủy quyền"),
      r("GET", "/history/user-operation", TASKLIST, NONE, "lịch sử của công việc (Tasklist)"),
      r("GET", "/history/identity-link-log", TASKLIST, NONE, "lịch sử giao việc (Tasklist)"),
      // Tasklist: start a process (the engine checks CREATE_INSTANCE: qcdc.access.starters).
      r("GET", "/process-definition", TASKLIST, NONE, "quy trình khởi động được"),
      r("GET", "/process-definition/count", TASKLIST, NONE, "quy trình khởi động được"),
      r("GET", "/process-definition/{id}", TASKLIST, NONE, "định nghĩa quy trình"),
      r("GET", "/process-definition/{id}/xml", TASKLIST, NONE, "sơ đồ"),
      r("GET", "/process-definition/{id}/startForm", TASKLIST, NONE, "biểu mẫu khởi động"),
      r("GET", "/process-definition/{id}/deployed-start-form", TASKLIST, NONE, "biểu mẫu khởi động"),
      r("GET", "/process-definition/{id}/rendered-form", TASKLIST, NONE, "biểu mẫu khởi động"),
      r("GET", "/process-definition/{id}/form-variables", TASKLIST, NONE, "biểu mẫu khởi động"),
      r("GET", "/process-definition/key/{key}", TASKLIST, NONE, "định nghĩa quy trình"),
      r("GET", "/process-definition/key/{key}/xml", TASKLIST, NONE, "sơ đồ"),
      r("GET", "/process-definition/key/{key}/startForm", TASKLIST, NONE, "biểu mẫu khởi động"),
      r("GET", "/process-definition/key/{key}/deployed-start-form", TASKLIST, NONE, "biểu mẫu khởi động"),
      r("GET", "/process-definition/key/{key}/rendered-form", TASKLIST, NONE, "biểu mẫu khởi động"),
      r("GET", "/process-definition/key/{key}/form-variables", TASKLIST, NONE, "biểu mẫu khởi động"),
      r("POST", "/process-definition/{id}/submit-form", TASKLIST, START_FORM, "khởi động bằng biểu mẫu"),
      r("POST", "/process-definition/key/{key}/submit-form", TASKLIST, START_FORM, "khởi động bằng biểu mẫu"),
      r("POST", "/process-definition/{id}/start", TASKLIST, START_FORM, "khởi động"),
      r("POST", "/process-definition/key/{key}/start", TASKLIST, START_FORM, "khởi động"),

      // Cockpit, read only: the steering committee and leadership see every QCDC instance.
      r("GET", "/process-definition/**", COCKPIT, NONE, "định nghĩa, thống kê, sơ đồ"),
      r("GET", "/decision-definition/**", HISTORY, NONE, "bảng quyết định"),
      r("GET", "/decision-requirements-definition/**", HISTORY, NONE, "DRD"),
      r("GET", "/deployment/**", COCKPIT, NONE, "các lần triển khai"),
      r("GET", "/case-definition/**", HISTORY, NONE, "bảng tin Cockpit đếm định nghĩa CMMN"),
      r("GET,POST", "/process-instance", COCKPIT, NONE, "phiên bản đang chạy"),
      r("GET,POST", "/process-instance/count", COCKPIT, NONE, "phiên bản đang chạy"),
      r("GET", "/process-instance/**", COCKPIT, NONE, "phiên bản, biến, hoạt động"),
      r("GET,POST", "/execution", COCKPIT, NONE, "luồng thực thi"),
      r("GET,POST", "/execution/count", COCKPIT, NONE, "luồng thực thi"),
      r("GET", "/execution/**", COCKPIT, NONE, "luồng thực thi"),
      r("GET,POST", "/variable-instance", COCKPIT, NONE, "biến"),
      r("GET,POST", "/variable-instance/count", COCKPIT, NONE, "biến"),
      r("GET", "/variable-instance/**", COCKPIT, NONE, "biến"),
      r("GET", "/task/**", COCKPIT, NONE, "công việc (xem)"),
      r("GET", "/incident/**", COCKPIT, NONE, "sự cố (xem)"),
      r("GET", "/incident", COCKPIT, NONE, "sự cố (xem)"),
      r("GET,POST", "/job", COCKPIT, NONE, "tác vụ nền (xem)"),
      r("GET,POST", "/job/count", COCKPIT, NONE, "tác vụ nền (xem)"),
      r("GET", "/job/**", COCKPIT, NONE, "tác vụ nền (xem)"),
      r("GET,POST", "/job-definition", COCKPIT, NONE, "định nghĩa tác vụ nền (xem)"),
      r("GET,POST", "/job-definition/count", COCKPIT, NONE, "định nghĩa tác vụ nền (xem)"),
      r("GET", "/job-definition/**", COCKPIT, NONE, "định nghĩa tác vụ nền (xem)"),
      r("GET", "/external-task", COCKPIT, NONE, "tác vụ ngoài (xem)"),
      r("GET", "/external-task/count", COCKPIT, NONE, "tác vụ ngoài (xem)"),
      r("GET", "/event-subscription/**", COCKPIT, NONE, "đăng ký sự kiện (xem)"),
      r("GET", "/event-subscription", COCKPIT, NONE, "đăng ký sự kiện (xem)"),
      r("GET", "/batch/**", COCKPIT, NONE, "lô (xem)"),
      r("GET", "/batch", COCKPIT, NONE, "lô (xem)"),
      // History: Cockpit's history views and the auditors.
      r("GET", "/history/**", HISTORY, NONE, "lịch sử"),
      r("POST", "/history/process-instance", HISTORY, NONE, "tìm lịch sử quy trình"),
      r("POST", "/history/process-instance/count", HISTORY, NONE, "đếm lịch sử quy trình"),
      r("POST", "/history/activity-instance", HISTORY, NONE, "tìm lịch sử hoạt động"),
      r("POST", "/history/activity-instance/count", HISTORY, NONE, "đếm lịch sử hoạt động"),
      r("POST", "/history/variable-instance", HISTORY, NONE, "tìm lịch sử biến"),
      r("POST", "/history/variable-instance/count", HISTORY, NONE, "đếm lịch sử biến"),
      r("POST", "/history/task", HISTORY, NONE, "tìm lịch sử công việc"),
      r("POST", "/history/task/count", HISTORY, NONE, "đếm lịch sử công việc"),
      r("POST", "/history/detail", HISTORY, NONE, "tìm chi tiết lịch sử"),
      r("POST", "/history/incident", HISTORY, NONE, "tìm lịch sử sự cố"),
      r("POST", "/history/external-task-log", HISTORY, NONE, "lịch sử tác vụ ngoài"),
      r("POST", "/history/external-task-log/count", HISTORY, NONE, "lịch sử tác vụ ngoài"),
      r("POST", "/history/job-log", HISTORY, NONE, "lịch sử tác vụ nền"),
      r("POST", "/history/job-log/count", HISTORY, NONE, "lịch sử tác vụ nền"),
      r("GET", "/process-definition", HISTORY, NONE, "quy trình (lịch sử)"),
      r("GET", "/process-definition/count", HISTORY, NONE, "quy trình (lịch sử)"),
      r("GET", "/process-definition/{id}", HISTORY, NONE, "quy trình (lịch sử)"),
      r("GET", "/process-definition/{id}/xml", HISTORY, NONE, "sơ đồ (lịch sử)"),
      r("GET", "/process-definition/key/{key}", HISTORY, NONE, "quy trình (lịch sử)"),
      r("GET", "/process-definition/key/{key}/xml", HISTORY, NONE, "sơ đồ (lịch sử)"),
      // Cockpit's dashboard counts these for every user who opens it; the engine's own
      // authorizations leave an auditor's task count at 0.
      r("GET", "/deployment/count", EnumSet.of(AUDITORS), NONE, "bảng tin Cockpit (đếm)"),
      r("GET", "/task/count", EnumSet.of(AUDITORS), NONE, "bảng tin Cockpit (đếm)"));

  private static Rule r(String methods, String template, Set<Who> who, Check check,
      String why) {
    return new Rule(methods, template, who, check, why);
  }

  private EngineAllowList() {
  }

  public static List<Rule> rules() {
    return RULES;
  }

  /** The first rule that lets one of the caller's kinds call the operation. */
  public static Optional<Rule> find(Set<Who> caller, String method, String path) {
    for (Rule rule : RULES) {
      if (rule.matches(method, path) && (rule.who().contains(ANYONE)
          || rule.who().stream().anyMatch(caller::contains))) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** Whether any rule (for anybody) names the operation: for the README and the tests. */
  public static List<Rule> rulesFor(String method, String path) {
    List<Rule> found = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.matches(method, path)) {
        found.add(rule);
      }
    }
    return found;
  }

  /**
   * Prints the table for docs/access.md ({@code java -cp target/classes
   * vn.qcdc.flow.access.EngineAllowList}); EngineAllowListTest fails when docs/access.md differs.
   */
  public static void main(String[] args) {
    System.out.print(markdown());
  }

  /** The table as Markdown, for docs/access.md's "who may do what". */
  public static String markdown() {
    StringBuilder md = new StringBuilder(
        "| method | path (engine root) | who | rule | why |\n|---|---|---|---|---|\n");
    for (Rule rule : RULES) {
      md.append("| ").append(rule.methods().replace(",", ", ")).append(" | `")
          .append(rule.template()).append("` | ")
          .append(String.join(", ", rule.who().stream().map(w -> w.label).toList()))
          .append(" | ").append(rule.check().label).append(" | ").append(rule.why())
          .append(" |\n");
    }
    return md.toString();
  }
}
