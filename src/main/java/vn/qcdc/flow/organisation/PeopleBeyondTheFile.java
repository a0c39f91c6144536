package vn.qcdc.flow.organisation;

import java.util.List;
import java.util.Map;

/**
 * People another module keeps in a file of its own beside the organisation file, with groups
 * that are no unit of the agency (the city bloc's bodies, bloc/BlocPeople). The organisation
 * sync creates their groups and accounts with the file's (and never locks them as departed),
 * the demo profile prints their logins, the credential guard checks their passwords, and the
 * engine's allow-list lets their groups work their own tasks in Tasklist. They get no unit, so
 * no grant of the agency's units.
 */
public interface PeopleBeyondTheFile {

  /** Group id to group name. */
  Map<String, String> groups();

  /** The people, each in some of {@link #groups()} (OrganisationFile.Person#getUnits). */
  List<OrganisationFile.Person> people();

  /** Where they are written, for messages. */
  String location();
}
