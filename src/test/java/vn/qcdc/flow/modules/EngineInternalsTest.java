package vn.qcdc.flow.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Camunda's and Jersey's {@code impl} and {@code internal} packages change without notice, so
 * the application uses them only where Camunda offers no public API, each class here with the
 * reason. A class that starts using them fails this test until it is listed with its reason
 * (or uses a public API instead); a class listed that no longer needs them fails it too, so
 * the list only shrinks with the code.
 */
class EngineInternalsTest {

  private static final String PARSE = "BpmnParseListener, Camunda's documented hook for model-wide"
      + " behaviour, lives in the impl package";
  private static final String HISTORY = "HistoryEventHandler and its events, Camunda's documented"
      + " hook on history, live in the impl package";
  private static final String AUTHENTICATION = "IdentityService.getCurrentAuthentication(), a"
      + " public API, returns impl.identity.Authentication";
  private static final String WEBAPP_SESSION = "the webapps' session log-in (Authentications,"
      + " UserAuthentication) has no public API";
  private static final String BOOT_CONFIGURATION = "AbstractCamundaConfiguration is the Spring"
      + " Boot starter's documented way to configure the engine";
  private static final String PASSWORDS = "checking a stored password against the policy needs"
      + " the engine's password encryptor and UserEntity";
  private static final String IN_COMMAND = "authorizations written inside the engine's command"
      + " (Context, CommandContext, AuthorizationEntity) commit with the task";

  static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(
      Map.entry("engine.Clock", "ClockUtil is the engine's clock; every other class reads it here"),
      Map.entry("demo.DemoData", "the demo sets the engine clock to its years and pauses the job"
          + " executor while it works them (demo profile only)"),
      Map.entry("year.ScriptedYear", "a year worked in-process (the demo's, the tests') sets the"
          + " engine clock to each day it works"),
      Map.entry("engine.DynamicTaskNames", PARSE),
      Map.entry("engine.TaskScopedFormVariables", PARSE),
      Map.entry("engine.EnginePlugins", PARSE + "; " + BOOT_CONFIGURATION),
      Map.entry("deadline.TaskDeadlines", PARSE + "; " + BOOT_CONFIGURATION),
      Map.entry("access.UnitTaskAuthorizations", PARSE + "; " + IN_COMMAND + "; "
          + BOOT_CONFIGURATION),
      Map.entry("audit.ChainRecorder", HISTORY + "; " + BOOT_CONFIGURATION),
      Map.entry("complaints.ConfidentialHistory", HISTORY + "; " + BOOT_CONFIGURATION),
      Map.entry("audit.AuditReplay", "the activity instance's sequence counter, which orders a"
          + " second's steps, is only on the history event"),
      Map.entry("engine.Actors", AUTHENTICATION),
      Map.entry("review.InspectionTeams", "inside a listener, the committee's and the union's"
          + " members are read with CommandContext.runWithoutAuthorization: the engine's own"
          + " way to read what the user may not"),
      Map.entry("audit.AuditAccess", AUTHENTICATION),
      Map.entry("cycle.CycleStartListener", AUTHENTICATION),
      Map.entry("complaints.ComplaintController", AUTHENTICATION),
      Map.entry("complaints.ComplaintAccess", AUTHENTICATION + "; " + IN_COMMAND),
      Map.entry("access.EngineAccessFilter", AUTHENTICATION + "; " + WEBAPP_SESSION),
      Map.entry("web.Requester", AUTHENTICATION + "; " + WEBAPP_SESSION),
      Map.entry("web.ApiAuthentication", WEBAPP_SESSION + "; the REST API's basic-auth provider"
          + " is its impl class HttpBasicAuthenticationProvider"),
      Map.entry("web.RestAuthentication", "the REST API's basic-auth provider is its impl class"
          + " HttpBasicAuthenticationProvider"),
      Map.entry("web.RefusalMapperFeature", "Jersey's ForcedAutoDiscoverable is the only way to"
          + " register a mapper on Camunda's own REST application"),
      Map.entry("access.CredentialGuard", PASSWORDS),
      Map.entry("access.IdentityChanges", "the engine has no public hook on identity writes: the"
          + " database identity provider is subclassed to count them (as an LDAP plugin would"
          + " replace it); " + BOOT_CONFIGURATION),
      Map.entry("access.VerifiedCredentials", "it stands in for the REST API's basic-auth"
          + " provider, whose interface and result types are in the REST impl package"),
      Map.entry("organisation.OrganisationSync", PASSWORDS),
      Map.entry("access.TaskFilters", "Tasklist filters are stored task queries, built with"
          + " TaskQueryImpl as Camunda's invoice example does"),
      Map.entry("engine.InputRefusedException", "a FormFieldValidationException is what Tasklist"
          + " shows on the form, next to the field"),
      Map.entry("engine.StableResourceNames", BOOT_CONFIGURATION),
      Map.entry("production.HistoryTimestampColumns", BOOT_CONFIGURATION
          + "; the engine's database type and connection"),
      Map.entry("tenancy.AgencyContext", AUTHENTICATION + "; " + WEBAPP_SESSION + "; the"
          + " instance a delegate runs for is the engine's execution context (Context)"),
      Map.entry("tenancy.AgencyTenantIds", "TenantIdProvider, Camunda's documented hook for"
          + " tenant ids with shared definitions, lives in the impl package"),
      Map.entry("tenancy.JobAgencies", "a pre-command interceptor is the engine's documented"
          + " extension point before its transaction; the job a command runs is only on"
          + " ExecuteJobsCmd"),
      Map.entry("tenancy.TenancyConfiguration", BOOT_CONFIGURATION)));

  @Test
  void internalsOnlyWhereListedWithTheirReason() {
    JavaClasses classes = ModulesTest.CLASSES;
    TreeSet<String> using = new TreeSet<>();
    for (JavaClass c : classes) {
      boolean internal = c.getDirectDependenciesFromSelf().stream()
          .map(d -> d.getTargetClass().getPackageName())
          .anyMatch(p -> (p.startsWith("org.camunda.") || p.startsWith("org.glassfish."))
              && (p.contains(".impl") || p.contains(".internal")));
      if (internal) {
        String name = c.getName().substring("vn.qcdc.flow.".length());
        using.add(name.contains("$") ? name.substring(0, name.indexOf('$')) : name);
      }
    }
    assertThat(using).as("classes using Camunda's or Jersey's impl/internal packages")
        .isSubsetOf(ALLOWED.keySet());
    assertThat(ALLOWED.keySet()).as("listed classes that no longer need them")
        .isSubsetOf(using);
  }
}
