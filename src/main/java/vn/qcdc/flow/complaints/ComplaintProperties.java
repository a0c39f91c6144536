package vn.qcdc.flow.complaints;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Citizen reception and case handling, qcdc.complaints.* in application.yaml: who receives,
 * who is told, and the statutory limits per kind of case, each with its legal basis.
 */
@ConfigurationProperties(prefix = "qcdc.complaints")
public class ComplaintProperties {

  /** Working days before a limit when the handler is reminded. */
  private int warnBeforeWorkingDays = 3;
  private Map<CaseKind, Limits> limits = new LinkedHashMap<>();

  public int getWarnBeforeWorkingDays() {
    return warnBeforeWorkingDays;
  }

  public void setWarnBeforeWorkingDays(int value) {
    this.warnBeforeWorkingDays = value;
  }

  public Map<CaseKind, Limits> getLimits() {
    return limits;
  }

  public void setLimits(Map<CaseKind, Limits> value) {
    this.limits = value;
  }

  public Limits limits(CaseKind kind) {
    Limits l = limits.get(kind);
    if (l == null) {
      throw new IllegalStateException("qcdc.complaints.limits." + kind + " is not configured");
    }
    return l;
  }

  /** The time limits of one kind of case. */
  public static class Limits {
    private int acceptanceDays;
    private boolean acceptanceInWorkingDays;
    private int resolutionDays;
    private int remoteResolutionDays;
    private boolean resolutionInWorkingDays;
    private int maxExtensions;
    private int extensionDays;
    private int remoteExtensionDays;
    private String basis;

    public int getAcceptanceDays() {
      return acceptanceDays;
    }

    public void setAcceptanceDays(int v) {
      this.acceptanceDays = v;
    }

    public boolean isAcceptanceInWorkingDays() {
      return acceptanceInWorkingDays;
    }

    public void setAcceptanceInWorkingDays(boolean v) {
      this.acceptanceInWorkingDays = v;
    }

    public int getResolutionDays() {
      return resolutionDays;
    }

    public void setResolutionDays(int v) {
      this.resolutionDays = v;
    }

    public int getRemoteResolutionDays() {
      return remoteResolutionDays;
    }

    public void setRemoteResolutionDays(int v) {
      this.remoteResolutionDays = v;
    }

    public boolean isResolutionInWorkingDays() {
      return resolutionInWorkingDays;
    }

    public void setResolutionInWorkingDays(boolean v) {
      this.resolutionInWorkingDays = v;
    }

    public int getMaxExtensions() {
      return maxExtensions;
    }

    public void setMaxExtensions(int v) {
      this.maxExtensions = v;
    }

    public int getExtensionDays() {
      return extensionDays;
    }

    public void setExtensionDays(int v) {
      this.extensionDays = v;
    }

    public int getRemoteExtensionDays() {
      return remoteExtensionDays;
    }

    public void setRemoteExtensionDays(int v) {
      this.remoteExtensionDays = v;
    }

    public String getBasis() {
      return basis;
    }

    public void setBasis(String v) {
      this.basis = v;
    }

    public int resolutionDays(boolean remote) {
      return remote && remoteResolutionDays > 0 ? remoteResolutionDays : resolutionDays;
    }

    public int extensionDays(boolean remote) {
      return remote && remoteExtensionDays > 0 ? remoteExtensionDays : extensionDays;
    }
  }
}
