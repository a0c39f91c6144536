package vn.qcdc.flow.organisation;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Syncs the organisation file at every start; in the demo profile, shows how to log in. */
@Component
@Order(0)
public class OrganisationStartup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationStartup.class);

  private final OrganisationFileLoader loader;
  private final OrganisationSync sync;
  private final DemoProperties demo;
  private final org.springframework.core.env.Environment environment;
  private final List<PeopleBeyondTheFile> beyond;

  public OrganisationStartup(OrganisationFileLoader loader, OrganisationSync sync,
      DemoProperties demo, org.springframework.core.env.Environment environment,
      List<PeopleBeyondTheFile> beyond) {
    this.beyond = List.copyOf(beyond);
    this.loader = loader;
    this.sync = sync;
    this.demo = demo;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    OrganisationFile file = loader.configured();
    sync.sync(file);
    if (demo.printLogins()) {
      printDemoLogins(file);
    }
  }

  private void printDemoLogins(OrganisationFile file) {
    String port = environment.getProperty("local.server.port",
        environment.getProperty("server.port", "8080"));
    StringBuilder text = new StringBuilder("\n\n  QCDC Flow is running (demo profile): http://localhost:")
        .append(port).append("/camunda/app/welcome/default/\n\n  Demo users (user / password / units):\n");
    List<OrganisationFile.Person> people = new ArrayList<>(file.getPeople());
    beyond.forEach(other -> people.addAll(other.people()));
    for (OrganisationFile.Person p : people) {
      text.append(String.format("    %-12s %-12s %s%n", p.getId(), p.getPassword(),
          String.join(", ", p.getUnits())));
    }
    LOG.info(text.toString());
  }
}
