package vn.qcdc.flow.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.login: the per-address throttle on failed log-ins (LoginThrottle).
 *
 * @param maxFailures failed log-ins from one address within the window before it gets 429
 * @param window how long a failure counts
 */
@ConfigurationProperties("qcdc.login")
public record LoginProperties(@DefaultValue("5") int maxFailures,
    @DefaultValue("PT15M") Duration window) {
}
