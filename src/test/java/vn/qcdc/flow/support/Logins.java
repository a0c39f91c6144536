package vn.qcdc.flow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;

/** Java-API calls as a demo user, with the user's groups as Tasklist sets them. */
public final class Logins {

  private Logins() {
  }

  /** Authenticates {@code user} with all of their groups, so group authorizations apply. */
  public static void login(ProcessEngine engine, String user) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list()
        .stream().map(Group::getId).toList());
  }
}
