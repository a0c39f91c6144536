package vn.qcdc.flow.upgrade;

import org.springframework.test.context.ActiveProfiles;

/** The upgrade scenarios on H2. */
@ActiveProfiles("test")
class UpgradeH2Test extends UpgradeScenarios {
}
