package vn.qcdc.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.support.TestPasswords;

/**
 * The APIs against browsers and strangers: no basic-auth challenge, no cross-site writes, and
 * failed log-ins throttled per address so that a stranger cannot lock an official's account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:qcdc-web-defence;DB_CLOSE_DELAY=-1",
    // as behind nginx: the client's address comes from X-Forwarded-For
    "server.forward-headers-strategy=native"})
@ActiveProfiles("test")
class WebDefenceTest {

  final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRefusedCallCarriesNoBasicAuthChallenge() throws Exception {
    for (String path : new String[] {"/api/reports", "/engine-rest/task"}) {
      HttpResponse<String> r = send(request(path).GET());
      assertThat(r.statusCode()).as(path).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
    }
    HttpResponse<String> wrong = send(request("/engine-rest/task")
        .header("Authorization", basic("kiemtoan", "sai-mat-khau")).GET());
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void aWriteSentByAPageOfAnotherSiteIsRefused() throws Exception {
    String admin = basic("admin", TestPasswords.PASSWORD);
    // A password that passes the policy for both users (not their ids, names or e-mail).
    String body = "{\"profile\":{\"id\":\"xsite\",\"firstName\":\"Khách\",\"lastName\":"
        + "\"Thử\"},\"credentials\":{\"password\":\"Mat-khau-Dai-2026!\"}}";
    HttpResponse<String> fromEvil = send(request("/engine-rest/user/create")
        .header("Authorization", admin).header("Content-Type", "application/json")
        .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(fromEvil.statusCode()).isEqualTo(403);
    assertThat(fromEvil.body()).contains("gửi từ trang web khác bị từ chối");
    HttpResponse<String> fetchMeta = send(request("/api/cycles")
        .header("Authorization", basic("bcd", TestPasswords.PASSWORD))
        .header("Content-Type", "text/plain").header("Sec-Fetch-Site", "cross-site")
        .POST(HttpRequest.BodyPublishers.ofString("{\"year\":2039}")));
    assertThat(fetchMeta.statusCode()).isEqualTo(403);
    HttpResponse<String> nullOrigin = send(request("/engine-rest/user/create")
        .header("Authorization", admin).header("Content-Type", "application/json")
        .header("Origin", "null").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(nullOrigin.statusCode()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId("xsite").count()).isZero();

    // A program (no Origin) and a page of this very server may write.
    HttpResponse<String> program = send(request("/engine-rest/user/create")
        .header("Authorization", admin).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(program.statusCode()).isEqualTo(204);
    HttpResponse<String> sameOrigin = send(request("/engine-rest/user/create")
        .header("Authorization", admin).header("Content-Type", "application/json")
        .header("Origin", "http://localhost:" + port)
        .POST(HttpRequest.BodyPublishers.ofString(body.replace("xsite", "samesite"))));
    assertThat(sameOrigin.statusCode()).isEqualTo(204);
  }

  @Test
  void aStrangerCannotLockAnAccount() throws Exception {
    String stranger = "203.0.113.9";
    int refused = 0;
    int throttled = 0;
    long t = System.currentTimeMillis();
    for (int i = 0; i < 15; i++) {
      // past Camunda's growing delay, so that each guess would count against the account
      ClockUtil.setCurrentTime(new Date(t + (i + 1) * 120_000L));
      HttpResponse<String> r = send(request("/engine-rest/task")
          .header("X-Forwarded-For", stranger)
          .header("Authorization", basic("tuyentruyen", "doan-mat-khau-" + i)).GET());
      if (r.statusCode() == 401) {
        refused++;
      } else if (r.statusCode() == 429) {
        throttled++;
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.body()).contains("Đăng nhập sai quá nhiều lần");
      }
    }
    assertThat(refused).isEqualTo(5);
    assertThat(throttled).isEqualTo(10);
    // The webapps' log-in from that address is throttled too, before the password is checked.
    HttpResponse<String> login = send(request(
        "/camunda/api/admin/auth/user/default/login/tasklist")
        .header("X-Forwarded-For", stranger)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=tuyentruyen&password="
            + TestPasswords.PASSWORD.replace("!", "%21"))));
    assertThat(login.statusCode()).isEqualTo(429);

    // The official, from their own address, is not locked out.
    ClockUtil.setCurrentTime(new Date(t + 40 * 60_000L));
    HttpResponse<String> owner = send(request("/engine-rest/task?maxResults=1")
        .header("X-Forwarded-For", "198.51.100.7")
        .header("Authorization", basic("tuyentruyen", TestPasswords.PASSWORD)).GET());
    assertThat(owner.statusCode()).isEqualTo(200);
  }
}
