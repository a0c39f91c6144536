package vn.qcdc.flow.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The registry as the models see it, under the name {@code organisation}:
 * {@code ${organisation.codesFor('DISSEMINATION')}} is read when a phase
 * starts, so adding a department is a change of the organisation file, never
 * of a model.
 */
@Component("organisation")
public class OrganisationRegistry {

  private final OrgUnitRepository units;
  private final PhaseProperties phases;
  private final Roles roles;

  public OrganisationRegistry(OrgUnitRepository units, PhaseProperties phases, Roles roles) {
    this.units = units;
    this.phases = phases;
    this.roles = roles;
  }

  /** The roles the processes give work to, and the group playing each. */
  public Roles roles() {
    return roles;
  }

  /** Codes of the active units that take part in a phase, in the file's order. */
  public List<String> codesFor(String phase) {
    return unitsFor(phase).stream().map(OrgUnit::getCode).toList();
  }

  public List<OrgUnit> unitsFor(String phase) {
    return activeOfKinds(Phase.valueOf(phase).kinds(phases));
  }

  private List<OrgUnit> activeOfKinds(Set<UnitKind> kinds) {
    return units.findByActiveTrueOrderBySortOrder().stream()
        .filter(u -> kinds.contains(u.getKind())).toList();
  }

  /** The active units of one kind (the union, the inspection board...), in the file's order. */
  public List<OrgUnit> ofKind(UnitKind kind) {
    return activeOfKinds(Set.of(kind));
  }

  /** The active units of some kinds, in the file's order. */
  public List<OrgUnit> ofKinds(Set<UnitKind> kinds) {
    return activeOfKinds(kinds);
  }

  /** Codes of the active units of one kind ('PARTY_CELL'...), for a model's multi-instance. */
  public List<String> codesOfKind(String kind) {
    return ofKind(UnitKind.valueOf(kind)).stream().map(OrgUnit::getCode).toList();
  }

  public OrgUnit unit(String code) {
    return units.findById(code)
        .orElseThrow(() -> new IllegalArgumentException("Unknown unit " + code));
  }

  public String name(String code) {
    return unit(code).getName();
  }

  public String kind(String code) {
    return unit(code).getKind().name();
  }

  public int headcount(String code) {
    return unit(code).getHeadcount();
  }

  /** The kinds of unit that take part in a phase (qcdc.phases). */
  public Set<UnitKind> kinds(Phase phase) {
    return phase.kinds(phases);
  }

  /** Codes of the active units of the kinds that take part in a phase (qcdc.phases). */
  public List<String> codesFor(Phase phase) {
    return activeOfKinds(phase.kinds(phases)).stream().map(OrgUnit::getCode).toList();
  }

  /** The active units of the kinds that take part in a phase (qcdc.phases). */
  public List<OrgUnit> unitsFor(Phase phase) {
    return activeOfKinds(phase.kinds(phases));
  }

  /** The officials convened to the conference: headcount of the units of qcdc.phases.officials. */
  public int totalOfficials() {
    return activeOfKinds(phases.officials()).stream()
        .mapToInt(OrgUnit::getHeadcount).sum();
  }

  /** A comma-separated list of codes, as a collection a multi-instance activity can run over. */
  public List<String> split(String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
