package vn.qcdc.flow.bloc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.organisation.OrganisationFile;
import vn.qcdc.flow.organisation.OrganisationFileLoader;
import vn.qcdc.flow.organisation.PeopleBeyondTheFile;
import vn.qcdc.flow.reporting.ReportReaders;

/**
 * The bloc bodies' groups and people (qcdc.bloc.file, written like the organisation file's
 * people): the organisation sync creates them, the demo prints their logins, the credential
 * guard checks their passwords; they read the agency's reports (ReportReaders).
 */
@Component
public class BlocPeople implements PeopleBeyondTheFile, ReportReaders {

  private final BlocProperties bloc;
  private final OrganisationFileLoader loader;

  public BlocPeople(BlocProperties bloc, OrganisationFileLoader loader) {
    this.bloc = bloc;
    this.loader = loader;
  }

  @Override
  public Map<String, String> groups() {
    Map<String, String> groups = new LinkedHashMap<>();
    bloc.bodies().forEach(body -> groups.put(body.group(), body.name()));
    return groups;
  }

  @Override
  public List<OrganisationFile.Person> people() {
    if (bloc.file() == null || bloc.file().isBlank()) {
      return List.of();
    }
    return loader.loadPeople(bloc.file(), groups().keySet());
  }

  @Override
  public String location() {
    return bloc.file();
  }

  @Override
  public Set<String> readerGroups() {
    return groups().keySet();
  }
}
