package vn.qcdc.flow.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.organisation.OrganisationFile;
import vn.qcdc.flow.organisation.OrganisationFileLoader;
import vn.qcdc.flow.organisation.Agencies;
import vn.qcdc.flow.organisation.PeopleBeyondTheFile;

/**
 * Outside the demo profile, refuses to start (before the organisation sync creates anyone)
 * unless every person's password follows the written policy (docs/deployment.md, "Running it for real"):
 * <ul>
 * <li>the organisation file is not the bundled demo agency (its passwords are public);</li>
 * <li>each password is a placeholder in the file ({@code ${QCDC_PASSWORD_BCD}}), filled from
 * the environment or a secret file ({@code spring.config.import=configtree:/run/secrets/}),
 * never written in the file, which lives in a repository;</li>
 * <li>Camunda's password policy (enabled: at least 10 characters with a lower-case and an
 * upper-case letter, a digit and a symbol, not containing the user's id, names or e-mail);</li>
 * <li>not the user id and not a common default;</li>
 * <li>nobody still has such a default stored in the database (passwords are set only when a
 * user is created, so a demo database taken to production would keep bcd/bcd).</li>
 * </ul>
 * The message names every account at once. The stored hash is compared directly: Camunda's
 * checkPassword would count failed log-ins and lock the account.
 */
@Component
@Order(-10)
public class CredentialGuard implements ApplicationRunner {

  /** Passwords nobody may keep, compared ignoring case. The user's own id is refused too. */
  static final Set<String> DEFAULTS = Set.of("admin", "demo", "camunda", "password", "123456",
      "12345678", "123456789", "1234567890", "administrator", "qcdc", "qwerty", "abc123",
      "111111", "matkhau", "mat-khau", "matkhau123", "matkhau@123", "p@ssw0rd", "p@ssword1",
      "password1", "password123", "admin123", "admin@123", "changeme", "change-me", "welcome",
      "welcome1", "letmein", "qcdc2022", "qcdc@2022", "123456aa@", "admin@12345",
      "change-me-admin-password", "kiem-thu-2022!");

  private final Environment environment;
  private final OrganisationFileLoader loader;
  private final ProcessEngine engine;
  private final List<PeopleBeyondTheFile> beyond;

  private final Agencies agencies;

  public CredentialGuard(Environment environment, OrganisationFileLoader loader,
      ProcessEngine engine, Agencies agencies, List<PeopleBeyondTheFile> beyond) {
    this.agencies = agencies;
    this.beyond = List.copyOf(beyond);
    this.environment = environment;
    this.loader = loader;
    this.engine = engine;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      return; // the demo's passwords are its user ids, and it says so
    }
    verify(loader.location());
    for (String code : agencies.codes()) {
      if (!code.equals(agencies.defaultCode())) {
        verify(agencies.location(code));
      }
    }
  }

  /** Throws, naming every account at fault, when the file or the database fails the policy. */
  public void verify(String location) {
    if (loader.isBundledDemo(location)) {
      throw new IllegalStateException("QCDC Flow refuses to start outside the demo profile"
          + " with the bundled demo organisation file (" + location + "): its passwords are"
          + " public. Set QCDC_ORGANISATION_FILE to the agency's own file (docs/deployment.md, \"Running it"
          + " for real\"), or run with --spring.profiles.active=demo to try the application.");
    }
    List<String> problems = check(location.equals(loader.location()) ? loader.load(location)
        : loader.loadAgency(location));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("QCDC Flow refuses to start: " + problems.size()
          + " account(s) fail the password policy: " + String.join("; ", problems)
          + ". Each password must be a ${VARIABLE} in the organisation file, set in the"
          + " environment or a secret file, of at least 10 characters with lower- and"
          + " upper-case letters, a digit and a symbol, not the user id, names or e-mail, and"
          + " not a common default (docs/deployment.md, \"Running it for real\").");
    }
  }

  /** What is wrong with the people's passwords; empty when nothing is. */
  public List<String> check(OrganisationFile file) {
    IdentityService identity = engine.getIdentityService();
    List<String> problems = new ArrayList<>();
    // The people beside the organisation file (the city bloc's bodies) follow the same policy.
    List<OrganisationFile.Person> people = new ArrayList<>(file.getPeople());
    beyond.forEach(other -> people.addAll(other.people()));
    for (OrganisationFile.Person person : people) {
      String id = person.getId();
      String password = person.getPassword();
      String written = person.writtenPassword();
      if (written == null || !written.strip().startsWith("${")) {
        problems.add("'" + id + "': the password is written in the organisation file itself"
            + " (use a ${VARIABLE} from the environment or a secret file)");
        continue;
      }
      if (password == null || password.isBlank() || password.contains("${")) {
        problems.add("'" + id + "': " + written + " is not set");
        continue;
      }
      if (weak(id, password)) {
        problems.add("'" + id + "': the password is the user id or a common default");
        continue;
      }
      User user = identity.newUser(id);
      user.setFirstName(person.getFirstName());
      user.setLastName(person.getLastName());
      user.setEmail(person.getEmail());
      PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
      if (!result.isValid()) {
        problems.add("'" + id + "': the password breaks the policy ("
            + String.join(", ", result.getViolatedRules().stream()
                .map(PasswordPolicyRule::getPlaceholder).toList()) + ")");
      }
    }
    for (User user : identity.createUserQuery().list()) {
      if (storedPasswordIsDefault(user.getId())) {
        problems.add("'" + user.getId() + "' still has a default password in the database"
            + " (change it in Camunda Admin)");
      }
    }
    return problems;
  }

  static boolean weak(String userId, String password) {
    return password == null || password.isBlank() || password.equalsIgnoreCase(userId)
        || DEFAULTS.contains(password.toLowerCase());
  }

  private boolean storedPasswordIsDefault(String userId) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, userId);
      if (user == null || user.getPassword() == null) {
        return false;
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
