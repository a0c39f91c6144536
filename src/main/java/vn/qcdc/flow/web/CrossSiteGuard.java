package vn.qcdc.flow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site requests against the basic-auth APIs (/api, /engine-rest).
 * <ul>
 * <li>No basic-auth challenge: a 401 there carries no WWW-Authenticate, so a browser never
 * shows its log-in box and never caches credentials that a hostile page's requests would then
 * carry. Programs send their credentials without being asked (curl -u, REST clients).</li>
 * <li>A write (anything but GET, HEAD, OPTIONS) must come from a program, not from a page in a
 * browser: refused when the browser says it was sent from another site (an Origin other than
 * this server's, Origin "null", or Sec-Fetch-Site cross-site / same-site). Browsers always send
 * these on a cross-origin write; programs send neither. The webapps use their own session
 * routes (/camunda/api/..., with Camunda's CSRF token), which this filter does not touch.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
public class CrossSiteGuard extends OncePerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  static boolean guarded(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/engine-rest/");
  }

  /** Why the request looks sent by a page of another site; null when it does not. */
  static String crossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && (site.equalsIgnoreCase("cross-site")
        || site.equalsIgnoreCase("same-site"))) {
      return "Sec-Fetch-Site: " + site;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return null;
    }
    String host = request.getHeader("Host");
    try {
      String authority = URI.create(origin.strip()).getAuthority();
      if (authority != null && host != null && authority.equalsIgnoreCase(host.strip())) {
        return null;
      }
    } catch (IllegalArgumentException e) {
      // an unreadable Origin is refused below
    }
    return "Origin: " + origin;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!guarded(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (!SAFE.contains(request.getMethod().toUpperCase()) && crossSite(request) != null) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(("{\"message\":\"Yêu cầu ghi dữ liệu gửi từ trang web"
          + " khác bị từ chối. Hãy thao tác trong Tasklist/Cockpit, hoặc gọi API từ chương trình"
          + " (không qua trình duyệt).\"}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, new NoChallenge(response));
  }

  /** Drops WWW-Authenticate, whoever sets it (Camunda's authentication filter does). */
  static final class NoChallenge extends HttpServletResponseWrapper {
    NoChallenge(HttpServletResponse response) {
      super(response);
    }

    private static boolean challenge(String name) {
      return "WWW-Authenticate".equalsIgnoreCase(name);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!challenge(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!challenge(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
