package vn.qcdc.flow.reporting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/** Who receives the agency's QCDC report and how it is signed and sent (qcdc.reporting.*). */
@Component
@ConfigurationProperties("qcdc.reporting")
public class ReportingProperties {

  /** The recipients of "Nơi nhận", in order; the archive copy (Lưu VT) is always added. */
  private List<Recipient> recipients = new ArrayList<>();
  /** The signer's title under the text, e.g. "TRƯỞNG BAN" or "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN". */
  private String signerTitle = "TRƯỞNG BAN";
  /** The sender address of the submission e-mails; unset: qcdc.tasks.mail-from. */
  private String mailFrom;
  /** The general assessment's limits (ReportRules). */
  private Assessment assessment = Assessment.DEFAULTS;

  public Assessment getAssessment() {
    return assessment;
  }

  public void setAssessment(Assessment assessment) {
    this.assessment = assessment;
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

  public List<Recipient> getRecipients() {
    return recipients;
  }

  public void setRecipients(List<Recipient> recipients) {
    this.recipients = recipients;
  }

  public String getSignerTitle() {
    return signerTitle;
  }

  public void setSignerTitle(String signerTitle) {
    this.signerTitle = signerTitle;
  }

  public String getMailFrom() {
    return mailFrom;
  }

  public void setMailFrom(String mailFrom) {
    this.mailFrom = mailFrom;
  }

  public static class Recipient {
    /** Stable code; a dispatch is recorded once per report and code. */
    private String code;
    /** As written under "Nơi nhận". */
    private String name;
    private String email;
    /** As addressed in a covering letter ("Kính gửi: ..."); the short name when not set. */
    private String fullName;

    public String getFullName() {
      return fullName == null || fullName.isBlank() ? name : fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = fullName;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }
  }
}
