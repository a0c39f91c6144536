package vn.qcdc.flow.web;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qcdc.flow.access.VerifiedCredentials;

/**
 * HTTP basic authentication for Camunda's REST API (/engine-rest). Camunda's REST starter
 * serves without any by default; with this filter every call runs as the user who sent it, so
 * history and the operation log name that user. Camunda's own filter, with its basic provider
 * in front of {@link VerifiedCredentials}: the same credentials sent again within a minute are
 * not checked against the database again, and the user's groups and tenants come with them.
 * The application's own /api takes basic or the webapps' session: {@link ApiAuthentication}.
 */
@Configuration
class RestAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter(
      VerifiedCredentials credentials) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new CachingAuthenticationFilter(credentials));
    registration.setName("qcdc-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    // Before access/EngineAccessFilter, which needs to know who is calling.
    registration.setOrder(vn.qcdc.flow.access.EngineAccessConfiguration.AUTHENTICATION_ORDER);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  /** Camunda's filter, its provider replaced once initialised (a protected field of its API). */
  static final class CachingAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    private final VerifiedCredentials credentials;

    CachingAuthenticationFilter(VerifiedCredentials credentials) {
      this.credentials = credentials;
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
      super.init(config);
      authenticationProvider = credentials.provider();
    }
  }
}
