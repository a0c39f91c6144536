package vn.qcdc.flow.audit;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/**
 * The audit scenarios on MariaDB (embedded 11.4, or QCDC_TEST_MARIADB_URL), where history
 * times have whole seconds only: the replay's order must come from Camunda's sequence
 * counters and id order, not from the times.
 */
@ActiveProfiles({"test", "mariadbtest"})
class AuditMariaDbTest extends AuditScenarios {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", MariaDbTestDatabase::jdbcUrl);
    registry.add("spring.datasource.username", MariaDbTestDatabase::username);
    registry.add("spring.datasource.password", MariaDbTestDatabase::password);
  }

  /** A year no other MariaDB scenario of this JVM uses; the next year runs too. */
  @Override
  int year() {
    return 2028;
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
