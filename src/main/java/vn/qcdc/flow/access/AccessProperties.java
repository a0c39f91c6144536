package vn.qcdc.flow.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** qcdc.access.*: who may start which process, beyond the models' own candidate starters. */
@ConfigurationProperties(prefix = "qcdc.access")
public class AccessProperties {

  /** Process definitions whose key starts with this are the application's own. */
  private String processKeyPrefix = "qcdc-";

  /** Process key to the groups that may start it (added to the BPMN's candidateStarterGroups). */
  private Map<String, List<String>> starters = new LinkedHashMap<>();

  /**
   * Process key to a phase (organisation.Phase): every unit taking part in that phase may start
   * the process, e.g. each unit records its own dissemination sessions (issue 18).
   */
  private Map<String, String> phaseStarters = new LinkedHashMap<>();

  public Map<String, String> getPhaseStarters() {
    return phaseStarters;
  }

  public void setPhaseStarters(Map<String, String> phaseStarters) {
    this.phaseStarters = phaseStarters;
  }

  public String getProcessKeyPrefix() {
    return processKeyPrefix;
  }

  public void setProcessKeyPrefix(String processKeyPrefix) {
    this.processKeyPrefix = processKeyPrefix;
  }

  public Map<String, List<String>> getStarters() {
    return starters;
  }

  public void setStarters(Map<String, List<String>> starters) {
    this.starters = starters;
  }
}
