package vn.qcdc.flow.tenancy;

import java.util.ArrayList;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the agency of the work into the engine (tenant ids, jobs) and into Hibernate. */
@Configuration
public class TenancyConfiguration {

  @Bean
  HibernatePropertiesCustomizer agencyRecords(AgencyContext agencies) {
    return properties -> properties.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER,
        new AgencyRecords(agencies));
  }

  @Bean
  AbstractCamundaConfiguration agencyTenants(AgencyContext agencies, DataSource dataSource) {
    return new AbstractCamundaConfiguration() {
      @Override
      public void preInit(SpringProcessEngineConfiguration configuration) {
        configuration.setTenantIdProvider(new AgencyTenantIds(agencies));
        configuration.setTenantCheckEnabled(true);
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
          configuration.setCustomPreCommandInterceptorsTxRequired(
              new ArrayList<CommandInterceptor>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired()
            .add(new JobAgencies(dataSource, configuration.getDatabaseTablePrefix(), agencies));
      }

      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        agencies.readAuthenticationFrom(
            () -> engine.getIdentityService().getCurrentAuthentication());
      }
    };
  }
}
