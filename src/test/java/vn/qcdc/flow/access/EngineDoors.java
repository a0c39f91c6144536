package vn.qcdc.flow.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Calls Camunda's REST API as a demo user (password = id) through its two doors: /engine-rest
 * with HTTP basic, and the webapps' /camunda/api/engine/engine/default with a real log-in
 * session (cookie) and its CSRF token, as Tasklist and Cockpit send them.
 */
public final class EngineDoors {

  public enum Door { REST, WEBAPP }

  public record Answer(int status, String body, boolean refusedByList) {
  }

  private final String base;
  private final HttpClient basic = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .build();
  private final Map<String, Session> sessions = new HashMap<>();

  public EngineDoors(int port) {
    this.base = "http://localhost:" + port;
  }

  record Session(HttpClient client, CookieManager cookies) {
    String csrf() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
          .reduce((a, b) -> b).orElse("");
    }
  }

  /** Calls {@code path} (engine root relative, with query) as {@code user}; user null: anonymous. */
  public Answer call(Door door, String user, String method, String path, String json) {
    try {
      HttpRequest.Builder request;
      HttpClient client;
      if (door == Door.REST) {
        request = HttpRequest.newBuilder(URI.create(base + "/engine-rest" + path));
        if (user != null) {
          request.header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString((user + ":" + vn.qcdc.flow.support.TestPasswords.of(user)).getBytes(StandardCharsets.UTF_8)));
        }
        client = basic;
      } else {
        Session session = user == null ? anonymous() : session(user);
        request = HttpRequest.newBuilder(URI.create(base
            + "/camunda/api/engine/engine/default" + path));
        request.header("X-XSRF-TOKEN", session.csrf());
        client = session.client();
      }
      request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
      HttpRequest.BodyPublisher publisher = json == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(json);
      if (json != null) {
        request.header("Content-Type", "application/json");
      }
      request.method(method, publisher);
      HttpResponse<String> response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(),
          response.headers().firstValue(EngineAccessFilter.REFUSED_HEADER).isPresent());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Session anonymous() {
    return sessions.computeIfAbsent("", u -> newSession());
  }

  private Session newSession() {
    CookieManager cookies = new CookieManager();
    return new Session(HttpClient.newBuilder().cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).build(), cookies);
  }

  /** A logged-in webapp session of the user, as the log-in page makes it. */
  public synchronized Session session(String user) {
    Session existing = sessions.get(user);
    if (existing != null) {
      return existing;
    }
    Session session = newSession();
    try {
      // The welcome page hands out the session and the CSRF token.
      session.client().send(HttpRequest.newBuilder(URI.create(base
          + "/camunda/app/welcome/default/")).GET().build(), HttpResponse.BodyHandlers.discarding());
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(vn.qcdc.flow.support.TestPasswords.of(user), StandardCharsets.UTF_8);
      HttpResponse<String> login = session.client().send(HttpRequest.newBuilder(URI.create(base
              + "/camunda/api/admin/auth/user/default/login/welcome"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", session.csrf())
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (login.statusCode() != 200) {
        throw new IllegalStateException("log-in of " + user + ": " + login.statusCode() + " "
            + login.body());
      }
      // A GET after the log-in: the token of the new session.
      session.client().send(HttpRequest.newBuilder(URI.create(base
          + "/camunda/api/engine/engine/")).GET().build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    sessions.put(user, session);
    return session;
  }
}
