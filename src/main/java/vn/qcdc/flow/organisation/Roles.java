package vn.qcdc.flow.organisation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The roles the processes give work to, and the group (unit code) that plays each, read from
 * the organisation file's {@code roles:} section (defaults: the codes agencies have used so far).
 * Every candidate group of a current model is one of them, written {@code ${roles.leadership}};
 * a task offered to two roles lists both: {@code ${roles.partyCommittee},${roles.leadership}}.
 * Java code asks this bean too, never a literal group id.
 */
@Component("roles")
public class Roles {

  /**
   * The group ids that models released before 1.3.0 name literally (candidate groups and
   * starters): running years on those models need them, so the organisation file must keep
   * these units whatever the roles say.
   */
  public static final List<String> RELEASED_GROUPS =
      List.of("ban-chi-dao", "lanh-dao", "phong-tong-hop", "cap-uy", "cong-doan");

  /**
   * Configuration keys that named a role's group before the roles moved to the organisation
   * file. An agency's value that still agrees with the roles is accepted; one that differs
   * stops the start, saying where the group is now set.
   */
  static final Map<String, Function<OrganisationFile.RoleGroups, String>> FORMER_KEYS =
      new LinkedHashMap<>();

  static {
    FORMER_KEYS.put("qcdc.complaints.reception-group",
        OrganisationFile.RoleGroups::getGeneralAffairs);
    FORMER_KEYS.put("qcdc.complaints.leadership-group", OrganisationFile.RoleGroups::getLeadership);
    FORMER_KEYS.put("qcdc.complaints.inspection-board-group",
        OrganisationFile.RoleGroups::getInspectionBoard);
    FORMER_KEYS.put("qcdc.disclosure.accounting-unit", OrganisationFile.RoleGroups::getAccounting);
    FORMER_KEYS.put("qcdc.disclosure.leadership-group", OrganisationFile.RoleGroups::getLeadership);
    FORMER_KEYS.put("qcdc.disclosure.inspection-board-group",
        OrganisationFile.RoleGroups::getInspectionBoard);
    FORMER_KEYS.put("qcdc.dialogue.organiser-group", OrganisationFile.RoleGroups::getUnion);
    FORMER_KEYS.put("qcdc.dialogue.convener-groups",
        r -> r.getLeadership() + "," + r.getPartyCommittee());
    FORMER_KEYS.put("qcdc.dialogue.follow-up-groups", r -> r.getLeadership() + "," + r.getUnion());
    FORMER_KEYS.put("qcdc.dialogue.leadership-group", OrganisationFile.RoleGroups::getLeadership);
    FORMER_KEYS.put("qcdc.key-tasks.leadership-group", OrganisationFile.RoleGroups::getLeadership);
    FORMER_KEYS.put("qcdc.key-tasks.follow-up-group",
        OrganisationFile.RoleGroups::getSteeringCommittee);
    FORMER_KEYS.put("qcdc.audit.seal.mail-group", OrganisationFile.RoleGroups::getInspectionBoard);
  }

  /** The roles of the agency of the work (each agency's file has its own roles: section). */
  private final Supplier<OrganisationFile.RoleGroups> current;

  @Autowired
  public Roles(Agencies agencies, Environment environment) {
    this.current = () -> agencies.current().getRoles();
    checkFormerKeys(agencies.of(agencies.defaultCode()).getRoles(), environment::getProperty);
  }

  Roles(OrganisationFile.RoleGroups groups) {
    this.current = () -> groups;
  }

  private OrganisationFile.RoleGroups groups() {
    return current.get();
  }

  /** Lãnh đạo: approves, answers, confirms; is escalated to. */
  public String getLeadership() {
    return groups().getLeadership();
  }

  /** Ban Chỉ đạo QCDC: drafts the plan, holds the conference, inspects, follows up. */
  public String getSteeringCommittee() {
    return groups().getSteeringCommittee();
  }

  /** The general affairs office: receives citizens, writes and submits the reports. */
  public String getGeneralAffairs() {
    return groups().getGeneralAffairs();
  }

  /** The accounting unit that prepares and posts the budget disclosures. */
  public String getAccounting() {
    return groups().getAccounting();
  }

  /** Cấp ủy: the Party cell's committee. */
  public String getPartyCommittee() {
    return groups().getPartyCommittee();
  }

  /** Công đoàn: the union. */
  public String getUnion() {
    return groups().getUnion();
  }

  /** Ban Thanh tra nhân dân: the People's Inspection Board, which supervises. */
  public String getInspectionBoard() {
    return groups().getInspectionBoard();
  }

  /** Every role's group, by the role's name in the organisation file. */
  public static Map<String, String> of(OrganisationFile.RoleGroups groups) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("leadership", groups.getLeadership());
    all.put("steering-committee", groups.getSteeringCommittee());
    all.put("general-affairs", groups.getGeneralAffairs());
    all.put("accounting", groups.getAccounting());
    all.put("party-committee", groups.getPartyCommittee());
    all.put("union", groups.getUnion());
    all.put("inspection-board", groups.getInspectionBoard());
    return all;
  }

  /**
   * The groups that may start a process of a current model (models name no starter groups:
   * Camunda would take an expression there as a group id). Released models' own starters
   * stay on their definitions.
   */
  public List<String> startersOf(String processKey) {
    return switch (processKey) {
      case "qcdc-annual-cycle" -> List.of(getSteeringCommittee());
      case "qcdc-complaint" -> List.of(getGeneralAffairs());
      case "qcdc-dialogue" -> List.of(getUnion());
      default -> List.of();
    };
  }

  static void checkFormerKeys(OrganisationFile.RoleGroups groups,
      Function<String, String> configuration) {
    for (var former : FORMER_KEYS.entrySet()) {
      String set = configuration.apply(former.getKey());
      String role = former.getValue().apply(groups);
      if (set != null && !set.isBlank() && !asSet(set).equals(asSet(role))) {
        throw new IllegalStateException(former.getKey() + " is set to '" + set + "', but the"
            + " processes now take this group from the organisation file's roles: section ("
            + role + "). Set the role there (see docs/deployment.md, 'Roles') and remove "
            + former.getKey() + ".");
      }
    }
  }

  private static Set<String> asSet(String groups) {
    return Arrays.stream(groups.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
