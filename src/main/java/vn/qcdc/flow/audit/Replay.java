package vn.qcdc.flow.audit;

import java.util.List;
import java.util.Map;

/**
 * What happened in one cycle, in order: the process instances (the cycle and
 * every process it called) and the steps of all of them, merged into one
 * timeline. Times are ISO-8601 in the agency's zone, to the second (MariaDB
 * keeps seconds only, so finer parts would make H2 and MariaDB disagree).
 */
public record Replay(Instance cycle, List<Instance> instances, List<Step> steps) {

  /** A process instance of the cycle; {@code superInstanceId} is the instance that called it. */
  public record Instance(String id, String businessKey, String processKey, String processName,
      String definitionId, int definitionVersion, String superInstanceId, String state,
      String start, String end, String startedBy) {
  }

  /**
   * One step. {@code kind} is ACTIVITY (a flow element the token passed), OPERATION (something
   * a person did to the instance outside a task), INCIDENT, COMMENT or ATTACHMENT.
   * For a user task: the unit it was offered to, the person who completed it, its due date,
   * whether it ended after that date, the values entered on its form, and what was done to
   * it (claim, assignment, delegation, completion: who and when).
   */
  public record Step(int order, String kind, String instanceId, String processKey,
      String processName, String activityInstanceId, String activityId, String activityName,
      String activityType, String unit, String unitName, String person, String start,
      String end, String due, Boolean late, boolean canceled, String calledInstanceId,
      Map<String, String> data, List<Map<String, String>> operations,
      List<Map<String, String>> comments) {

    /**
     * An entry that is not a flow element (OPERATION, COMMENT, ATTACHMENT, INCIDENT): no task,
     * no unit, no due date; {@code name} and {@code type} say what it was.
     */
    static Step entry(String kind, Instance instance, String activityId, String name,
        String type, String person, String start, String end, Map<String, String> data) {
      return new Step(0, kind, instance.id(), instance.processKey(), instance.processName(),
          null, activityId, name, type, null, null, person, start, end, null, null, false, null,
          data, List.of(), List.of());
    }

    /** The same step at its place in the merged timeline (1-based). */
    Step at(int position) {
      return new Step(position, kind, instanceId, processKey, processName, activityInstanceId,
          activityId, activityName, activityType, unit, unitName, person, start, end, due, late,
          canceled, calledInstanceId, data, operations, comments);
    }
  }
}
