package vn.qcdc.flow.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.DeployedForms;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.Phase;
import vn.qcdc.flow.organisation.UnitKind;

/**
 * The year's key tasks assigned from above (II.3, first point: "3 nhiệm vụ trọng tâm năm ...
 * do Ban Thường vụ Thành ủy giao"). The plan's drafters list them as before (free text
 * {@code yearKeyTasks}, one per line; released models keep doing only that); on the approval
 * form leadership names the unit that leads each ({@code yearKeyTaskItems}); on approval they
 * become tracked items. In each review period the leading unit reports each one's state on its
 * review form ({@code yearKeyTaskStates}); the reviews and the report show them.
 */
@Service
public class YearKeyTasks {

  public static final String NOT_STARTED = "CHUA_THUC_HIEN";
  public static final String IN_PROGRESS = "DANG_THUC_HIEN";
  public static final String DONE = "HOAN_THANH";
  public static final Map<String, String> STATES = Map.of(NOT_STARTED, "chưa thực hiện",
      IN_PROGRESS, "đang thực hiện", DONE, "hoàn thành");

  /** The approval form's list: one row per key task, the leading unit to choose. */
  public static final String ITEMS = "yearKeyTaskItems";
  public static final String OWNER_OPTIONS = "keyTaskOwnerOptions";
  /** The forms that carry the lists: asked only where the deployed form has them. */
  static final String APPROVAL_FORM = "plan-approval";
  static final String REVIEW_FORM = "review-unit";
  /** The unit review form's list: the unit's key tasks and their state. */
  public static final String REVIEW_STATES = "yearKeyTaskStates";

  static final int MAX_TITLE = 1000;

  private final YearKeyTaskRepository items;
  private final OrganisationRegistry organisation;
  private final ObjectMapper json = new ObjectMapper();

  public YearKeyTasks(YearKeyTaskRepository items, OrganisationRegistry organisation) {
    this.items = items;
    this.organisation = organisation;
  }

  /** The plan's free text, one key task per non-empty line. */
  public static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  public List<YearKeyTask> of(int year) {
    return items.findByYearOrderBySeq(year);
  }

  /**
   * The units that may lead one: the departments (qcdc.phases.departments), which file the
   * unit review form, where they report it.
   */
  boolean mayLead(UnitKind kind) {
    return organisation.kinds(Phase.DEPARTMENTS).contains(kind);
  }

  private List<OrgUnit> owners() {
    return organisation.unitsFor(Phase.DEPARTMENTS.name());
  }

  /**
   * After the draft: the approval form's rows, one per line of the draft, each with the unit
   * chosen in an earlier round for the same title, and the units to choose from.
   */
  public void offerForApproval(VariableScope scope, String keyTasksText) {
    Map<String, String> earlier = new LinkedHashMap<>();
    Object previous = scope.getVariable(ITEMS);
    if (previous != null) {
      try {
        for (JsonNode row : json.readTree(previous.toString())) {
          String title = text(row, "keyTaskTitle");
          String owner = text(row, "keyTaskOwner");
          if (title != null && owner != null) {
            earlier.put(title, owner);
          }
        }
      } catch (Exception unreadable) {
        // nothing to carry over
      }
    }
    ArrayNode rows = json.createArrayNode();
    for (String title : lines(keyTasksText)) {
      var row = rows.addObject().put("keyTaskTitle", title);
      row.put("keyTaskOwner", earlier.get(title));
    }
    ArrayNode options = json.createArrayNode();
    for (OrgUnit unit : owners()) {
      options.addObject().put("label", unit.getName()).put("value", unit.getCode());
    }
    scope.setVariable(ITEMS, SpinValues.jsonValue(rows.toString()).create());
    scope.setVariable(OWNER_OPTIONS, SpinValues.jsonValue(options.toString()).create());
  }

  /**
   * Reads the leading units from the approval form, row by row against the draft's lines (the
   * titles shown are read-only; what the client sends as a title is not read). A unit that may
   * not lead one is refused. Where the task's form asks for the list (the form deployed with its
   * model, {@link DeployedForms}), every key task must have a unit, as the form requires: a
   * client that omits the list or a row's unit is refused. A plan approved on a released form
   * without the list names none, and its key tasks stay without one. Adds its problems to
   * {@code in}.
   */
  public List<String> readOwners(DelegateTask task, List<String> titles, FormInput in) {
    List<String> owners = new ArrayList<>();
    titles.forEach(t -> owners.add(null));
    boolean asked = !titles.isEmpty() && DeployedForms.asks(task, APPROVAL_FORM, ITEMS);
    Object raw = task.getVariable(ITEMS);
    if (raw == null) {
      in.require(!asked, "«Đơn vị chủ trì từng nhiệm vụ trọng tâm năm được giao» là bắt buộc:"
          + " mỗi nhiệm vụ phải có một phòng, trung tâm chủ trì.");
      return owners;
    }
    JsonNode rows;
    try {
      rows = json.readTree(raw.toString());
    } catch (Exception e) {
      in.require(false, "«Đơn vị chủ trì nhiệm vụ trọng tâm năm» không đọc được.");
      return owners;
    }
    if (!rows.isArray() || rows.size() != titles.size()) {
      in.require(false, "«Đơn vị chủ trì nhiệm vụ trọng tâm năm» phải có đúng " + titles.size()
          + " dòng, mỗi nhiệm vụ của dự thảo một dòng.");
      return owners;
    }
    List<String> allowed = owners().stream().map(OrgUnit::getCode).toList();
    for (int i = 0; i < titles.size(); i++) {
      String owner = text(rows.get(i), "keyTaskOwner");
      if (owner == null) {
        in.require(!asked, "Nhiệm vụ " + (i + 1) + ": chưa chọn đơn vị chủ trì.");
        continue;
      }
      if (!allowed.contains(owner)) {
        in.require(false, "Nhiệm vụ " + (i + 1) + ": đơn vị chủ trì không hợp lệ.");
        continue;
      }
      owners.set(i, owner);
    }
    return owners;
  }

  /** On approval: the year's tracked key tasks, replacing those of an earlier approval. */
  @Transactional
  public void assign(int year, List<String> titles, List<String> owners, String by) {
    List<YearKeyTask> existing = items.findByYearOrderBySeq(year);
    if (!existing.isEmpty()) {
      items.deleteAll(existing);
      items.flush();
    }
    for (int i = 0; i < titles.size(); i++) {
      String title = titles.get(i);
      items.save(new YearKeyTask(year, i + 1, title.length() > MAX_TITLE
          ? title.substring(0, MAX_TITLE) : title, owners.get(i), by));
    }
  }

  /** Create listener of a unit's review: the key tasks it leads, as it last reported them. */
  void offerForReview(DelegateTask task, int year, String unit) {
    ArrayNode rows = json.createArrayNode();
    for (YearKeyTask item : of(year)) {
      if (unit.equals(item.getOwnerUnit())) {
        rows.addObject().put("keyTaskTitle", item.getTitle())
            .put("keyTaskState", item.getState()).put("keyTaskNote", item.getProgressNote());
      }
    }
    task.setVariableLocal(REVIEW_STATES, SpinValues.jsonValue(rows.toString()).create());
  }

  /** What a unit reported: row i is the i-th key task it leads. */
  record Update(YearKeyTask item, String state, String note) {
  }

  /**
   * Reads the unit's key-task states from its review form (nothing when the form has none, as
   * a released form), checking each; adds its problems to {@code in}.
   */
  List<Update> readReview(DelegateTask task, int year, String unit, FormInput in) {
    List<YearKeyTask> mine = of(year).stream().filter(i -> unit.equals(i.getOwnerUnit()))
        .toList();
    Object raw = task.getVariable(REVIEW_STATES);
    List<Update> updates = new ArrayList<>();
    if (mine.isEmpty()) {
      return updates;
    }
    if (raw == null) {
      // The form pre-fills the list; a client that clears it does not skip what the form asks.
      in.require(!DeployedForms.asks(task, REVIEW_FORM, REVIEW_STATES),
          "«Nhiệm vụ trọng tâm năm được giao» là bắt buộc: đơn vị chủ trì báo cáo tình trạng"
              + " thực hiện từng nhiệm vụ.");
      return updates;
    }
    JsonNode rows;
    try {
      rows = json.readTree(raw.toString());
    } catch (Exception e) {
      in.require(false, "«Nhiệm vụ trọng tâm năm được giao» không đọc được.");
      return updates;
    }
    if (!rows.isArray() || rows.size() != mine.size()) {
      in.require(false, "«Nhiệm vụ trọng tâm năm được giao» phải có đúng " + mine.size()
          + " dòng, mỗi nhiệm vụ đơn vị chủ trì một dòng.");
      return updates;
    }
    for (int i = 0; i < mine.size(); i++) {
      JsonNode row = rows.get(i);
      String state = text(row, "keyTaskState");
      String where = "Nhiệm vụ trọng tâm " + mine.get(i).getSeq() + ": ";
      if (state == null || !STATES.containsKey(state)) {
        in.require(false, where + "chưa chọn hoặc chọn sai tình trạng thực hiện.");
        continue;
      }
      String note = in.optionalValue(text(row, "keyTaskNote"),
          "Ghi chú nhiệm vụ trọng tâm " + mine.get(i).getSeq());
      updates.add(new Update(mine.get(i), state, note));
    }
    return updates;
  }

  void apply(List<Update> updates, String period, String by) {
    for (Update u : updates) {
      if (u.item().report(u.state(), u.note(), period, by, Clock.now())) {
        items.save(u.item());
      }
    }
  }

  public static String stateLabel(String state) {
    return STATES.getOrDefault(state, state);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }
}
