package vn.qcdc.flow.access;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The REST surface on H2. */
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:qcdc-rest-surface;DB_CLOSE_DELAY=-1")
class RestSurfaceH2Test extends RestSurfaceScenarios {

  @Override
  String tableSuffix() {
    return "";
  }
}
