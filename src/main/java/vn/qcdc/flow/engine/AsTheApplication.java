package vn.qcdc.flow.engine;

import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine calls as the application, not as the user whose action led to them: the
 * year-round processes are started when a cycle starts or a work plan is issued, and with
 * authorizations on, that user needs no right to start them.
 */
public final class AsTheApplication {

  private AsTheApplication() {
  }

  public static void run(IdentityService identity, Runnable work) {
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      work.run();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
