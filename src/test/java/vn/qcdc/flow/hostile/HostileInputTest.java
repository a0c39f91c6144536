package vn.qcdc.flow.hostile;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The hostile-input suite on H2. */
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:qcdc-hostile;DB_CLOSE_DELAY=-1")
class HostileInputTest extends HostileInputScenarios {
}
