package vn.qcdc.flow.organisation;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a key of qcdc.phases that is no phase ({@code qcdc.phases.reviews}):
 * Spring would ignore it and the phase would keep its default kinds without a word.
 */
@Component
class PhaseKeys {

  PhaseKeys(ConfigurableEnvironment environment) {
    for (PropertySource<?> source : environment.getPropertySources()) {
      OrganisationFileLoader.checkKeys("the configuration (" + source.getName() + ")",
          "qcdc.phases", source, PhaseProperties.keys());
    }
  }
}
