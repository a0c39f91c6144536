package vn.qcdc.flow.organisation;

import java.util.Set;

/**
 * The phases of the year and the work that goes out to a set of units, named as in the BPMN
 * ({@code ${organisation.codesFor('DISSEMINATION')}}); which kinds take part is qcdc.phases.
 */
public enum Phase {
  DISSEMINATION,
  PROPOSALS,
  REVIEW,
  INSPECTION,
  EMULATION,
  /** The units whose headcount makes up the officials convened to the conference. */
  OFFICIALS,
  KEY_TASKS,
  COMPLAINTS,
  DIALOGUE_ACTIONS,
  /** The units the reports count together as "phòng, trung tâm". */
  DEPARTMENTS,
  /** The units that read every QCDC instance in Cockpit. */
  OVERSIGHT,
  /** The units that work in Tasklist. */
  WORKING;

  Set<UnitKind> kinds(PhaseProperties phases) {
    return switch (this) {
      case DISSEMINATION -> phases.dissemination();
      case PROPOSALS -> phases.proposals();
      case REVIEW -> phases.review();
      case INSPECTION -> phases.inspection();
      case EMULATION -> phases.emulation();
      case OFFICIALS -> phases.officials();
      case KEY_TASKS -> phases.keyTasks();
      case COMPLAINTS -> phases.complaints();
      case DIALOGUE_ACTIONS -> phases.dialogueActions();
      case DEPARTMENTS -> phases.departments();
      case OVERSIGHT -> phases.oversight();
      case WORKING -> phases.working();
    };
  }
}
