package vn.qcdc.flow.organisation;

import java.util.Set;
import vn.qcdc.flow.QcdcProperties;

/** The phases of the year that go out to a set of units, named as in the BPMN. */
public enum Phase {
  DISSEMINATION,
  PROPOSALS,
  REVIEW,
  INSPECTION,
  EMULATION;

  Set<UnitKind> kinds(QcdcProperties.Phases phases) {
    return switch (this) {
      case DISSEMINATION -> phases.getDissemination();
      case PROPOSALS -> phases.getProposals();
      case REVIEW -> phases.getReview();
      case INSPECTION -> phases.getInspection();
      case EMULATION -> phases.getEmulation();
    };
  }
}
