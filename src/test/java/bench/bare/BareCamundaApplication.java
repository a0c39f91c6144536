package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
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
}
