package vn.qcdc.flow.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.phases: which kinds of unit take part in each phase of the year. Every decision "which
 * units does this go to" reads one of these sets ({@link Phase}), never a set of its own.
 *
 * @param dissemination who disseminates the plan's documents (II.1)
 * @param proposals who sends proposals before the conference
 * @param review who files the mid-year and year-end reviews
 * @param inspection who may be inspected
 * @param emulation whose officials are rated at the year's end
 * @param officials whose headcount makes up the officials convened to the conference
 * @param keyTasks who reports on the monthly key tasks (II.2.b)
 * @param complaints who may be given a citizen's case to handle
 * @param dialogueActions who may be given an action agreed at a dialogue (II.4.b)
 * @param departments the departments and centres: the reports count their figures together
 *     as "phòng, trung tâm" (the others are written one by one), they lead the year's key
 *     tasks (review/YearKeyTasks), and their officials may be elected to the People's
 *     Inspection Board (InspectionBoard)
 * @param oversight who reads every QCDC instance and task in Cockpit (access/AccessSetup)
 * @param working who works in Tasklist: its unit's tasks and filters (access/AccessSetup,
 *     access/TaskFilters); auditors and administrators have grants of their own
 */
@ConfigurationProperties("qcdc.phases")
public record PhaseProperties(
    @DefaultValue({"DEPARTMENT", "CENTRE", "UNION", "PARTY_CELL"}) Set<UnitKind> dissemination,
    @DefaultValue({"DEPARTMENT", "CENTRE", "UNION"}) Set<UnitKind> proposals,
    @DefaultValue({"DEPARTMENT", "CENTRE", "UNION", "INSPECTION_BOARD"}) Set<UnitKind> review,
    @DefaultValue({"DEPARTMENT", "CENTRE"}) Set<UnitKind> inspection,
    @DefaultValue({"DEPARTMENT", "CENTRE"}) Set<UnitKind> emulation,
    @DefaultValue({"DEPARTMENT", "CENTRE", "LEADERSHIP"}) Set<UnitKind> officials,
    @DefaultValue({"DEPARTMENT", "CENTRE"}) Set<UnitKind> keyTasks,
    @DefaultValue({"DEPARTMENT", "CENTRE"}) Set<UnitKind> complaints,
    @DefaultValue({"DEPARTMENT", "CENTRE", "UNION"}) Set<UnitKind> dialogueActions,
    @DefaultValue({"DEPARTMENT", "CENTRE"}) Set<UnitKind> departments,
    @DefaultValue({"STEERING_COMMITTEE", "LEADERSHIP"}) Set<UnitKind> oversight,
    @DefaultValue({"DEPARTMENT", "CENTRE", "UNION", "INSPECTION_BOARD", "PARTY_CELL",
        "STEERING_COMMITTEE", "LEADERSHIP"}) Set<UnitKind> working) {

  public PhaseProperties {
    dissemination = Set.copyOf(dissemination);
    proposals = Set.copyOf(proposals);
    review = Set.copyOf(review);
    inspection = Set.copyOf(inspection);
    emulation = Set.copyOf(emulation);
    officials = Set.copyOf(officials);
    keyTasks = Set.copyOf(keyTasks);
    complaints = Set.copyOf(complaints);
    dialogueActions = Set.copyOf(dialogueActions);
    departments = Set.copyOf(departments);
    oversight = Set.copyOf(oversight);
    working = Set.copyOf(working);
  }

  /** The keys qcdc.phases has, as written in configuration. */
  public static List<String> keys() {
    return Arrays.stream(PhaseProperties.class.getRecordComponents())
        .map(c -> c.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT))
        .toList();
  }
}
