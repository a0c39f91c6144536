package vn.qcdc.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Requests before the application is ready are refused, untouched; after, they pass. */
class StartupGateTest {

  final StartupGate gate = new StartupGate();
  final List<ServletRequest> passed = new ArrayList<>();

  MockHttpServletResponse send(String method, String path) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    MockHttpServletResponse response = new MockHttpServletResponse();
    gate.doFilter(request, response, (req, res) -> passed.add(req));
    return response;
  }

  @Test
  void refusesWithRetryAfterUntilReadyThenLetsEveryRequestThrough() throws Exception {
    MockHttpServletResponse early = send("POST", "/api/cycles");
    assertThat(early.getStatus()).isEqualTo(503);
    assertThat(early.getHeader("Retry-After")).isEqualTo("5");
    assertThat(early.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("Hệ thống đang khởi động");
    assertThat(send("GET", "/engine-rest/task").getStatus()).isEqualTo(503);
    assertThat(passed).isEmpty();

    gate.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
        null, java.time.Duration.ZERO));

    assertThat(send("POST", "/api/cycles").getStatus()).isEqualTo(200);
    assertThat(send("GET", "/camunda/app/tasklist/").getStatus()).isEqualTo(200);
    assertThat(passed).hasSize(2);
  }
}
