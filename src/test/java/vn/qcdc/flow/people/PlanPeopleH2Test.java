package vn.qcdc.flow.people;

import org.springframework.test.context.ActiveProfiles;

/** Issue 18's scenarios on H2. */
@ActiveProfiles("test")
class PlanPeopleH2Test extends PlanPeopleScenarios {
}
