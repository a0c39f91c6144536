package vn.qcdc.flow.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.organisation.OrganisationFileLoader;
import vn.qcdc.flow.support.TestPasswords;

/**
 * The start-up set-up is idempotent, and the credential guard (which has no escape for the
 * tests' profile: they start with placeholders and strong passwords) refuses the bundled demo
 * file and every weak password, in the file and in the database, naming the accounts.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:qcdc-access;DB_CLOSE_DELAY=-1",
    "qcdc.weak.same-as-id=bcd", "qcdc.weak.default=P@ssw0rd", "qcdc.weak.short=Ab1-x",
    "qcdc.weak.names=Ngô Thị-Aa-2026!"})
@ActiveProfiles("test")
class AccessSetupTest {

  @Autowired
  AccessSetup access;
  @Autowired
  TaskFilters filters;
  @Autowired
  FilterService filterService;
  @Autowired
  CredentialGuard guard;
  @Autowired
  OrganisationFileLoader loader;
  @Autowired
  vn.qcdc.flow.organisation.OrganisationProperties properties;
  @Autowired
  IdentityService identity;

  @Test
  void aSecondRunAddsNothingAndDuplicatesNoFilter() throws Exception {
    assertThat(access.grantAll()).isZero();
    filters.run(null);
    List<Filter> all = filterService.createTaskFilterQuery().list();
    // and the city bloc's bodies' filter (bloc/BlocAccess, made once at start)
    assertThat(all).extracting(Filter::getName).containsExactlyInAnyOrder("Việc của tôi",
        "Việc của đơn vị", "Sắp đến hạn (3 ngày)", "Quá hạn", "Tất cả việc QCDC đang mở",
        "Báo cáo chờ tiếp nhận");
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
      me.setPassword(TestPasswords.PASSWORD);
      identity.saveUser(me); // the same password again: UPDATE of one's own user is allowed
    } finally {
      identity.clearAuthentication();
    }
    assertThat(identity.checkPassword("tuyentruyen", TestPasswords.PASSWORD)).isTrue();
  }

  @Test
  void theBundledDemoFileIsRefusedOutsideTheDemo() {
    assertThatThrownBy(() -> guard.verify(OrganisationFileLoader.BUNDLED_DEMO))
        .hasMessageContaining("bundled demo organisation file")
        .hasMessageContaining("QCDC_ORGANISATION_FILE");
  }

  @Test
  void aFileWithStrongPlaceholderPasswordsPasses() {
    guard.verify(properties.file());
    assertThat(guard.check(loader.load(properties.file()))).isEmpty();
  }

  @Test
  void everyWeakPasswordIsNamedAtOnce() {
    assertThatThrownBy(() -> guard.verify("classpath:organisation/weak-agency.yml"))
        .hasMessageContaining("6 account(s) fail the password policy")
        .hasMessageContaining("'truongban': the password is written in the organisation file")
        .hasMessageContaining("'bcd': the password is the user id or a common default")
        .hasMessageContaining("'tonghop': the password is the user id or a common default")
        .hasMessageContaining("'tuyentruyen': the password breaks the policy")
        .hasMessageContaining("'congdoan': the password breaks the policy")
        .hasMessageContaining("'thanhtra': ${QCDC_NOT_SET_ANYWHERE} is not set")
        .hasMessageNotContaining("'admin'")
        .hasMessageNotContaining("P@ssw0rd").hasMessageNotContaining("Ab1-x");
  }

  @Test
  void aDefaultPasswordStoredInTheDatabaseIsNamed() {
    var bcd = identity.createUserQuery().userId("bcd").singleResult();
    bcd.setPassword("bcd"); // as a demo database taken to production would have it
    ((IdentityServiceImpl) identity).saveUser(bcd, true);
    try {
      assertThat(guard.check(loader.load(properties.file())))
          .containsExactly("'bcd' still has a default password in the database (change it in"
              + " Camunda Admin)");
      // Camunda's own policy refuses it when set the ordinary way.
      bcd.setPassword("bcd");
      assertThatThrownBy(() -> identity.saveUser(bcd)).hasMessageContaining("policy");
    } finally {
      bcd.setPassword(TestPasswords.PASSWORD);
      identity.saveUser(bcd);
    }
    assertThat(guard.check(loader.load(properties.file()))).isEmpty();
  }

  @Test
  void weakMeansEmptyTheIdOrACommonDefault() {
    assertThat(CredentialGuard.weak("admin", "")).isTrue();
    assertThat(CredentialGuard.weak("quantri", "QuanTri")).isTrue();
    assertThat(CredentialGuard.weak("quantri", "Camunda")).isTrue();
    assertThat(CredentialGuard.weak("quantri", "Matkhau@123")).isTrue();
    assertThat(CredentialGuard.weak("quantri", TestPasswords.PASSWORD)).isFalse();
  }
}
