package vn.qcdc.flow.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The legal rules come from qcdc-rules.yaml, imported by application.yaml, also when the agency
 * imports its secrets (SPRING_CONFIG_IMPORT, docs/deployment.md); and the agency's own
 * configuration file still overrides a rule.
 */
class RulesFileTest {

  @Configuration(proxyBeanMethods = false)
  static class Nothing {
  }

  static Environment start(String... args) {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
        .web(WebApplicationType.NONE).logStartupInfo(false).run(args)) {
      return context.getEnvironment();
    }
  }

  @Test
  void theRulesAreImportedBesideTheAgencysSecretsAndItsOwnFileOverridesThem(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("application.yaml"), """
        qcdc:
          conference:
            quorum-numerator: 3
            quorum-denominator: 4
        """);
    Environment env = start("--spring.config.import=optional:configtree:" + dir + "/secrets/",
        "--spring.config.additional-location=file:" + dir + "/");
    assertThat(env.getProperty("qcdc.calendar.annual-holidays-source"))
        .startsWith("Bộ luật Lao động số 45/2019/QH14");
    assertThat(env.getProperty("qcdc.plan.legal-basis[2].source")).contains("Điều 91");
    assertThat(env.getProperty("qcdc.conference.quorum-numerator")).isEqualTo("3");
    assertThat(env.getProperty("qcdc.conference.quorum-denominator")).isEqualTo("4");
    // a deployment setting of application.yaml is there too
    assertThat(env.getProperty("qcdc.key-tasks.report-grace-days")).isEqualTo("5");
  }
}
