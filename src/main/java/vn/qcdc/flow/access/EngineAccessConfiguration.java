package vn.qcdc.flow.access;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.qcdc.flow.organisation.OrgUnitRepository;
import vn.qcdc.flow.organisation.PeopleBeyondTheFile;

/**
 * Puts {@link EngineAccessFilter} in front of both doors to the engine's REST API. Jersey runs
 * as a servlet behind every filter, so no engine operation is reached before the allow-list.
 * The filter runs after the REST authentication filter (web/RestAuthentication), which tells
 * who the basic-auth caller is; the webapps' door reads the user from the session.
 */
@Configuration
public class EngineAccessConfiguration {

  /** Order of the REST authentication filter (web/RestAuthentication) and then of this one. */
  public static final int AUTHENTICATION_ORDER = Ordered.LOWEST_PRECEDENCE - 20;
  public static final int ACCESS_ORDER = Ordered.LOWEST_PRECEDENCE - 10;

  @Bean
  FilterRegistrationBean<EngineAccessFilter> engineAccessFilter(ProcessEngine engine,
      OrgUnitRepository units, List<PeopleBeyondTheFile> beyond) {
    Set<String> taskGroups = new HashSet<>();
    beyond.forEach(other -> taskGroups.addAll(other.groups().keySet()));
    FilterRegistrationBean<EngineAccessFilter> registration =
        new FilterRegistrationBean<>(new EngineAccessFilter(engine, units, taskGroups));
    registration.setName("qcdc-engine-access");
    registration.addUrlPatterns("/engine-rest/*", EngineAccessFilter.WEBAPP_PREFIX + "/*");
    registration.setOrder(ACCESS_ORDER);
    return registration;
  }
}
