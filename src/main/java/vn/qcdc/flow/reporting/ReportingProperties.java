package vn.qcdc.flow.reporting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.reporting: who receives the agency's QCDC report and how it is signed and sent.
 * Immutable, as every capability's settings (issue 17, item 3).
 *
 * @param recipients the recipients of "Nơi nhận", in order; the archive copy (Lưu VT) is always
 *     added
 * @param signerTitle the signer's title under the text, e.g. "TRƯỞNG BAN" or
 *     "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN"
 * @param mailFrom the sender address of the submission e-mails; unset: qcdc.tasks.mail-from
 * @param assessment the general assessment's limits (ReportRules)
 */
@ConfigurationProperties("qcdc.reporting")
public record ReportingProperties(List<Recipient> recipients,
    @DefaultValue("TRƯỞNG BAN") String signerTitle, String mailFrom,
    @DefaultValue Assessment assessment) {

  public ReportingProperties {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    assessment = assessment == null ? Assessment.DEFAULTS : assessment;
  }

  /** The sender of the submission e-mails: mail-from, else the application's sender. */
  public String mailFromOr(String applicationSender) {
    return mailFrom == null || mailFrom.isBlank() ? applicationSender : mailFrom;
  }

  /**
   * qcdc.reporting.assessment: the agency's own limits for the general assessment of a report
   * (not a legal rule).
   *
   * @param fairMaxLateUnits units that filed late, at most, for "fair"
   * @param fairMaxMissingUnits units that did not file, at most, for "fair"
   * @param fairMaxOverdueCases cases resolved after their limit, at most, for "fair"
   * @param fairMinKeyTasksDonePercent share of the period's key tasks done, in percent, for
   *     "fair" (all of them for "good")
   */
  public record Assessment(@DefaultValue("2") int fairMaxLateUnits,
      @DefaultValue("1") int fairMaxMissingUnits, @DefaultValue("1") int fairMaxOverdueCases,
      @DefaultValue("80") int fairMinKeyTasksDonePercent) {

    public static final Assessment DEFAULTS = new Assessment(2, 1, 1, 80);
  }

  /**
   * One recipient of "Nơi nhận".
   *
   * @param code stable code; a dispatch is recorded once per document and code
   * @param name as written under "Nơi nhận"
   * @param email where the e-mail goes
   * @param fullName as addressed in a covering letter ("Kính gửi: ..."); the short name when
   *     not set
   */
  public record Recipient(String code, String name, String email, String fullName) {

    public Recipient {
      fullName = fullName == null || fullName.isBlank() ? name : fullName;
    }
  }
}
