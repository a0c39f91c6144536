package vn.qcdc.flow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with a Vietnamese message until the application is ready. The web server
 * opens its port before the start-up runners have synced the organisation, granted the
 * authorizations and created the Tasklist filters: a request in those seconds (a user
 * reloading Tasklist while a node restarts) would meet a user without groups or grants
 * and get a misleading 403, or an empty task list. The refusal does nothing, so the
 * client may simply send the request again (Retry-After).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupGate extends OncePerRequestFilter
    implements ApplicationListener<ApplicationReadyEvent> {

  static final String MESSAGE = "Hệ thống đang khởi động, vui lòng thử lại sau ít giây.";

  private volatile boolean ready;

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    ready = true;
  }

  public boolean isReady() {
    return ready;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (ready) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "5");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json");
    response.getWriter().write("{\"type\":\"StartingUp\",\"message\":\"" + MESSAGE + "\"}");
  }
}
