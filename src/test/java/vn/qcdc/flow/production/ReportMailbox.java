package vn.qcdc.flow.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An SMTP server (GreenMail) in the test JVM that the application nodes send the reports to,
 * and the check that every recipient got every report exactly once. The nodes get the mail
 * server and the two recipients' addresses as arguments ({@link #nodeArguments}): the
 * addresses go through the placeholders of {@code qcdc.reporting.recipients} in
 * application.yaml, so the recipients' list stays the production one.
 */
final class ReportMailbox implements AutoCloseable {

  static final String CITY = "bcd-qcdc@thanhpho.test";
  static final String BLOC = "dang-uy-khoi@thanhpho.test";

  private final int port;
  private final GreenMail smtp;

  ReportMailbox() {
    this.port = freePort();
    this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    smtp.start();
  }

  List<String> nodeArguments() {
    return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
        "--spring.mail.properties.mail.smtp.connectiontimeout=3000",
        "--spring.mail.properties.mail.smtp.timeout=10000",
        "--QCDC_MAIL_CITY_STEERING_COMMITTEE=" + CITY,
        "--QCDC_MAIL_BLOC_PARTY_COMMITTEE=" + BLOC);
  }

  /** Recipient address -> subjects of the messages it received, in arrival order. */
  Map<String, List<String>> received() {
    Map<String, List<String>> byRecipient = new LinkedHashMap<>();
    try {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        for (Address to : message.getAllRecipients()) {
          byRecipient.computeIfAbsent(to.toString(), k -> new ArrayList<>())
              .add(message.getSubject());
        }
      }
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
    return byRecipient;
  }

  /**
   * Each of the two external recipients received one message per document number (the plan
   * and the reports), no more, and nothing else; anyone else (the union's answers, say) got
   * notices only, never a document.
   */
  void assertEachRecipientReceivedEachReportOnce(String... documentNumbers) {
    Map<String, List<String>> received = received();
    assertThat(received).as("recipients of the documents").containsKeys(CITY, BLOC);
    for (Map.Entry<String, List<String>> inbox : received.entrySet()) {
      if (!inbox.getKey().equals(CITY) && !inbox.getKey().equals(BLOC)) {
        assertThat(inbox.getValue()).as("documents to %s", inbox.getKey())
            .noneMatch(subject -> subject.startsWith("Số "));
        continue;
      }
      assertThat(inbox.getValue()).as("messages to %s", inbox.getKey())
          .hasSize(documentNumbers.length);
      for (String number : documentNumbers) {
        assertThat(inbox.getValue()).as("document %s to %s", number, inbox.getKey())
            .filteredOn(subject -> subject.startsWith("Số " + number + " - ")).hasSize(1);
      }
    }
  }

  int messageCount() {
    return smtp.getReceivedMessages().length;
  }

  @Override
  public void close() {
    smtp.stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
