package vn.qcdc.flow.bloc;

import org.springframework.stereotype.Component;
import vn.qcdc.flow.organisation.Agencies;

/**
 * The display name of an agency, as the bloc's tasks and records show it. Today one deployment
 * is one agency: its organisation file's name, whatever the code. With agencies as tenants
 * (issue 16, steps 1-4) this is the one place that looks the code up.
 */
@Component
public class AgencyNames {

  private final Agencies agencies;

  public AgencyNames(Agencies agencies) {
    this.agencies = agencies;
  }

  /** The agency's name; {@code agency} is its code (the tenant id); null: the first agency. */
  public String nameOf(String agency) {
    return agencies.of(agency == null ? agencies.defaultCode() : agency).getAgency().getName();
  }
}
