package vn.qcdc.flow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Every "which units" decision reads qcdc.phases: the defaults are the sets the services used
 * to hard-code (key tasks and complaints: departments and centres; dialogue actions: those and
 * the union), and an agency's setting changes who gets the work.
 */
class PhasesTest {

  static PhaseProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("qcdc.phases", PhaseProperties.class);
  }

  static OrgUnit unit(String code, UnitKind kind, int order) {
    OrgUnit unit = new OrgUnit(code);
    unit.update("Đơn vị " + code, kind, 5, order, Instant.EPOCH);
    return unit;
  }

  static OrganisationRegistry registry(PhaseProperties phases) {
    OrgUnitRepository units = mock(OrgUnitRepository.class);
    when(units.findByActiveTrueOrderBySortOrder()).thenReturn(List.of(
        unit("phong-tong-hop", UnitKind.DEPARTMENT, 1), unit("trung-tam", UnitKind.CENTRE, 2),
        unit("cong-doan", UnitKind.UNION, 3), unit("cap-uy", UnitKind.PARTY_CELL, 4),
        unit("lanh-dao", UnitKind.LEADERSHIP, 5)));
    return new OrganisationRegistry(units, phases, null);
  }

  @Test
  void theDefaultsAreTheSetsTheServicesUsedAndAnAgencyMayChangeThem() {
    OrganisationRegistry usual = registry(bind(Map.of()));
    assertThat(usual.codesFor(Phase.KEY_TASKS)).containsExactly("phong-tong-hop", "trung-tam");
    assertThat(usual.codesFor(Phase.COMPLAINTS)).containsExactly("phong-tong-hop", "trung-tam");
    assertThat(usual.codesFor(Phase.DIALOGUE_ACTIONS))
        .containsExactly("phong-tong-hop", "trung-tam", "cong-doan");
    assertThat(usual.codesFor("DISSEMINATION"))
        .containsExactly("phong-tong-hop", "trung-tam", "cong-doan", "cap-uy");
    assertThat(usual.totalOfficials()).isEqualTo(15);

    OrganisationRegistry changed = registry(bind(Map.of("qcdc.phases.key-tasks",
        "DEPARTMENT,CENTRE,UNION", "qcdc.phases.complaints", "DEPARTMENT")));
    assertThat(changed.codesFor(Phase.KEY_TASKS))
        .containsExactly("phong-tong-hop", "trung-tam", "cong-doan");
    assertThat(changed.codesFor(Phase.COMPLAINTS)).containsExactly("phong-tong-hop");
  }

  /**
   * Issue 17: the sets that were still hard-coded outside qcdc.phases (the reports' "phòng,
   * trung tâm", AccessSetup's oversight and working units, the key tasks' leaders and the
   * board's electable officials) are phases whose defaults are those sets.
   */
  @Test
  void theDepartmentsOversightAndWorkingUnitsArePhasesWithTheFormerSetsAsDefaults() {
    PhaseProperties defaults = bind(Map.of());
    assertThat(defaults.departments()).containsExactlyInAnyOrder(UnitKind.DEPARTMENT,
        UnitKind.CENTRE);
    assertThat(defaults.oversight()).containsExactlyInAnyOrder(UnitKind.STEERING_COMMITTEE,
        UnitKind.LEADERSHIP);
    assertThat(defaults.working()).containsExactlyInAnyOrder(UnitKind.DEPARTMENT,
        UnitKind.CENTRE, UnitKind.UNION, UnitKind.INSPECTION_BOARD, UnitKind.PARTY_CELL,
        UnitKind.STEERING_COMMITTEE, UnitKind.LEADERSHIP);
    OrganisationRegistry usual = registry(defaults);
    assertThat(usual.codesFor(Phase.DEPARTMENTS)).containsExactly("phong-tong-hop", "trung-tam");
    assertThat(registry(bind(Map.of("qcdc.phases.departments", "DEPARTMENT")))
        .codesFor(Phase.DEPARTMENTS)).containsExactly("phong-tong-hop");
    assertThat(PhaseProperties.keys()).contains("key-tasks", "dialogue-actions", "departments",
        "oversight", "working");
  }
}
