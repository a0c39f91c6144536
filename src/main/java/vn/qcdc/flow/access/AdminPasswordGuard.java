package vn.qcdc.flow.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.QcdcProperties;
import vn.qcdc.flow.organisation.OrganisationFile;
import vn.qcdc.flow.organisation.OrganisationFileLoader;
import vn.qcdc.flow.organisation.UnitKind;

/**
 * Outside the demo profile (and the tests' profile), refuses to start while an
 * administrator has an empty or default password: in the organisation file
 * (before the sync would create the user with it) or already stored in the
 * database (passwords are set only when a user is created, so a demo
 * database taken to production would keep admin/admin). The stored hash is
 * compared directly: Camunda's checkPassword would count failed logins and
 * lock the account.
 */
@Component
@Order(-10)
public class AdminPasswordGuard implements ApplicationRunner {

  /** Passwords nobody may keep on an administrator. The user's own id is refused too. */
  static final Set<String> DEFAULTS = Set.of("admin", "demo", "camunda", "password", "123456",
      "12345678", "administrator", "qcdc");

  private final Environment environment;
  private final OrganisationFileLoader loader;
  private final QcdcProperties properties;
  private final ProcessEngine engine;

  public AdminPasswordGuard(Environment environment, OrganisationFileLoader loader,
      QcdcProperties properties, ProcessEngine engine) {
    this.environment = environment;
    this.loader = loader;
    this.properties = properties;
    this.engine = engine;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (environment.acceptsProfiles(Profiles.of("demo | test"))) {
      return;
    }
    List<String> problems = check(loader.load(properties.getOrganisation().getFile()));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("QCDC Flow refuses to start outside the demo profile: "
          + String.join("; ", problems) + ". Set a strong password (e.g. password:"
          + " ${QCDC_ADMIN_PASSWORD} in the organisation file, or change it in Camunda Admin),"
          + " or run with --spring.profiles.active=demo to try the application.");
    }
  }

  /** What is wrong with the administrators' passwords; empty when nothing is. */
  public List<String> check(OrganisationFile file) {
    Set<String> adminGroups = new LinkedHashSet<>();
    adminGroups.add("camunda-admin");
    for (OrganisationFile.Unit unit : file.getUnits()) {
      if (unit.getKind() == UnitKind.ADMINISTRATORS) {
        adminGroups.add(unit.getCode());
      }
    }
    List<String> problems = new ArrayList<>();
    for (OrganisationFile.Person person : file.getPeople()) {
      if (person.getUnits().stream().anyMatch(adminGroups::contains)
          && weak(person.getId(), person.getPassword())) {
        problems.add("administrator '" + person.getId() + "' has an empty or default password"
            + " in the organisation file");
      }
    }
    for (String group : adminGroups) {
      for (User user : engine.getIdentityService().createUserQuery().memberOfGroup(group).list()) {
        if (storedPasswordIsDefault(user.getId())) {
          problems.add("administrator '" + user.getId() + "' still has a default password in"
              + " the database");
        }
      }
    }
    return problems;
  }

  static boolean weak(String userId, String password) {
    return password == null || password.isBlank() || password.equals(userId)
        || DEFAULTS.contains(password.toLowerCase());
  }

  private boolean storedPasswordIsDefault(String userId) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, userId);
      if (user == null || user.getPassword() == null) {
        return user != null;
      }
      Set<String> candidates = new LinkedHashSet<>(DEFAULTS);
      candidates.add(userId);
      candidates.add("");
      for (String candidate : candidates) {
        if (configuration.getPasswordManager()
            .check(EncryptionUtil.saltPassword(candidate, user.getSalt()), user.getPassword())) {
          return true;
        }
      }
      return false;
    });
  }
}
