package vn.qcdc.flow.blocview;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The bloc's deadlines from the settings unless the bloc's configuration gives its own. */
@Configuration
class BlocViewConfiguration {

  @Bean
  @ConditionalOnMissingBean(BlocDeadline.class)
  BlocDeadline blocDeadline(Environment environment) {
    return new SettingsBlocDeadline(environment);
  }
}
