package vn.qcdc.flow.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.rest: the REST API's authentication.
 *
 * @param credentialCache how long a credential Camunda accepted is kept (VerifiedCredentials);
 *     zero checks every request with Camunda
 */
@ConfigurationProperties("qcdc.rest")
public record RestProperties(@DefaultValue("PT60S") Duration credentialCache) {
}
