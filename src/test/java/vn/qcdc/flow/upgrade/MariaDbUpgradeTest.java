package vn.qcdc.flow.upgrade;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/** The upgrade scenarios on MariaDB: embedded 11.4, or the server QCDC_TEST_MARIADB_URL names. */
@ActiveProfiles({"test", "mariadbtest"})
class MariaDbUpgradeTest extends UpgradeScenarios {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", MariaDbTestDatabase::jdbcUrl);
    registry.add("spring.datasource.username", MariaDbTestDatabase::username);
    registry.add("spring.datasource.password", MariaDbTestDatabase::password);
  }
}
