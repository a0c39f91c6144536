package vn.qcdc.flow.organisation;

/** What a unit of the agency is; decides which phases of the year it takes part in. */
public enum UnitKind {
  DEPARTMENT,
  CENTRE,
  UNION,
  INSPECTION_BOARD,
  PARTY_CELL,
  STEERING_COMMITTEE,
  LEADERSHIP,
  AUDITORS,
  ADMINISTRATORS
}
