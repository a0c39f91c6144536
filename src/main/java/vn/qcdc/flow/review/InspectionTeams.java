package vn.qcdc.flow.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.engine.InputRefusedException;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.UnitKind;

/**
 * Who inspects which unit (III.3 "Ban Chỉ đạo QCDC cơ quan phân công thành viên thực hiện tốt
 * công tác kiểm tra"; II.5.a the union "phối hợp thực hiện tốt công tác kiểm tra, giám sát"):
 * the steering committee names one of its members for each unit it chooses and, where it
 * decides, a union representative. The models see it as {@code inspectionTeams}: the inspection
 * task's assignee is {@code ${inspectionTeams.inspectorOf(execution)}}.
 *
 * <p>A year selected without names (the released 1.0.0 and 1.1.0 forms have only the list of
 * units) has no {@value #TEAM} variable: then nobody is named and the task stays the
 * committee's, as it was.
 */
@Component("inspectionTeams")
public class InspectionTeams {

  /** Process variable: {"unit": {"inspector": "user", "unionRepresentative": "user"}}. */
  static final String TEAM = "inspectionTeam";
  /** The selection form's dynamic list: one row per unit to inspect. */
  static final String ASSIGNMENTS = "inspectionAssignments";
  static final String INSPECTOR_CANDIDATES = "inspectorCandidates";
  static final String UNION_CANDIDATES = "unionRepresentativeCandidates";

  /** The member named for a unit, and the union's representative (may be null). */
  public record Member(String inspector, String unionRepresentative) {
  }

  private final OrganisationRegistry organisation;
  private final IdentityService identity;
  private final ObjectMapper json = new ObjectMapper();

  public InspectionTeams(OrganisationRegistry organisation, @Lazy IdentityService identity) {
    this.organisation = organisation;
    this.identity = identity;
  }

  /** Assignee expression of InspectUnit: the member named for the unit, or null. */
  public String inspectorOf(DelegateExecution execution) {
    Member member = team(execution).get((String) execution.getVariable("unitCode"));
    return member == null ? null : member.inspector();
  }

  /** The whole team of a review, by unit; empty when the year chose without names. */
  public Map<String, Member> team(VariableScope scope) {
    Object raw = scope.getVariable(TEAM);
    Map<String, Member> team = new LinkedHashMap<>();
    if (raw == null) {
      return team;
    }
    try {
      JsonNode root = json.readTree(raw.toString());
      root.fields().forEachRemaining(e -> team.put(e.getKey(), new Member(
          text(e.getValue(), "inspector"), text(e.getValue(), "unionRepresentative"))));
    } catch (Exception e) {
      throw new IllegalStateException("Variable " + TEAM + " is not a JSON object", e);
    }
    return team;
  }

  /** Start listener of InspectUnit: the names the inspection form shows. */
  void showTeam(DelegateExecution execution) {
    Member member = team(execution).get((String) execution.getVariable("unitCode"));
    execution.setVariableLocal("assignedInspectorName",
        member == null ? "Ban Chỉ đạo (chưa phân công thành viên)" : fullName(member.inspector()));
    execution.setVariableLocal("unionRepresentativeName",
        member == null || member.unionRepresentative() == null ? "Không cử"
            : fullName(member.unionRepresentative()));
  }

  /** The selection form's choices: the committee's members and the union's members. */
  void offerCandidates(DelegateExecution execution) throws Exception {
    execution.setVariable(INSPECTOR_CANDIDATES, SpinValues.jsonValue(
        json.writeValueAsString(choices(List.of(organisation.roles().getSteeringCommittee())))).create());
    execution.setVariable(UNION_CANDIDATES, SpinValues.jsonValue(
        json.writeValueAsString(choices(unionGroups()))).create());
  }

  /**
   * Reads the committee's assignment from the selection form and checks it: each unit once and
   * one the phase inspects, a member of the steering committee for each, a representative (if
   * any) who is a member of the union. Refuses with the reasons, changing nothing.
   */
  LinkedHashMap<String, Member> read(Object raw, Collection<String> allowedUnits) {
    JsonNode rows;
    try {
      rows = json.readTree(raw.toString());
    } catch (Exception e) {
      throw new InputRefusedException("«Phân công kiểm tra» không đọc được.");
    }
    if (!rows.isArray()) {
      throw new InputRefusedException("«Phân công kiểm tra» không đọc được.");
    }
    List<String> inspectors = members(List.of(organisation.roles().getSteeringCommittee()));
    List<String> unionMembers = members(unionGroups());
    LinkedHashMap<String, Member> team = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    int line = 0;
    for (JsonNode row : rows) {
      line++;
      String unit = text(row, "inspectedUnit");
      String inspector = text(row, "inspector");
      String union = text(row, "unionRepresentative");
      if (unit == null && inspector == null && union == null) {
        continue; // an empty row the form added
      }
      String where = "Dòng " + line + ": ";
      if (unit == null) {
        errors.add(where + "chưa chọn đơn vị được kiểm tra.");
        continue;
      }
      if (!allowedUnits.contains(unit)) {
        errors.add(where + "đơn vị không hợp lệ: " + unit + ".");
        continue;
      }
      String unitName = organisation.name(unit);
      if (team.containsKey(unit)) {
        errors.add(where + unitName + " đã được phân công ở dòng trước.");
        continue;
      }
      if (inspector == null) {
        errors.add(where + "chưa phân công thành viên Ban Chỉ đạo kiểm tra " + unitName + ".");
      } else if (!inspectors.contains(inspector)) {
        errors.add(where + inspector + " không phải thành viên Ban Chỉ đạo.");
      }
      if (union != null && !unionMembers.contains(union)) {
        errors.add(where + union + " không phải đoàn viên Công đoàn cơ quan.");
      }
      if (union != null && union.equals(inspector)) {
        errors.add(where + "đại diện Công đoàn phải là người khác thành viên Ban Chỉ đạo.");
      }
      team.put(unit, new Member(inspector, union));
    }
    if (!errors.isEmpty()) {
      throw new InputRefusedException("Phân công kiểm tra chưa hợp lệ: "
          + String.join(" ", errors));
    }
    return team;
  }

  /** The team as the process variable stores it. */
  Object asVariable(Map<String, Member> team) {
    ObjectNode root = json.createObjectNode();
    team.forEach((unit, m) -> {
      ObjectNode node = root.putObject(unit);
      node.put("inspector", m.inspector());
      if (m.unionRepresentative() != null) {
        node.put("unionRepresentative", m.unionRepresentative());
      }
    });
    return SpinValues.jsonValue(root.toString()).create();
  }

  /** "Trần Thị Bình" for phoban; the id when the user is not known. */
  public String fullName(String userId) {
    if (userId == null) {
      return null;
    }
    User user = privileged(() -> identity.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : (user.getLastName() + " " + user.getFirstName()).strip();
  }

  /** The first of the groups the user belongs to (the role they act in), or null. */
  public String roleOf(String userId, List<String> groups) {
    if (userId == null) {
      return null;
    }
    List<String> of = privileged(() -> identity.createGroupQuery().groupMember(userId).list()
        .stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
    return groups.stream().filter(of::contains).findFirst().orElse(null);
  }

  private List<String> unionGroups() {
    return organisation.ofKind(UnitKind.UNION).stream().map(OrgUnit::getCode).toList();
  }

  private List<String> members(List<String> groups) {
    return privileged(() -> {
      List<String> ids = new ArrayList<>();
      for (String group : groups) {
        for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc()
            .list()) {
          if (!ids.contains(user.getId())) {
            ids.add(user.getId());
          }
        }
      }
      return ids;
    });
  }

  private List<Map<String, String>> choices(List<String> groups) {
    return privileged(() -> {
      List<Map<String, String>> choices = new ArrayList<>();
      for (String id : members(groups)) {
        choices.add(Map.of("label", fullName(id), "value", id));
      }
      return choices;
    });
  }

  /** Membership is the organisation's, whoever is logged in (they may not read other users). */
  private static <T> T privileged(Supplier<T> query) {
    CommandContext context = Context.getCommandContext();
    return context == null ? query.get() : context.runWithoutAuthorization(query::get);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }
}
