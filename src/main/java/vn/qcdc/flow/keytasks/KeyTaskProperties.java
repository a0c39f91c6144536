package vn.qcdc.flow.keytasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Monthly key tasks (II.2.b), qcdc.key-tasks.* in application.yaml. Leadership sets them and
 * the steering committee follows up (roles of the organisation file, organisation/Roles).
 *
 * @param reportGraceDays days after the month's last day that units have to report
 * @param reminderBeforeDays days before that deadline the reminder goes out
 */
@ConfigurationProperties("qcdc.key-tasks")
public record KeyTaskProperties(@DefaultValue("5") int reportGraceDays,
    @DefaultValue("2") int reminderBeforeDays) {
}
