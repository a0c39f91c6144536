package vn.qcdc.flow.bloc;

import org.springframework.stereotype.Component;
import vn.qcdc.flow.organisation.OrganisationFileLoader;

/**
 * The display name of an agency, as the bloc's tasks and records show it. Today one deployment
 * is one agency: its organisation file's name, whatever the code. With agencies as tenants
 * (issue 16, steps 1-4) this is the one place that looks the code up.
 */
@Component
public class AgencyNames {

  private final OrganisationFileLoader files;

  public AgencyNames(OrganisationFileLoader files) {
    this.files = files;
  }

  /** The agency's name; {@code agency} is its code (the tenant id), null today. */
  public String nameOf(String agency) {
    return files.configured().getAgency().getName();
  }
}
