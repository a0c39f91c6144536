package vn.qcdc.flow.blocview;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens Cockpit to the bloc's bodies (their dashboard "Khối: tiến độ báo cáo" is a Cockpit
 * page), and nothing else: no process definition, instance, task or history grant, so Cockpit
 * shows them no agency's instance or variable, and no complaint. Only groups that exist are
 * granted (the bloc's file creates them); a second run adds nothing. Runs after
 * access/AccessSetup.
 */
@Component
@Order(20)
class BlocCockpitAccess implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(BlocCockpitAccess.class);
  static final String COCKPIT = "cockpit";

  private final AuthorizationService authorizations;
  private final IdentityService identity;
  private final BlocViewProperties properties;

  BlocCockpitAccess(AuthorizationService authorizations, IdentityService identity,
      BlocViewProperties properties) {
    this.authorizations = authorizations;
    this.identity = identity;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    grant();
  }

  /** Grants Cockpit to each existing bloc group lacking it; returns how many it granted. */
  int grant() {
    int added = 0;
    for (String group : properties.groups()) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        continue;
      }
      Authorization existing = authorizations.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
          .resourceType(Resources.APPLICATION).resourceId(COCKPIT).singleResult();
      if (existing != null && existing.isPermissionGranted(Permissions.ACCESS)) {
        continue;
      }
      Authorization a = existing != null ? existing
          : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      if (existing == null) {
        a.setGroupId(group);
        a.setResource(Resources.APPLICATION);
        a.setResourceId(COCKPIT);
      }
      a.addPermission(Permissions.ACCESS);
      authorizations.saveAuthorization(a);
      added++;
    }
    if (added > 0) {
      LOG.info("Bloc dashboard: Cockpit opened to {} bloc group(s)", added);
    }
    return added;
  }
}
