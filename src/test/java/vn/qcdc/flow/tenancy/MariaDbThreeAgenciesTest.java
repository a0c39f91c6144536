package vn.qcdc.flow.tenancy;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/** The three agencies' year on MariaDB (embedded 11.4, or the server CI names). */
@ActiveProfiles({"test", "mariadbtest"})
class MariaDbThreeAgenciesTest extends ThreeAgenciesScenarios {

  /** A database of its own (see ThreeAgenciesH2Test), made on first use. */
  static final class AgenciesDatabase {
    static final String URL = vn.qcdc.flow.production.ScratchDatabase.fresh("agencies");
  }

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> AgenciesDatabase.URL);
    registry.add("spring.datasource.username", MariaDbTestDatabase::username);
    registry.add("spring.datasource.password", MariaDbTestDatabase::password);
  }

  @Override
  int year() {
    return 2064; // and 2065: years no other test of the shared MariaDB database uses
  }
}
