package vn.qcdc.flow.web;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP basic authentication for Camunda's REST API (/engine-rest). Camunda's REST starter
 * serves without any by default; with this filter every call runs as the user who sent it, so
 * history and the operation log name that user. The application's own /api takes basic or the
 * webapps' session: {@link ApiAuthentication}.
 */
@Configuration
class RestAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("qcdc-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    // Before access/EngineAccessFilter, which needs to know who is calling.
    registration.setOrder(vn.qcdc.flow.access.EngineAccessConfiguration.AUTHENTICATION_ORDER);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
