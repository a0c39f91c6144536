package vn.qcdc.flow.tenancy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.instance.CoreExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which agency (tenant) the work on this thread is for, asked first of what is most specific:
 * <ol>
 *   <li>an agency set by the code itself ({@link #run}, {@link #call}), or the bloc's view over
 *       every agency ({@link #asBloc});</li>
 *   <li>the process instance the engine is executing right now (a delegate, a listener, an
 *       expression): its tenant;</li>
 *   <li>the user Camunda authenticated for this call (REST, Tasklist, the application's /api):
 *       their agency when they belong to exactly one; several agencies (the bloc's bodies)
 *       mean the bloc's view;</li>
 *   <li>the webapps' session user of a plain page request (a report link in Tasklist);</li>
 *   <li>else the first agency, so that a one-agency installation behaves as before.</li>
 * </ol>
 */
public final class AgencyContext {

  /** The bloc's view: every agency's records (Hibernate's root tenant). */
  public static final String BLOC = "*";

  private static final ThreadLocal<String> SET = new ThreadLocal<>();

  private final String defaultAgency;
  /**
   * Camunda's authentication of this call (the identity service keeps it per thread); none
   * until the engine is built ({@link TenancyConfiguration} hands it over).
   */
  private volatile Supplier<Authentication> authentication = () -> null;

  public AgencyContext(String defaultAgency) {
    this.defaultAgency = defaultAgency;
  }

  void readAuthenticationFrom(Supplier<Authentication> authentication) {
    this.authentication = authentication;
  }

  /** The first agency: the one a single-agency installation has always been. */
  public String defaultAgency() {
    return defaultAgency;
  }

  /** The agency of the work on this thread (or {@link #BLOC}). */
  public String current() {
    String set = SET.get();
    if (set != null) {
      return set;
    }
    String executing = executingTenant();
    if (executing != null) {
      return executing;
    }
    String user = ofTenants(authenticatedTenants());
    return user != null ? user : defaultAgency;
  }

  /** The agency of the work, never the bloc's view: refuses where no single agency is meant. */
  public String agency() {
    String current = current();
    if (BLOC.equals(current)) {
      throw new AgencyRequiredException();
    }
    return current;
  }

  /** Runs {@code work} for {@code agency}; a transaction it opens reads and writes that agency. */
  public static void run(String agency, Runnable work) {
    call(agency, () -> {
      work.run();
      return null;
    });
  }

  public static <T> T call(String agency, Supplier<T> work) {
    String before = SET.get();
    SET.set(agency);
    try {
      return work.get();
    } finally {
      if (before == null) {
        SET.remove();
      } else {
        SET.set(before);
      }
    }
  }

  public static <T> T callChecked(String agency, Callable<T> work) throws Exception {
    String before = SET.get();
    SET.set(agency);
    try {
      return work.call();
    } finally {
      if (before == null) {
        SET.remove();
      } else {
        SET.set(before);
      }
    }
  }

  /** Runs {@code work} over every agency's records (the bloc's dashboard and report). */
  public static <T> T asBloc(Supplier<T> work) {
    return call(BLOC, work);
  }

  /** The agency of an execution or task the engine hands to a delegate. */
  public String of(DelegateExecution execution) {
    return execution.getTenantId() != null ? execution.getTenantId() : defaultAgency;
  }

  public String of(DelegateTask task) {
    return task.getTenantId() != null ? task.getTenantId() : defaultAgency;
  }

  private static String executingTenant() {
    if (Context.getCommandContext() == null) {
      return null;
    }
    try {
      var context = Context.getCoreExecutionContext();
      CoreExecution execution = context == null ? null : context.getExecution();
      if (execution != null) {
        return execution.getTenantId();
      }
    } catch (RuntimeException e) {
      // no execution context on this thread
    }
    return null;
  }

  /** The tenants of the user of this call: Camunda's authentication, else the webapps' session. */
  List<String> authenticatedTenants() {
    var commandContext = Context.getCommandContext();
    Authentication engine = null;
    if (commandContext != null) {
      engine = commandContext.getAuthentication();
    }
    if (engine == null) {
      engine = authentication.get();
    }
    if (engine != null && engine.getUserId() != null) {
      return engine.getTenantIds();
    }
    return sessionTenants();
  }

  private static List<String> sessionTenants() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)) {
      return null;
    }
    var session = web.getRequest().getSession(false);
    if (session == null) {
      return null;
    }
    Authentications all = AuthenticationUtil.getAuthsFromSession(session);
    var authentication = all == null ? null : all.getAuthenticationForProcessEngine("default");
    if (authentication instanceof UserAuthentication user && user.getTenantIds() != null) {
      return List.copyOf(user.getTenantIds());
    }
    return null;
  }

  /** One tenant: that agency; several: the bloc's view; none: not known here. */
  static String ofTenants(List<String> tenants) {
    if (tenants == null || tenants.isEmpty()) {
      return null;
    }
    return tenants.size() == 1 ? tenants.get(0) : BLOC;
  }
}
