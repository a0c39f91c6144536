package vn.qcdc.flow.complaints;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Citizen reception and case handling, qcdc.complaints.*: when the handler is reminded
 * (application.yaml) and the statutory limits per kind of case, each with its legal basis
 * (qcdc-rules.yaml). Who receives, decides and supervises are roles (organisation/Roles).
 *
 * @param warnBeforeWorkingDays working days before a limit when the handler is reminded
 * @param limits the limits of each kind of case
 */
@ConfigurationProperties("qcdc.complaints")
public record ComplaintProperties(@DefaultValue("3") int warnBeforeWorkingDays,
    Map<CaseKind, Limits> limits) {

  public ComplaintProperties {
    limits = limits == null ? Map.of() : Map.copyOf(limits);
  }

  public Limits limits(CaseKind kind) {
    Limits l = limits.get(kind);
    if (l == null) {
      throw new IllegalStateException("qcdc.complaints.limits." + kind + " is not configured");
    }
    return l;
  }

  /**
   * The time limits of one kind of case.
   *
   * @param basis the law and articles the limits come from, quoted in refusals
   */
  public record Limits(int acceptanceDays, boolean acceptanceInWorkingDays, int resolutionDays,
      int remoteResolutionDays, boolean resolutionInWorkingDays, int maxExtensions,
      int extensionDays, int remoteExtensionDays, String basis) {

    public Limits {
      if (basis == null || basis.isBlank()) {
        throw new IllegalStateException("qcdc.complaints.limits: every kind of case needs its"
            + " basis (the law and article of its limits)");
      }
    }

    public int resolutionDays(boolean remote) {
      return remote && remoteResolutionDays > 0 ? remoteResolutionDays : resolutionDays;
    }

    public int extensionDays(boolean remote) {
      return remote && remoteExtensionDays > 0 ? remoteExtensionDays : extensionDays;
    }
  }
}
