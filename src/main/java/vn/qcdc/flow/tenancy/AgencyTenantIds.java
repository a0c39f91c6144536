package vn.qcdc.flow.tenancy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * The tenant of every new process instance (the models are deployed once, without a tenant):
 * a called process takes its caller's; a process the application starts for an agency names it
 * in the {@code agency} start variable; otherwise the agency of the work (the starter's own
 * agency). A user may not name another agency than theirs, and the bloc's bodies, who belong to
 * every agency, start nothing without naming one. It runs for every instance whatever model
 * version started it, so released models need no change.
 */
public class AgencyTenantIds implements TenantIdProvider {

  /** The start variable naming the agency of a process the application starts. */
  public static final String AGENCY_VARIABLE = "agency";

  private final AgencyContext agencies;

  public AgencyTenantIds(AgencyContext agencies) {
    this.agencies = agencies;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Object named = ctx.getVariables() == null ? null : ctx.getVariables().get(AGENCY_VARIABLE);
    List<String> callers = agencies.authenticatedTenants();
    if (named instanceof String agency && !agency.isBlank()) {
      if (callers != null && !callers.isEmpty() && !callers.contains(agency)) {
        throw new ProcessEngineException("Không thể bắt đầu quy trình cho cơ quan «" + agency
            + "»: người dùng không thuộc cơ quan này.");
      }
      return agency;
    }
    String current = agencies.current();
    if (AgencyContext.BLOC.equals(current)) {
      throw new ProcessEngineException("Không thể bắt đầu quy trình khi chưa xác định cơ quan:"
          + " người dùng thuộc nhiều cơ quan phải nêu biến «agency».");
    }
    return current;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    String current = agencies.current();
    return AgencyContext.BLOC.equals(current) ? null : current;
  }
}
