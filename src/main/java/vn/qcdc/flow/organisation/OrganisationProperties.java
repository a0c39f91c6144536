package vn.qcdc.flow.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.organisation: where the organisation file is (its units, people and roles).
 *
 * @param file a Spring resource location ({@code file:/etc/qcdc/organisation.yml}): the first
 *     agency, the one a single-agency installation has always been
 * @param directory where the other agencies of the bloc are, one {@code .yml} file each
 *     ({@code file:/etc/qcdc/agencies}); empty for a single agency. Adding an agency is adding
 *     a file there and restarting (docs/deployment.md, "Agencies").
 */
@ConfigurationProperties("qcdc.organisation")
public record OrganisationProperties(
    @DefaultValue(OrganisationFileLoader.BUNDLED_DEMO) String file,
    @DefaultValue("") String directory) {
}
