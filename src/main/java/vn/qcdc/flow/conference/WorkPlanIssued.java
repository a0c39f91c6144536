package vn.qcdc.flow.conference;

/**
 * The conference's work plan for the year is issued, with its monthly key tasks (published in
 * the task completion's transaction). The monthly key-task process starts on it.
 */
public record WorkPlanIssued(int year) {
}
