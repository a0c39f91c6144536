package vn.qcdc.flow.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * qcdc.demo: what the demo profile does besides loading the demo data.
 *
 * @param printLogins print every user's login and password at start-up (demo agency only)
 */
@ConfigurationProperties("qcdc.demo")
public record DemoProperties(boolean printLogins) {
}
