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

  /**
   * Before 2038: Camunda's MySQL schema keeps some history times (ACT_HI_OP_LOG.TIMESTAMP_)
   * as TIMESTAMP, which MariaDB cannot store after 2038-01-19. The next year runs too.
   */
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
