package vn.qcdc.flow.tenancy;

import org.springframework.test.context.ActiveProfiles;

/** The three agencies' year on H2. */
@ActiveProfiles("test")
class ThreeAgenciesH2Test extends ThreeAgenciesScenarios {

  @Override
  int year() {
    return 2062; // and 2063: years no other test of the JVM's in-memory database uses
  }
}
