package vn.qcdc.flow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.QcdcProperties;
import vn.qcdc.flow.organisation.OrganisationFile;
import vn.qcdc.flow.organisation.OrganisationFileLoader;

/** The start-up set-up is idempotent, and the admin-password guard sees both file and database. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:qcdc-access;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class AccessSetupTest {

  @Autowired
  AccessSetup access;
  @Autowired
  TaskFilters filters;
  @Autowired
  FilterService filterService;
  @Autowired
  AdminPasswordGuard guard;
  @Autowired
  OrganisationFileLoader loader;
  @Autowired
  QcdcProperties properties;
  @Autowired
  IdentityService identity;

  @Test
  void aSecondRunAddsNothingAndDuplicatesNoFilter() throws Exception {
    assertThat(access.grantAll()).isZero();
    filters.run(null);
    List<Filter> all = filterService.createTaskFilterQuery().list();
    assertThat(all).extracting(Filter::getName).containsExactlyInAnyOrder("Việc của tôi",
        "Việc của đơn vị", "Sắp đến hạn (3 ngày)", "Quá hạn", "Tất cả việc QCDC đang mở");
  }

  @Test
  void aUserMayChangeTheirPasswordButNotDeleteThemselvesEvenThroughTheJavaApi() {
    identity.setAuthentication("tuyentruyen", List.of("phong-tuyen-truyen"));
    try {
      var me = identity.createUserQuery().userId("tuyentruyen").singleResult();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> identity.deleteUser("tuyentruyen"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> identity.deleteUser("lyluan"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      me.setPassword("tuyentruyen");
      identity.saveUser(me); // the same password again: UPDATE of one's own user is allowed
    } finally {
      identity.clearAuthentication();
    }
    assertThat(identity.checkPassword("tuyentruyen", "tuyentruyen")).isTrue();
  }

  @Test
  void theDemoAdministratorPasswordIsRefusedOutsideTheDemo() {
    OrganisationFile demo = loader.load(properties.getOrganisation().getFile());
    assertThat(guard.check(demo)).containsExactly(
        "administrator 'admin' has an empty or default password in the organisation file",
        "administrator 'admin' still has a default password in the database");

    identity.setAuthentication("admin", List.of("camunda-admin"));
    try {
      var admin = identity.createUserQuery().userId("admin").singleResult();
      admin.setPassword("Mot-mat-khau-that-dai-2022");
      identity.saveUser(admin);
    } finally {
      identity.clearAuthentication();
    }
    demo.getPeople().stream().filter(p -> p.getId().equals("admin")).findFirst().orElseThrow()
        .setPassword("Mot-mat-khau-that-dai-2022");
    assertThat(guard.check(demo)).isEmpty();
    assertThat(AdminPasswordGuard.weak("admin", "")).isTrue();
    assertThat(AdminPasswordGuard.weak("quantri", "quantri")).isTrue();
    assertThat(AdminPasswordGuard.weak("quantri", "Camunda")).isTrue();
  }
}
