package vn.qcdc.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The upload limits refuse on the declared length, without reading a byte of the body. */
class UploadLimitsTest {

  final AtomicBoolean read = new AtomicBoolean();

  MockHttpServletRequest upload(String path, long length) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
      @Override
      public ServletInputStream getInputStream() {
        read.set(true);
        return new ServletInputStream() {
          public int read() {
            return -1;
          }

          public boolean isFinished() {
            return true;
          }

          public boolean isReady() {
            return true;
          }

          public void setReadListener(ReadListener l) {
          }
        };
      }

      @Override
      public long getContentLengthLong() {
        return length;
      }
    };
    return request;
  }

  MockHttpServletResponse run(MockHttpServletRequest request, MockFilterChain chain)
      throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new UploadLimits().doFilter(request, response, chain);
    return response;
  }

  @Test
  void aReportOverTwentyMegabytesIsRefusedUnread() throws Exception {
    MockFilterChain chain = new MockFilterChain();
    var response = run(upload("/api/reports/2024/H1/document", 21L * 1024 * 1024), chain);
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("Tệp tải lên quá lớn (tối đa 20 MB)");
    assertThat(chain.getRequest()).as("the controller never ran").isNull();
    assertThat(read).isFalse();
  }

  @Test
  void anAuditExportOverItsLimitIsRefusedUnread() throws Exception {
    MockFilterChain chain = new MockFilterChain();
    var response = run(upload("/api/audit/verify", 65L * 1024 * 1024), chain);
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(chain.getRequest()).isNull();
    assertThat(read).isFalse();
  }

  @Test
  void aBodyWithoutALengthIsRefused() throws Exception {
    MockFilterChain chain = new MockFilterChain();
    var response = run(upload("/api/audit/verify", -1), chain);
    assertThat(response.getStatus()).isEqualTo(411);
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void uploadsWithinTheLimitAndOtherRequestsPass() throws Exception {
    MockFilterChain chain = new MockFilterChain();
    run(upload("/api/reports/2024/H1/document", 200_000), chain);
    assertThat(chain.getRequest()).isNotNull();
    MockFilterChain other = new MockFilterChain();
    run(upload("/engine-rest/task/1/complete", -1), other);
    assertThat(other.getRequest()).isNotNull();
  }
}
