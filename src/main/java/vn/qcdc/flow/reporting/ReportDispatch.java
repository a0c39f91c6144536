package vn.qcdc.flow.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A report delivered to one recipient of "Nơi nhận". The unique (report, recipient) row is what
 * keeps a retried submission from sending twice.
 */
@Entity
@Table(name = "qcdc_report_dispatch")
public class ReportDispatch {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  public static final String EMAIL = "EMAIL";
  public static final String POST = "POST";

  @Id
  private String id;
  @Column(name = "report_id")
  private String reportId;
  private String recipient;
  @Column(name = "recipient_name")
  private String recipientName;
  private String address;
  private String channel;
  @Column(name = "document_version")
  private int documentVersion;
  @Column(name = "message_id")
  private String messageId;
  @Column(name = "sent_at")
  private Instant sentAt;

  protected ReportDispatch() {
  }

  ReportDispatch(String reportId, String recipient, String recipientName, String address,
      String channel, int documentVersion, String messageId, Instant sentAt) {
    this.id = UUID.randomUUID().toString();
    this.reportId = reportId;
    this.recipient = recipient;
    this.recipientName = recipientName;
    this.address = address;
    this.channel = channel;
    this.documentVersion = documentVersion;
    this.messageId = messageId;
    this.sentAt = sentAt;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public String getAddress() {
    return address;
  }

  public String getChannel() {
    return channel;
  }

  public int getDocumentVersion() {
    return documentVersion;
  }

  public String getMessageId() {
    return messageId;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getAgency() {
    return agency;
  }
}
