package vn.qcdc.flow.tenancy;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The three agencies' year on H2. */
@ActiveProfiles("test")
// A database of its own: the other agencies' and the bloc's users must not meet the tests that
// sync the first agency's file alone (a bloc user unknown there would be locked as departed).
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:qcdc-agencies;DB_CLOSE_DELAY=-1")
class ThreeAgenciesH2Test extends ThreeAgenciesScenarios {

  @Override
  int year() {
    return 2062; // and 2063: years no other test of the JVM's in-memory database uses
  }
}
