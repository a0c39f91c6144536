package vn.qcdc.flow.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * HTTP basic credentials verified a moment ago, with the user's groups and tenants, so that a
 * REST client sending the same credentials again within {@code qcdc.rest.credential-cache}
 * (PT60S; PT0S turns it off) is not checked against the database on every request. Camunda's
 * own filter checks the password, then reads the groups and then the tenants, each its own
 * command and transaction: three commits per request, more than the engine work of most calls.
 *
 * <p>What is kept and for how long:
 * <ul>
 * <li>the key is an HMAC-SHA256, under a random key made at start-up and never stored, of the
 * engine, user id and password: neither the password nor a reusable hash of it is held;</li>
 * <li>only credentials Camunda accepted are kept; a failed one is checked by Camunda as before
 * (its failed-attempt count and lock-out, and {@code web/LoginThrottle} in front);</li>
 * <li>every entry is dropped at the first identity change on this node
 * ({@link IdentityChanges}: a password, user, group or membership changed, an account unlocked,
 * any failed password), so a new password or a removed membership counts at once here, and
 * within the time to live on another node;</li>
 * <li>at most {@link #MAX_ENTRIES} entries; beyond that the expired ones, then all, are
 * dropped.</li>
 * </ul>
 */
@Component
public class VerifiedCredentials {

  static final int MAX_ENTRIES = 10_000;

  private record Verified(String userId, List<String> groups, List<String> tenants,
      long expiresAt, long generation) {
  }

  private final long ttlNanos;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private final SecretKeySpec key;

  public VerifiedCredentials(RestProperties properties) {
    this.ttlNanos = properties.credentialCache().toNanos();
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** Camunda's basic provider in front of this cache, for the REST filters. */
  public AuthenticationProvider provider() {
    return new CachingProvider(this, new HttpBasicAuthenticationProvider());
  }

  boolean enabled() {
    return ttlNanos > 0;
  }

  String keyOf(String engine, String user, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal((engine + '\0' + user + '\0' + password)
          .getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  AuthenticationResult find(String key) {
    Verified v = verified.get(key);
    if (v == null) {
      return null;
    }
    if (System.nanoTime() - v.expiresAt() >= 0 || v.generation() != IdentityChanges.generation()) {
      verified.remove(key, v);
      return null;
    }
    AuthenticationResult result = AuthenticationResult.successful(v.userId());
    result.setGroups(v.groups());
    result.setTenants(v.tenants());
    return result;
  }

  void keep(String key, AuthenticationResult result, long generation) {
    if (verified.size() >= MAX_ENTRIES) {
      long now = System.nanoTime();
      verified.values().removeIf(v -> now - v.expiresAt() >= 0);
      if (verified.size() >= MAX_ENTRIES) {
        verified.clear();
      }
    }
    verified.put(key, new Verified(result.getAuthenticatedUser(), List.copyOf(
        result.getGroups()), List.copyOf(result.getTenants()), System.nanoTime() + ttlNanos,
        generation));
  }

  int size() {
    return verified.size();
  }

  /** The user and password of a basic Authorization header, or null. */
  static String[] basicCredentials(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon <= 0 ? null
        : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }

  /**
   * Camunda's HTTP basic provider, answering from the cache when it can. On a miss Camunda
   * checks the password as always; the groups and tenants are then read the way Camunda's
   * filter reads them and handed back with the result, so that the filter does not read them
   * again.
   */
  static final class CachingProvider implements AuthenticationProvider {

    private final VerifiedCredentials cache;
    private final HttpBasicAuthenticationProvider basic;

    CachingProvider(VerifiedCredentials cache, HttpBasicAuthenticationProvider basic) {
      this.cache = cache;
      this.basic = basic;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request,
        ProcessEngine engine) {
      String[] credentials = cache.enabled() ? basicCredentials(request) : null;
      String key = credentials == null ? null
          : cache.keyOf(engine.getName(), credentials[0], credentials[1]);
      if (key != null) {
        AuthenticationResult hit = cache.find(key);
        if (hit != null) {
          return hit;
        }
      }
      long generation = IdentityChanges.generation();
      AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
      if (!result.isAuthenticated()) {
        return result;
      }
      IdentityService identity = engine.getIdentityService();
      String userId = result.getAuthenticatedUser();
      result.setGroups(identity.createGroupQuery().groupMember(userId).list().stream()
          .map(Group::getId).toList());
      result.setTenants(identity.createTenantQuery().userMember(userId)
          .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList());
      if (key != null) {
        cache.keep(key, result, generation);
      }
      return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response,
        ProcessEngine engine) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
    }
  }
}
