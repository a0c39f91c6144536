package vn.qcdc.flow.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.tenancy.AgencyContext;

/** Syncs the organisation file at every start; in the demo profile, shows how to log in. */
@Component
@Order(0)
public class OrganisationStartup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationStartup.class);

  private final Agencies agencies;
  private final OrganisationSync sync;
  private final DemoProperties demo;
  private final org.springframework.core.env.Environment environment;
  private final List<PeopleBeyondTheFile> beyond;

  public OrganisationStartup(Agencies agencies, OrganisationSync sync,
      DemoProperties demo, org.springframework.core.env.Environment environment,
      List<PeopleBeyondTheFile> beyond) {
    this.beyond = List.copyOf(beyond);
    this.agencies = agencies;
    this.sync = sync;
    this.demo = demo;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    Set<String> everyone = new HashSet<>(keptElsewhere());
    agencies.all().forEach(f -> f.getPeople().forEach(p -> everyone.add(p.getId())));
    for (OrganisationFile file : agencies.all()) {
      String code = file.getAgency().code();
      AgencyContext.run(code, () -> sync.sync(file, everyone, code.equals(agencies.defaultCode())));
    }
    if (demo.printLogins()) {
      printDemoLogins(agencies.all());
      printBeyondLogins();
    }
  }

  /** People of no agency's file whom no agency's sync may lock (the bloc's bodies). */
  private Set<String> keptElsewhere() {
    Set<String> kept = new HashSet<>();
    beyond.forEach(other -> other.people().forEach(p -> kept.add(p.getId())));
    return kept;
  }

  private void printBeyondLogins() {
    List<OrganisationFile.Person> people = new ArrayList<>();
    beyond.forEach(other -> people.addAll(other.people()));
    if (people.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder("\n\n  Demo users of the city bloc's bodies (user /"
        + " password / groups):\n");
    for (OrganisationFile.Person p : people) {
      text.append(String.format("    %-12s %-12s %s%n", p.getId(), p.getPassword(),
          String.join(", ", p.getUnits())));
    }
    LOG.info(text.toString());
  }

  /** One block: where to log in, then each agency's users (its tenant in brackets). */
  private void printDemoLogins(List<OrganisationFile> files) {
    String port = environment.getProperty("local.server.port",
        environment.getProperty("server.port", "8080"));
    int width = files.stream().flatMap(f -> f.getPeople().stream())
        .mapToInt(p -> Math.max(p.getId().length(), String.valueOf(p.getPassword()).length()))
        .max().orElse(10) + 2;
    StringBuilder text = new StringBuilder("\n\n  QCDC Flow is running (demo profile):"
        + " http://localhost:").append(port).append("/camunda/app/welcome/default/\n");
    String row = "    %-" + width + "s%-" + width + "s%s%n";
    for (OrganisationFile file : files) {
      text.append("\n  Demo users of ").append(file.getAgency().getName()).append(" (")
          .append(file.getAgency().code()).append("):\n")
          .append(String.format(row, "user", "password", "units"));
      for (OrganisationFile.Person p : file.getPeople()) {
        text.append(String.format(row, p.getId(), p.getPassword(),
            String.join(", ", p.getUnits())));
      }
    }
    LOG.info(text.toString());
  }
}
