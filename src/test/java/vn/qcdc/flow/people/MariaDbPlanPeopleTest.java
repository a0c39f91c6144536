package vn.qcdc.flow.people;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qcdc.flow.support.MariaDbTestDatabase;

/** Issue 18's scenarios on MariaDB (embedded 11.4, see MariaDbTestDatabase). */
@ActiveProfiles({"test", "mariadbtest"})
class MariaDbPlanPeopleTest extends PlanPeopleScenarios {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", MariaDbTestDatabase::jdbcUrl);
    registry.add("spring.datasource.username", MariaDbTestDatabase::username);
    registry.add("spring.datasource.password", MariaDbTestDatabase::password);
  }
}
