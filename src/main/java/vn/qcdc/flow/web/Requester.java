package vn.qcdc.flow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who is asking: the user of an HTTP-basic REST call (set by the engine's authentication filter
 * on /api/*), or the user logged in to Camunda's webapps (the session cookie), so that a link in
 * a Tasklist form works without a second log-in.
 */
@Component
public class Requester {

  private final IdentityService identity;

  Requester(IdentityService identity) {
    this.identity = identity;
  }

  public record User(String id, List<String> groups) {
    public boolean inAny(String... candidates) {
      for (String group : candidates) {
        if (groups.contains(group)) {
          return true;
        }
      }
      return false;
    }
  }

  public Optional<User> of(HttpServletRequest request) {
    Authentication rest = identity.getCurrentAuthentication();
    if (rest != null && rest.getUserId() != null) {
      List<String> groups = rest.getGroupIds() != null ? rest.getGroupIds()
          : identity.createGroupQuery().groupMember(rest.getUserId()).list().stream()
              .map(org.camunda.bpm.engine.identity.Group::getId).toList();
      return Optional.of(new User(rest.getUserId(), groups));
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications webapp = AuthenticationUtil.getAuthsFromSession(session);
    var authentication = webapp == null ? null
        : webapp.getAuthenticationForProcessEngine("default");
    if (!(authentication instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    return Optional.of(new User(user.getIdentityId(), List.copyOf(user.getGroupIds())));
  }
}
