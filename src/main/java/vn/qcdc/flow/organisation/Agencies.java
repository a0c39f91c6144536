package vn.qcdc.flow.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.qcdc.flow.tenancy.AgencyContext;

/**
 * The agencies this installation serves (issue 16): the first from qcdc.organisation.file, the
 * others one file each in qcdc.organisation.directory, read once at start-up. Each is a Camunda
 * tenant whose id is its code. Unit codes are group ids, so they are unique across agencies, and
 * so are people's ids.
 */
public class Agencies {

  private final Map<String, OrganisationFile> byCode = new LinkedHashMap<>();
  private final Map<String, String> locations = new HashMap<>();
  private AgencyContext context;

  Agencies(OrganisationFileLoader loader, OrganisationProperties properties) {
    add(loader.load(properties.file()), properties.file());
    for (String location : others(properties.directory())) {
      OrganisationFile other = loader.loadAgency(location);
      for (OrganisationFile.Unit unit : other.getUnits()) {
        if (unit.getKind() == UnitKind.ADMINISTRATORS) {
          // Camunda's administrators administer every agency (users, authorizations, the
          // shared models): they belong to the installation, i.e. the first agency's file.
          throw new IllegalStateException(location + ": unit " + unit.getCode() + " is of kind"
              + " ADMINISTRATORS; the installation's administrators are in the first agency's"
              + " file (" + properties.file() + ") only");
        }
      }
      add(other, location);
    }
  }

  /** Every agency, the first first, the others in file-name order. */
  public List<OrganisationFile> all() {
    return List.copyOf(byCode.values());
  }

  public List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  /** The first agency's code: its records were the installation's before it served several. */
  public String defaultCode() {
    return byCode.keySet().iterator().next();
  }

  public OrganisationFile of(String code) {
    OrganisationFile file = byCode.get(code);
    if (file == null) {
      throw new IllegalArgumentException("Không có cơ quan mã «" + code + "».");
    }
    return file;
  }

  public boolean exists(String code) {
    return byCode.containsKey(code);
  }

  /** The agency of the work on this thread (refuses the bloc's view). */
  public OrganisationFile current() {
    return of(context.agency());
  }

  /** Where the agency's file was read from, for messages. */
  public String location(String code) {
    return locations.get(code);
  }

  public AgencyContext context() {
    return context;
  }

  private void add(OrganisationFile file, String location) {
    String code = file.getAgency().code();
    if (code.isEmpty()) {
      throw new IllegalStateException(location + ": the agency needs a code (agency.code) or a"
          + " short name (agency.short-name): it is the agency's tenant id");
    }
    if (byCode.containsKey(code)) {
      throw new IllegalStateException(location + ": agency.code '" + code + "' is also the code"
          + " of " + locations.get(code) + "; each agency needs its own");
    }
    Map<String, String> unitOwners = new HashMap<>();
    Map<String, String> personOwners = new HashMap<>();
    byCode.forEach((other, f) -> {
      f.getUnits().forEach(u -> unitOwners.put(u.getCode(), other));
      f.getPeople().forEach(p -> personOwners.put(p.getId(), other));
    });
    for (OrganisationFile.Unit unit : file.getUnits()) {
      if (unitOwners.containsKey(unit.getCode())) {
        throw new IllegalStateException(location + ": unit code '" + unit.getCode()
            + "' is already a unit of agency " + unitOwners.get(unit.getCode()) + "; unit codes"
            + " are Camunda group ids and must differ between agencies (prefix them, e.g. '"
            + code + "-" + unit.getCode() + "')");
      }
    }
    for (OrganisationFile.Person person : file.getPeople()) {
      if (personOwners.containsKey(person.getId())) {
        throw new IllegalStateException(location + ": person '" + person.getId()
            + "' is already a person of agency " + personOwners.get(person.getId()));
      }
    }
    byCode.forEach((other, f) -> {
      if (f.getAgency().getShortName().equals(file.getAgency().getShortName())) {
        throw new IllegalStateException(location + ": agency.short-name '"
            + file.getAgency().getShortName() + "' is also agency " + other + "'s: it is the"
            + " symbol of the agency's documents (01-BC/BTGTU), so each agency needs its own");
      }
    });
    byCode.put(code, file);
    locations.put(code, location);
  }

  private static List<String> others(String directory) {
    if (directory == null || directory.isBlank()) {
      return List.of();
    }
    String base = directory.endsWith("/") ? directory : directory + "/";
    try {
      Resource[] found = new PathMatchingResourcePatternResolver().getResources(base + "*.yml");
      List<String> locations = new ArrayList<>();
      Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename))
          .forEach(r -> locations.add(base + r.getFilename()));
      return locations;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the agencies in " + directory, e);
    }
  }

  @Configuration
  static class Beans {

    @Bean
    Agencies agencies(OrganisationFileLoader loader, OrganisationProperties properties) {
      return new Agencies(loader, properties);
    }

    @Bean
    AgencyContext agencyContext(Agencies agencies) {
      AgencyContext context = new AgencyContext(agencies.defaultCode());
      agencies.context = context;
      return context;
    }
  }
}
