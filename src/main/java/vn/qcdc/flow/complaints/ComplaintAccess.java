package vn.qcdc.flow.complaints;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Who handles a case, as Camunda authorizations: each handler group (reception, leadership,
 * the assigned unit) is granted READ on the case's process instance and its history. The
 * citizen's identity is served only to a user these grants (or a wider admin grant) allow
 * (Luật Tố cáo 2018 Điều 47: the denouncer's identity is kept secret).
 */
@Component
public class ComplaintAccess {

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  public ComplaintAccess(@Lazy AuthorizationService authorizations,
      @Lazy IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  /**
   * Inside a process step: written straight into the step's own transaction, without the
   * acting user needing the right to create authorizations.
   */
  void grantHandlers(String processInstanceId, String... groups) {
    CommandContext context = Context.getCommandContext();
    for (String group : groups) {
      insert(context, group, Resources.PROCESS_INSTANCE, processInstanceId);
      insert(context, group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId);
    }
  }

  private static void insert(CommandContext context, String group, Resources resource,
      String id) {
    AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(id);
    grant.addPermission(Permissions.READ);
    context.getDbEntityManager().insert(grant);
  }

  /**
   * Whether the user handles the case: a READ grant on its process instance (or on every
   * instance) to the user or one of their groups. Administrators are not handlers: they read
   * an identity only through ComplaintController's break-glass, with a reason the People's
   * Inspection Board sees. Read from the
   * grants themselves, so it holds whether or not the engine enforces authorizations globally
   * (Camunda's own isUserAuthorized answers yes to everyone while they are off).
   */
  public boolean isHandler(String userId, String processInstanceId) {
    if (userId == null) {
      return false;
    }
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication(); // reading the grants is not the caller's own query
    try {
      // The administrators' group holds Camunda's blanket grants (every resource, "*"): that
      // is the right to run the system, not to handle a case.
      List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
          .map(Group::getId).filter(g -> !Groups.CAMUNDA_ADMIN.equals(g)).toList();
      List<Authorization> grants = new ArrayList<>(authorizations.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).userIdIn(userId)
          .resourceType(Resources.PROCESS_INSTANCE).hasPermission(Permissions.READ).list());
      if (!groups.isEmpty()) {
        grants.addAll(authorizations.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(groups.toArray(new String[0])).resourceType(Resources.PROCESS_INSTANCE)
            .hasPermission(Permissions.READ).list());
      }
      return grants.stream().anyMatch(g -> processInstanceId.equals(g.getResourceId())
          || Authorization.ANY.equals(g.getResourceId()));
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
