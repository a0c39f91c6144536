package vn.qcdc.flow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine calls as the application, not as the user whose action led to them: the
 * year-round processes are started when a cycle starts or a work plan is issued, and a mail
 * goes to people the sender may not read; with authorizations on, that user needs no right
 * to do either. The caller's authentication is restored afterwards, also on failure.
 */
public final class AsTheApplication {

  private AsTheApplication() {
  }

  public static void run(IdentityService identity, Runnable work) {
    get(identity, () -> {
      work.run();
      return null;
    });
  }

  /** The same for a read: the engine's own view, without the caller's authorization checks. */
  public static <T> T get(IdentityService identity, Supplier<T> work) {
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
