package vn.qcdc.flow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The roles come from the organisation file; the keys that named groups before are checked. */
class RolesTest {

  static OrganisationFile agency(String... unitCodes) {
    OrganisationFile file = new OrganisationFile();
    for (String code : unitCodes) {
      OrganisationFile.Unit unit = new OrganisationFile.Unit();
      unit.setCode(code);
      unit.setName("Đơn vị " + code);
      unit.setKind(UnitKind.DEPARTMENT);
      file.getUnits().add(unit);
    }
    return file;
  }

  static final String[] USUAL = {"lanh-dao", "ban-chi-dao", "phong-tong-hop", "cap-uy",
      "cong-doan", "ban-thanh-tra"};

  @Test
  void aFormerKeyThatAgreesWithTheRolesIsAcceptedOneThatDiffersStopsTheStart() {
    OrganisationFile.RoleGroups groups = new OrganisationFile.RoleGroups();
    Roles.checkFormerKeys(groups, Map.of("qcdc.complaints.leadership-group", "lanh-dao",
        "qcdc.dialogue.convener-groups", "cap-uy, lanh-dao", // same groups, other order
        "qcdc.key-tasks.follow-up-group", "ban-chi-dao")::get);
    assertThatThrownBy(() -> Roles.checkFormerKeys(groups,
        Map.of("qcdc.disclosure.accounting-unit", "phong-ke-toan")::get))
        .hasMessageContaining("qcdc.disclosure.accounting-unit is set to 'phong-ke-toan'")
        .hasMessageContaining("roles: section (phong-tong-hop)");
    groups.setLeadership("ban-giam-doc");
    assertThatThrownBy(() -> Roles.checkFormerKeys(groups,
        Map.of("qcdc.dialogue.follow-up-groups", "lanh-dao,cong-doan")::get))
        .hasMessageContaining("ban-giam-doc,cong-doan");
  }

  @Test
  void theModelsReadEachRoleFromTheFile() {
    OrganisationFile.RoleGroups groups = new OrganisationFile.RoleGroups();
    groups.setLeadership("ban-giam-doc");
    groups.setAccounting("phong-ke-toan");
    Roles roles = new Roles(groups);
    assertThat(roles.getLeadership()).isEqualTo("ban-giam-doc");
    assertThat(roles.getAccounting()).isEqualTo("phong-ke-toan");
    assertThat(roles.getGeneralAffairs()).isEqualTo("phong-tong-hop");
    assertThat(roles.startersOf("qcdc-annual-cycle")).containsExactly("ban-chi-dao");
    assertThat(roles.startersOf("qcdc-complaint")).containsExactly("phong-tong-hop");
    assertThat(roles.startersOf("qcdc-dialogue")).containsExactly("cong-doan");
    assertThat(roles.startersOf("qcdc-review")).isEmpty();
  }

  @Test
  void aFileWhoseRoleNamesNoUnitOrThatLacksAReleasedGroupIsRefused() {
    OrganisationFileLoader.check(agency(USUAL), "agency.yml");
    OrganisationFile renamed = agency(USUAL);
    renamed.getRoles().setLeadership("ban-giam-doc");
    assertThatThrownBy(() -> OrganisationFileLoader.check(renamed, "agency.yml"))
        .hasMessageContaining("roles.leadership names the unit 'ban-giam-doc'");
    OrganisationFile withoutUnion = agency("lanh-dao", "ban-chi-dao", "phong-tong-hop", "cap-uy",
        "ban-thanh-tra");
    withoutUnion.getRoles().setUnion("ban-thanh-tra");
    // Another agency of the bloc has its own units; the first agency keeps the released ones.
    OrganisationFileLoader.check(withoutUnion, "agency.yml");
    assertThatThrownBy(() -> OrganisationFileLoader.checkReleasedGroups(withoutUnion,
        "agency.yml"))
        .hasMessageContaining("'cong-doan' is missing; processes released before 1.3.0");
  }

  /** Issue 17: a misspelt role or phase was ignored, its default used without a word. */
  @Test
  void aMisspeltRoleOrPhaseKeyStopsTheStartNamingTheValidOnes() throws Exception {
    String file = "agency:\n  name: X\nroles:\n  leadership: lanh-dao\n"
        + "  steeringCommittee: ban-chi-dao\n  general_affairs: phong-tong-hop\n";
    var good = new org.springframework.boot.env.YamlPropertySourceLoader().load("agency.yml",
        new org.springframework.core.io.ByteArrayResource(file.getBytes(
            java.nio.charset.StandardCharsets.UTF_8))).get(0);
    java.util.List<String> roles = java.util.List.copyOf(
        Roles.of(new OrganisationFile.RoleGroups()).keySet());
    OrganisationFileLoader.checkKeys("agency.yml", "roles", good, roles);
    var misspelt = new org.springframework.boot.env.YamlPropertySourceLoader().load("agency.yml",
        new org.springframework.core.io.ByteArrayResource((file + "  inspection-bord: btt\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8))).get(0);
    assertThatThrownBy(() -> OrganisationFileLoader.checkKeys("agency.yml", "roles", misspelt,
        roles))
        .hasMessageContaining("agency.yml has roles.inspection-bord")
        .hasMessageContaining("Valid keys: leadership, steering-committee, general-affairs,"
            + " accounting, party-committee, union, inspection-board.");

    var phases = new org.springframework.core.env.MapPropertySource("commandLineArgs",
        Map.of("qcdc.phases.review", "DEPARTMENT", "qcdc.phases.key-tasks", "CENTRE",
            "qcdc.phases.dialogueActions", "UNION"));
    OrganisationFileLoader.checkKeys("x", "qcdc.phases", phases, PhaseProperties.keys());
    var wrongPhase = new org.springframework.core.env.MapPropertySource("commandLineArgs",
        Map.of("qcdc.phases.reviews[0]", "DEPARTMENT"));
    assertThatThrownBy(() -> OrganisationFileLoader.checkKeys("the configuration",
        "qcdc.phases", wrongPhase, PhaseProperties.keys()))
        .hasMessageContaining("qcdc.phases.reviews, which is not a key")
        .hasMessageContaining("dissemination, proposals, review, inspection");
  }
}
