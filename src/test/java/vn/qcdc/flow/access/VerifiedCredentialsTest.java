package vn.qcdc.flow.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.Test;

/**
 * The verified-credentials cache with Camunda's basic provider, without Spring: the password is
 * checked once per time to live, a wrong one every time, and any identity change drops it all.
 */
class VerifiedCredentialsTest {

  final ProcessEngine engine = mock(ProcessEngine.class);
  final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);

  VerifiedCredentialsTest() {
    when(engine.getName()).thenReturn("default");
    when(engine.getIdentityService()).thenReturn(identity);
    when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
    when(identity.checkPassword("bcd", "Dung-Mat-Khau-1!")).thenReturn(true);
    Group group = mock(Group.class);
    when(group.getId()).thenReturn("ban-chi-dao");
    when(identity.createGroupQuery().groupMember("bcd").list()).thenReturn(List.of(group));
    when(identity.createTenantQuery().userMember("bcd").includingGroupsOfUser(true).list())
        .thenReturn(List.of());
  }

  static HttpServletRequest basic(String user, String password) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getHeader("Authorization")).thenReturn("Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return request;
  }

  @Test
  void aVerifiedCredentialIsCheckedOnceWithItsGroups() {
    VerifiedCredentials cache = new VerifiedCredentials(new RestProperties(Duration.ofMinutes(1)));
    AuthenticationProvider provider = cache.provider();
    for (int i = 0; i < 3; i++) {
      AuthenticationResult r = provider.extractAuthenticatedUser(
          basic("bcd", "Dung-Mat-Khau-1!"), engine);
      assertThat(r.isAuthenticated()).isTrue();
      assertThat(r.getAuthenticatedUser()).isEqualTo("bcd");
      assertThat(r.getGroups()).containsExactly("ban-chi-dao");
      assertThat(r.getTenants()).isEmpty();
    }
    verify(identity, times(1)).checkPassword("bcd", "Dung-Mat-Khau-1!");
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void aWrongPasswordIsNeverCachedAndChecksEveryTime() {
    VerifiedCredentials cache = new VerifiedCredentials(new RestProperties(Duration.ofMinutes(1)));
    AuthenticationProvider provider = cache.provider();
    provider.extractAuthenticatedUser(basic("bcd", "Dung-Mat-Khau-1!"), engine);
    for (int i = 0; i < 2; i++) {
      assertThat(provider.extractAuthenticatedUser(basic("bcd", "Dung-Mat-Khau-2!"), engine)
          .isAuthenticated()).isFalse();
    }
    verify(identity, times(2)).checkPassword("bcd", "Dung-Mat-Khau-2!");
    // the same user with another case or a suffix is another credential
    assertThat(provider.extractAuthenticatedUser(basic("bcd", "dung-mat-khau-1!"), engine)
        .isAuthenticated()).isFalse();
    assertThat(provider.extractAuthenticatedUser(basic("bcd", "Dung-Mat-Khau-1!x"), engine)
        .isAuthenticated()).isFalse();
  }

  @Test
  void anIdentityChangeDropsWhatWasVerified() {
    VerifiedCredentials cache = new VerifiedCredentials(new RestProperties(Duration.ofMinutes(1)));
    AuthenticationProvider provider = cache.provider();
    provider.extractAuthenticatedUser(basic("bcd", "Dung-Mat-Khau-1!"), engine);
    IdentityChanges.changed(); // a password, a membership, an unlock, a failed log-in
    provider.extractAuthenticatedUser(basic("bcd", "Dung-Mat-Khau-1!"), engine);
    verify(identity, times(2)).checkPassword("bcd", "Dung-Mat-Khau-1!");
  }

  @Test
  void aZeroTimeToLiveTurnsTheCacheOff() {
    VerifiedCredentials cache = new VerifiedCredentials(new RestProperties(Duration.ZERO));
    AuthenticationProvider provider = cache.provider();
    provider.extractAuthenticatedUser(basic("bcd", "Dung-Mat-Khau-1!"), engine);
    provider.extractAuthenticatedUser(basic("bcd", "Dung-Mat-Khau-1!"), engine);
    verify(identity, times(2)).checkPassword("bcd", "Dung-Mat-Khau-1!");
    assertThat(cache.size()).isZero();
  }

  @Test
  void theKeyIsNeitherThePasswordNorTheSameAcrossStarts() {
    VerifiedCredentials one = new VerifiedCredentials(new RestProperties(Duration.ofMinutes(1)));
    VerifiedCredentials two = new VerifiedCredentials(new RestProperties(Duration.ofMinutes(1)));
    String key = one.keyOf("default", "bcd", "Dung-Mat-Khau-1!");
    assertThat(key).matches("[0-9a-f]{64}").doesNotContain("Dung");
    assertThat(key).isEqualTo(one.keyOf("default", "bcd", "Dung-Mat-Khau-1!"))
        .isNotEqualTo(two.keyOf("default", "bcd", "Dung-Mat-Khau-1!"))
        .isNotEqualTo(one.keyOf("default", "bcd:Dung", "-Mat-Khau-1!"));
  }
}
