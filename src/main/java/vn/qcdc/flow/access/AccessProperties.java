package vn.qcdc.flow.access;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.access.*: who may start which process, beyond the role that starts it
 * (organisation/Roles.startersOf).
 *
 * @param processKeyPrefix process definitions whose key starts with this are the application's
 * @param starters process key to other groups that may start it
 * @param phaseStarters process key to a phase (organisation.Phase): every unit taking part in
 *     that phase may start the process, e.g. each unit records its own dissemination sessions
 *     (issue 18)
 */
@ConfigurationProperties("qcdc.access")
public record AccessProperties(@DefaultValue("qcdc-") String processKeyPrefix,
    Map<String, List<String>> starters, Map<String, String> phaseStarters) {

  public AccessProperties {
    starters = starters == null ? Map.of() : Map.copyOf(starters);
    phaseStarters = phaseStarters == null ? Map.of() : Map.copyOf(phaseStarters);
  }
}
