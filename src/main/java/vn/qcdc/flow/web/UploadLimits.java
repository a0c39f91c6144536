package vn.qcdc.flow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Size limits on the two uploads, enforced from the declared length before a byte of the body
 * is read (the controllers read it whole): a report's .docx (20 MB, as ReportDocuments) and an
 * audit export sent for verification (64 MB). A body without a length (chunked) is refused with
 * 411: every browser and curl sends one for a file.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class UploadLimits extends OncePerRequestFilter {

  static final long REPORT_MAX = 20L * 1024 * 1024;
  static final long AUDIT_MAX = 64L * 1024 * 1024;
  private static final Pattern REPORT_UPLOAD =
      Pattern.compile("(?:/api)?/reports/[^/]+/[^/]+/document/?");
  private static final Pattern AUDIT_VERIFY = Pattern.compile("/api/audit/verify/?");

  /** The limit for this request, or -1 when it is not an upload. */
  static long limitOf(HttpServletRequest request) {
    if (!"POST".equalsIgnoreCase(request.getMethod())) {
      return -1;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (REPORT_UPLOAD.matcher(path).matches()) {
      return REPORT_MAX;
    }
    if (AUDIT_VERIFY.matcher(path).matches()) {
      return AUDIT_MAX;
    }
    return -1;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long limit = limitOf(request);
    if (limit < 0) {
      chain.doFilter(request, response);
      return;
    }
    long length = request.getContentLengthLong();
    if (length < 0) {
      refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED,
          "Tệp tải lên phải có độ dài khai báo (Content-Length).");
    } else if (length > limit) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Tệp tải lên quá lớn (tối đa " + limit / (1024 * 1024) + " MB).");
    } else {
      chain.doFilter(request, response);
    }
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    // The body is left unread; closing the connection spares Tomcat swallowing it.
    response.setHeader("Connection", "close");
    response.getOutputStream().write(("{\"message\":\"" + message + "\"}")
        .getBytes(StandardCharsets.UTF_8));
  }
}
