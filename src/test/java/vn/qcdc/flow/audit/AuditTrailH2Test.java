package vn.qcdc.flow.audit;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The history chain's tamper cases on H2, in a database of their own. */
@ActiveProfiles("test")
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:qcdc-audit-trail;DB_CLOSE_DELAY=-1")
class AuditTrailH2Test extends AuditTrailScenarios {

  @Override
  String[] jdbc() {
    return new String[] {"jdbc:h2:mem:qcdc-audit-trail;DB_CLOSE_DELAY=-1", "sa", ""};
  }

  @Override
  String database() {
    return "H2 (in memory)";
  }
}
