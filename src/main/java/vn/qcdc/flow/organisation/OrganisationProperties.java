package vn.qcdc.flow.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.organisation: where the organisation file is (its units, people and roles).
 *
 * @param file a Spring resource location ({@code file:/etc/qcdc/organisation.yml})
 */
@ConfigurationProperties("qcdc.organisation")
public record OrganisationProperties(
    @DefaultValue(OrganisationFileLoader.BUNDLED_DEMO) String file) {
}
