package vn.qcdc.flow.audit;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/**
 * The history chain's tamper cases on MariaDB (embedded 11.4, or QCDC_TEST_MARIADB_URL). The
 * database may be shared with other MariaDB tests of the JVM (and their engines append to the
 * same chain, as a second node would): the assertions look at this test's own instances.
 */
@ActiveProfiles({"test", "mariadbtest"})
class AuditTrailMariaDbTest extends AuditTrailScenarios {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", MariaDbTestDatabase::jdbcUrl);
    registry.add("spring.datasource.username", MariaDbTestDatabase::username);
    registry.add("spring.datasource.password", MariaDbTestDatabase::password);
  }

  @Override
  String[] jdbc() {
    return new String[] {MariaDbTestDatabase.jdbcUrl(), MariaDbTestDatabase.username(),
        MariaDbTestDatabase.password()};
  }

  @Override
  String database() {
    return MariaDbTestDatabase.description();
  }
}
