package vn.qcdc.flow.audit;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The audit scenarios on H2, in a database of their own. */
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:qcdc-audit;DB_CLOSE_DELAY=-1")
class AuditH2Test extends AuditScenarios {

  @Override
  int year() {
    return 2022;
  }

  @Override
  String[] jdbc() {
    return new String[] {"jdbc:h2:mem:qcdc-audit;DB_CLOSE_DELAY=-1", "sa", ""};
  }

  @Override
  String database() {
    return "H2 (in memory)";
  }
}
