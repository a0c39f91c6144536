package vn.qcdc.flow.access;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qcdc.flow.production.ScratchDatabase;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/** The REST surface on MariaDB (embedded 11.4, or QCDC_TEST_MARIADB_URL), a database of its own. */
@ActiveProfiles({"test", "mariadbtest"})
class MariaDbRestSurfaceTest extends RestSurfaceScenarios {

  static final class SurfaceDatabase {
    static final String URL = ScratchDatabase.fresh("rest_surface");
  }

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> SurfaceDatabase.URL);
    registry.add("spring.datasource.username", MariaDbTestDatabase::username);
    registry.add("spring.datasource.password", MariaDbTestDatabase::password);
  }

  @Override
  String tableSuffix() {
    return "-mariadb";
  }
}
