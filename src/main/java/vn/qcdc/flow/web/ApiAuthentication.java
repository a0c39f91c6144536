package vn.qcdc.flow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.qcdc.flow.access.VerifiedCredentials;

/**
 * Authentication of the application's own REST API (/api/*): HTTP basic, as before, for
 * scripts and other systems; or the session of Camunda's webapps, so that the Cockpit plugins
 * ("Tiến độ QCDC", the audit replay) and Tasklist links call it without a second log-in and
 * without the page ever holding a password.
 *
 * <p>A basic caller is checked as on /engine-rest, through access/VerifiedCredentials (the
 * same credentials within a minute are not checked against the database again; any identity
 * change on this node drops them). A session caller is who Camunda's login put in the session; its groups and tenants are read
 * again from the identity service at every call (a removed membership counts at once), and an
 * unknown user is refused. A session call that changes something (any method but GET, HEAD,
 * OPTIONS) must carry the webapps' CSRF token in {@code X-XSRF-TOKEN}, the same token Camunda
 * checks on /camunda/api: another site cannot read it, so it cannot forge the call. Requests
 * that say they are XHR get no basic-auth challenge, so a browser never opens its password
 * dialog over a Cockpit page whose session ended.
 */
@Configuration
class ApiAuthentication {

  static final String ENGINE = "default";
  static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Bean
  FilterRegistrationBean<SessionOrBasicFilter> apiAuthenticationFilter(ProcessEngine engine,
      VerifiedCredentials credentials) {
    FilterRegistrationBean<SessionOrBasicFilter> registration =
        new FilterRegistrationBean<>(new SessionOrBasicFilter(engine, credentials.provider()));
    registration.setName("qcdc-api-authentication");
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  static final class SessionOrBasicFilter extends OncePerRequestFilter {

    private final ProcessEngine engine;
    /** Camunda's basic provider behind the verified-credentials cache (access/). */
    private final AuthenticationProvider basic;

    SessionOrBasicFilter(ProcessEngine engine, AuthenticationProvider basic) {
      this.engine = engine;
      this.basic = basic;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      Caller caller = request.getHeader("Authorization") != null
          ? basicCaller(request, response)
          : sessionCaller(request, response);
      if (caller == null) {
        return; // refused, and the response says why
      }
      IdentityService identity = engine.getIdentityService();
      identity.setAuthentication(caller.userId(), caller.groups(), caller.tenants());
      try {
        chain.doFilter(request, response);
      } finally {
        identity.clearAuthentication();
      }
    }

    /** Who the API acts for. */
    private record Caller(String userId, List<String> groups, List<String> tenants) {
    }

    /** The basic caller with the groups and tenants the provider found; null if refused. */
    private Caller basicCaller(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
      if (!result.isAuthenticated()) {
        challenge(request, response);
        return null;
      }
      return withMemberships(result.getAuthenticatedUser(), result.getGroups(),
          result.getTenants());
    }

    /**
     * The session's user, if still known, with the memberships of now; null if refused (no
     * session, unknown user, or a change without the CSRF token).
     */
    private Caller sessionCaller(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      UserAuthentication session = sessionUser(request);
      if (session == null || !exists(session.getIdentityId())) {
        challenge(request, response);
        return null;
      }
      if (!SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request)) {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "Yêu cầu thay đổi dữ liệu từ trình"
            + " duyệt phải kèm mã chống giả mạo (X-XSRF-TOKEN) của phiên đăng nhập.");
        return null;
      }
      return withMemberships(session.getIdentityId(), null, null);
    }

    /** The caller, its groups and tenants read from the identity service where not given. */
    private Caller withMemberships(String userId, List<String> groups, List<String> tenants) {
      IdentityService identity = engine.getIdentityService();
      if (groups == null) {
        groups = identity.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId).toList();
      }
      if (tenants == null) {
        tenants = identity.createTenantQuery().userMember(userId)
            .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
      }
      return new Caller(userId, groups, tenants);
    }

    private static UserAuthentication sessionUser(HttpServletRequest request) {
      HttpSession session = request.getSession(false);
      if (session == null) {
        return null;
      }
      Authentications all = AuthenticationUtil.getAuthsFromSession(session);
      var auth = all == null ? null : all.getAuthenticationForProcessEngine(ENGINE);
      return auth instanceof UserAuthentication user ? user : null;
    }

    private boolean exists(String userId) {
      return userId != null
          && engine.getIdentityService().createUserQuery().userId(userId).count() == 1;
    }

    private static boolean csrfTokenMatches(HttpServletRequest request) {
      String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
      HttpSession session = request.getSession(false);
      Object expected = session == null ? null
          : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
      return sent != null && expected instanceof String token && !token.isEmpty()
          && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
              token.getBytes(StandardCharsets.UTF_8));
    }

    private void challenge(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        basic.augmentResponseByAuthenticationChallenge(response, engine);
      }
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
          "Bạn cần đăng nhập (phiên Camunda hoặc HTTP basic) để dùng API này.");
    }

    private static void refuse(HttpServletResponse response, int status, String message)
        throws IOException {
      response.setStatus(status);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
    }
  }
}
