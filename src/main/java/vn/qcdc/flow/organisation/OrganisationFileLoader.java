package vn.qcdc.flow.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Reads the organisation file. ${...} placeholders resolve against the
 * environment, so that real passwords come from environment variables.
 */
@Component
public class OrganisationFileLoader {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

  private final ResourceLoader resources;
  private final ConfigurableEnvironment environment;
  private final OrganisationProperties properties;

  public OrganisationFileLoader(ResourceLoader resources, ConfigurableEnvironment environment,
      OrganisationProperties properties) {
    this.resources = resources;
    this.environment = environment;
    this.properties = properties;
  }

  /** Where the agency's organisation file is (qcdc.organisation.file). */
  public String location() {
    return properties.file();
  }

  /** The agency's organisation file, read now. */
  public OrganisationFile configured() {
    return load(location());
  }

  /** The first agency's file (held to the groups released models name). */
  public OrganisationFile load(String location) {
    OrganisationFile file = loadAgency(location);
    checkReleasedGroups(file, location);
    return file;
  }

  /** Another agency's file: its own unit codes, none of the first agency's. */
  public OrganisationFile loadAgency(String location) {
    List<PropertySource<?>> sources;
    try {
      sources = new YamlPropertySourceLoader()
          .load("qcdc-organisation", resources.getResource(location));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the organisation file " + location, e);
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("The organisation file " + location + " is empty");
    }
    checkKeys(location, "roles", sources.get(0),
        List.copyOf(Roles.of(new OrganisationFile.RoleGroups()).keySet()));
    Binder binder = new Binder(ConfigurationPropertySources.from(sources),
        new PropertySourcesPlaceholdersResolver(environment));
    OrganisationFile file = binder.bind("", OrganisationFile.class)
        .orElseThrow(() -> new IllegalStateException("Nothing to read in " + location));
    check(file, location);
    for (int i = 0; i < file.getPeople().size(); i++) {
      Object raw = sources.get(0).getProperty("people[" + i + "].password");
      file.getPeople().get(i).writtenPassword(raw == null ? null : raw.toString());
    }
    return file;
  }

  /**
   * A file that holds only {@code people:}, written as the organisation file's (a
   * {@link PeopleBeyondTheFile}'s file): placeholders resolve the same way, each person needs
   * an id and belongs only to some of {@code groups}.
   */
  public List<OrganisationFile.Person> loadPeople(String location, Set<String> groups) {
    List<PropertySource<?>> sources;
    try {
      sources = new YamlPropertySourceLoader()
          .load("qcdc-people", resources.getResource(location));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the people file " + location, e);
    }
    if (sources.isEmpty()) {
      return List.of();
    }
    Binder binder = new Binder(ConfigurationPropertySources.from(sources),
        new PropertySourcesPlaceholdersResolver(environment));
    List<OrganisationFile.Person> people = binder.bind("people",
        Bindable.listOf(OrganisationFile.Person.class)).orElse(List.of());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      OrganisationFile.Person person = people.get(i);
      if (person.getId() == null || !ids.add(person.getId())) {
        throw new IllegalStateException(location + ": person id missing or repeated: "
            + person.getId());
      }
      for (String group : person.getUnits()) {
        if (!groups.contains(group)) {
          throw new IllegalStateException(location + ": " + person.getId()
              + " belongs to unknown group " + group + " (known: " + groups + ")");
        }
      }
      Object raw = sources.get(0).getProperty("people[" + i + "].password");
      person.writtenPassword(raw == null ? null : raw.toString());
    }
    return people;
  }

  /**
   * Refuses a key under {@code section} that is none of {@code valid} (kebab-case; camelCase
   * and snake_case spellings of a valid key are accepted, as Spring binds them): a misspelt
   * role or phase would otherwise be ignored and its default used without a word.
   */
  public static void checkKeys(String where, String section, PropertySource<?> source,
      List<String> valid) {
    if (!(source instanceof EnumerablePropertySource<?> names)) {
      return;
    }
    Set<String> known = new HashSet<>();
    valid.forEach(v -> known.add(relaxed(v)));
    for (String name : names.getPropertyNames()) {
      if (!name.startsWith(section + ".")) {
        continue;
      }
      String key = name.substring(section.length() + 1).split("[.\\[]", 2)[0];
      if (!known.contains(relaxed(key))) {
        throw new IllegalStateException("QCDC Flow refuses to start: " + where + " has "
            + section + "." + key + ", which is not a key of " + section + ": (misspelt?)."
            + " Valid keys: " + String.join(", ", valid) + ".");
      }
    }
  }

  private static String relaxed(String key) {
    return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** The demo agency bundled in the jar, whose passwords are printed in the README and docs. */
  public static final String BUNDLED_DEMO = "classpath:organisation/demo-agency.yml";

  /**
   * Whether the file at {@code location} is the bundled demo agency, by content: a copy of
   * it under another name is just as public.
   */
  public boolean isBundledDemo(String location) {
    try (var given = resources.getResource(location).getInputStream();
        var demo = resources.getResource(BUNDLED_DEMO).getInputStream()) {
      return java.util.Arrays.equals(given.readAllBytes(), demo.readAllBytes());
    } catch (IOException e) {
      return false;
    }
  }

  /** Refuses a file that would leave the models without their groups or people without a unit. */
  static void check(OrganisationFile file, String location) {
    Set<String> codes = new HashSet<>();
    for (OrganisationFile.Unit unit : file.getUnits()) {
      if (unit.getCode() == null || !CODE.matcher(unit.getCode()).matches()) {
        throw new IllegalStateException(location + ": unit code '" + unit.getCode()
            + "' must be lower-case letters, digits and dashes");
      }
      if (unit.getName() == null || unit.getName().isBlank() || unit.getKind() == null) {
        throw new IllegalStateException(location + ": unit " + unit.getCode()
            + " needs a name and a kind");
      }
      if (unit.getHeadcount() < 0) {
        throw new IllegalStateException(location + ": unit " + unit.getCode()
            + " has a negative headcount");
      }
      if (!codes.add(unit.getCode())) {
        throw new IllegalStateException(location + ": unit " + unit.getCode() + " appears twice");
      }
    }
    for (var role : Roles.of(file.getRoles()).entrySet()) {
      if (!codes.contains(role.getValue())) {
        throw new IllegalStateException(location + ": roles." + role.getKey() + " names the unit '"
            + role.getValue() + "', which the file does not define; the processes assign work"
            + " to it");
      }
    }
    Set<String> ids = new HashSet<>();
    for (OrganisationFile.Person person : file.getPeople()) {
      if (person.getId() == null || !ids.add(person.getId())) {
        throw new IllegalStateException(location + ": person id missing or repeated: "
            + person.getId());
      }
      for (String unit : person.getUnits()) {
        if (!codes.contains(unit)) {
          throw new IllegalStateException(location + ": " + person.getId()
              + " belongs to unknown unit " + unit);
        }
      }
    }
    String agency = file.getAgency().code();
    if (!agency.isEmpty() && !AGENCY_CODE.matcher(agency).matches()) {
      throw new IllegalStateException(location + ": agency.code '" + agency + "' must be 2 to 32"
          + " lower-case letters, digits and dashes (it is the agency's tenant id)");
    }
  }

  private static final Pattern AGENCY_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");

  static void checkReleasedGroups(OrganisationFile file, String location) {
    Set<String> codes = new HashSet<>();
    file.getUnits().forEach(u -> codes.add(u.getCode()));
    for (String required : Roles.RELEASED_GROUPS) {
      if (!codes.contains(required)) {
        throw new IllegalStateException(location + ": the unit '" + required
            + "' is missing; processes released before 1.3.0 assign work to it");
      }
    }
  }
}
