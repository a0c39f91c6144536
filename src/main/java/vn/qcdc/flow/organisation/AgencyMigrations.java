package vn.qcdc.flow.organisation;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells the schema migrations the first agency's code ({@code ${default_agency}}): the records
 * made before the installation served several agencies are that agency's (V90__agencies).
 */
@Component
class AgencyMigrations implements FlywayConfigurationCustomizer {

  private final Agencies agencies;

  AgencyMigrations(Agencies agencies) {
    this.agencies = agencies;
  }

  @Override
  public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
    Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
    placeholders.put("default_agency", agencies.defaultCode());
    configuration.placeholders(placeholders);
  }
}
