package bench.bare;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The benchmark's baseline: a bare Camunda 7.24 webapp (engine, REST, Cockpit,
 * Tasklist, Admin) that deploys the same models and forms from the same
 * application.yaml on the same MariaDB profile, without any of QCDC Flow's code
 * (no business tables, no JPA, no Flyway, no form checks, no organisation sync).
 * Outside vn.qcdc.flow on purpose, so that no test context scans it.
 *
 * <p>The same authorization setting as the application: authorization on (application.yaml)
 * and the REST API behind Camunda's own HTTP basic authentication filter, configured as
 * Camunda's documentation does it, so that every REST call runs as its user and the engine
 * checks that user's authorizations. {@code bench.bare.units} users {@code u<unit>} (one per
 * unit group, as in the benchmark's agency) are created at the first start with the test
 * password; the benchmark makes {@code admin} with the starter's camunda.bpm.admin-user (the
 * camunda-admin group and its authorizations), which deploys and starts the bare process.
 */
@SpringBootApplication(exclude = {FlywayAutoConfiguration.class,
    HibernateJpaAutoConfiguration.class, JpaRepositoriesAutoConfiguration.class})
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }

  /** The same readiness probe as the application's test node. */
  @Bean
  RouterFunction<ServerResponse> ready() {
    return RouterFunctions.route().GET("/test/clock",
        r -> ServerResponse.ok().body(java.util.Map.of("now", "bare"))).build();
  }

  /** Camunda's documented REST authentication (web.xml's filter, as a Spring registration). */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  @Bean
  CommandLineRunner benchUsers(ProcessEngine engine,
      @Value("${QCDC_TEST_PASSWORD}") String password,
      @Value("${bench.bare.units:12}") int units) {
    return args -> {
      IdentityService identity = engine.getIdentityService();
      AuthorizationService authorizations = engine.getAuthorizationService();
      for (int i = 1; i <= units; i++) {
        String code = i == 1 ? "phong-tong-hop" : String.format("phong-%02d", i);
        user(identity, authorizations, "u" + code, code, password);
      }
    };
  }

  static void user(IdentityService identity, AuthorizationService authorizations, String id,
      String groupId, String password) {
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identity.newGroup(groupId);
      group.setName(groupId);
      identity.saveGroup(group);
      // What the application's access/AccessSetup gives every unit on its processes.
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(groupId);
      read.setResource(Resources.PROCESS_DEFINITION);
      read.setResourceId("bench-one-task");
      read.addPermission(ProcessDefinitionPermissions.READ);
      authorizations.saveAuthorization(read);
      // The task's form is read from its deployment when it is submitted.
      Authorization deployment = authorizations.createNewAuthorization(
          Authorization.AUTH_TYPE_GRANT);
      deployment.setGroupId(groupId);
      deployment.setResource(Resources.DEPLOYMENT);
      deployment.setResourceId(Authorization.ANY);
      deployment.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
      authorizations.saveAuthorization(deployment);
    }
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Bench");
      user.setLastName(id);
      user.setEmail(id + "@example.org");
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(id, groupId);
    }
  }
}
