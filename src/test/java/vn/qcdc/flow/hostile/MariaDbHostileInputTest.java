package vn.qcdc.flow.hostile;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/** The hostile-input suite on MariaDB (embedded 11.4, or QCDC_TEST_MARIADB_URL). */
@ActiveProfiles({"test", "mariadbtest"})
class MariaDbHostileInputTest extends HostileInputScenarios {

  static final class HostileDatabase {
    static final String URL = vn.qcdc.flow.production.ScratchDatabase.fresh("hostile");
  }

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    // A database of its own: the years of the suite must not meet other tests' years.
    registry.add("spring.datasource.url", () -> HostileDatabase.URL);
    registry.add("spring.datasource.username", MariaDbTestDatabase::username);
    registry.add("spring.datasource.password", MariaDbTestDatabase::password);
  }
}
