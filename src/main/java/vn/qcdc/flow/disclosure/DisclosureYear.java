package vn.qcdc.flow.disclosure;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import vn.qcdc.flow.tenancy.AgencyContext;
import vn.qcdc.flow.tenancy.AgencyTenantIds;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.cycle.CycleStarted;
import vn.qcdc.flow.engine.AsTheApplication;

/** Starts the year's disclosure process (II.3.d) beside the annual cycle, once per year. */
@Component
public class DisclosureYear {

  private final RuntimeService runtime;
  private final IdentityService identity;

  private final AgencyContext agencies;

  public DisclosureYear(@Lazy RuntimeService runtime, @Lazy IdentityService identity,
      AgencyContext agencies) {
    this.agencies = agencies;
    this.runtime = runtime;
    this.identity = identity;
  }

  public static String disclosureKey(int year) {
    return "QCDC-" + year + "-CK";
  }

  @EventListener
  @Order(1)
  public void on(CycleStarted started) {
    int year = started.year();
    String agency = agencies.agency();
    AsTheApplication.run(identity, () -> {
      if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(disclosureKey(year))
          .tenantIdIn(agency).count() == 0) {
        runtime.createProcessInstanceByKey(DisclosureService.PROCESS_KEY)
            .businessKey(disclosureKey(year)).setVariable("year", year)
            .setVariable(AgencyTenantIds.AGENCY_VARIABLE, agency).execute();
      }
    });
  }
}
