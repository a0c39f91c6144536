package vn.qcdc.flow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed log-ins are throttled per client address before they reach Camunda, so that a
 * stranger cannot lock someone else's account: Camunda counts failed passwords per account and
 * locks it after camunda.bpm...login-max-attempts (100 here), and anyone may send them. An
 * address with {@code qcdc.login.max-failures} failed log-ins within {@code qcdc.login.window}
 * gets 429 (Retry-After) without its password being checked, until its oldest failure leaves
 * the window. Counted: the webapps' log-in (401) and basic-auth calls to /api and /engine-rest
 * that carried credentials and got 401. Behind nginx the address is the client's
 * (server.forward-headers-strategy=native). The counts are per node and in memory: two nodes
 * allow twice the rate, which stays far below the lock-out; nginx adds a rate limit on the
 * log-in (docker/nginx.conf). Unlocking an account: docs/deployment.md, "Running it for real".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
public class LoginThrottle extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  private final int maxFailures;
  private final long windowNanos;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(LoginProperties properties) {
    this.maxFailures = properties.maxFailures();
    this.windowNanos = properties.window().toNanos();
  }

  static boolean isWebappLogin(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equalsIgnoreCase(request.getMethod())
        && path.startsWith("/camunda/api/admin/auth/user/") && path.contains("/login/");
  }

  static boolean isBasicAuthCall(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String auth = request.getHeader("Authorization");
    return (path.startsWith("/api/") || path.startsWith("/engine-rest/")) && auth != null
        && auth.regionMatches(true, 0, "Basic ", 0, 6);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!isWebappLogin(request) && !isBasicAuthCall(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    long now = System.nanoTime();
    Deque<Long> recent = failures.get(address);
    if (recent != null) {
      synchronized (recent) {
        while (!recent.isEmpty() && now - recent.peekFirst() > windowNanos) {
          recent.pollFirst();
        }
        if (recent.size() >= maxFailures) {
          long wait = Math.max(1, (windowNanos - (now - recent.peekFirst())) / 1_000_000_000L);
          response.setStatus(429);
          response.setHeader("Retry-After", String.valueOf(wait));
          response.setContentType("application/json;charset=UTF-8");
          response.getOutputStream().write(("{\"message\":\"Đăng nhập sai quá nhiều lần từ địa"
              + " chỉ này; vui lòng thử lại sau " + (wait / 60 + 1) + " phút.\"}")
              .getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      Deque<Long> list = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
      synchronized (list) {
        list.addLast(System.nanoTime());
        if (list.size() == maxFailures) {
          LOG.warn("Log-ins from {} throttled: {} failed within {} s", address, maxFailures,
              windowNanos / 1_000_000_000L);
        }
      }
    }
    if (failures.size() > 10_000) { // a flood of addresses must not grow the map for ever
      failures.entrySet().removeIf(e -> {
        synchronized (e.getValue()) {
          return e.getValue().isEmpty() || System.nanoTime() - e.getValue().peekLast()
              > windowNanos;
        }
      });
    }
  }
}
