package vn.qcdc.flow.support;

import org.camunda.bpm.engine.ProcessEngine;
import vn.qcdc.flow.year.JavaHand.Memberships;

/** Java-API calls as a demo user, with the user's groups and tenants as Tasklist sets them. */
public final class Logins {

  private Logins() {
  }

  /** Authenticates {@code user} with all of their groups and tenants, so group authorizations apply. */
  public static void login(ProcessEngine engine, String user) {
    var identity = engine.getIdentityService();
    Memberships.of(identity, user).authenticate(identity, user);
  }
}
