package vn.qcdc.flow.cycle;

import org.springframework.test.context.ActiveProfiles;

/** The cycle's scenarios on H2, the zero-setup database. */
@ActiveProfiles("test")
class AnnualCycleH2Test extends AnnualCycleScenarios {
}
