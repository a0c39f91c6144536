package vn.qcdc.flow.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate's tenant of a session: the agency of the work when the session opens (a Spring
 * transaction opens it at its start, so the job executor and scheduled work set the agency
 * before: {@link JobAgencies}, {@link AgencyContext#run}). Every entity with an
 * {@code @TenantId agency} is read and written for that agency only; the bloc's view is the
 * root tenant, which reads every agency.
 */
public class AgencyRecords implements CurrentTenantIdentifierResolver<String> {

  private final AgencyContext agencies;

  public AgencyRecords(AgencyContext agencies) {
    this.agencies = agencies;
  }

  @Override
  public String resolveCurrentTenantIdentifier() {
    return agencies.current();
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return false;
  }

  @Override
  public boolean isRoot(String tenantId) {
    return AgencyContext.BLOC.equals(tenantId);
  }
}
