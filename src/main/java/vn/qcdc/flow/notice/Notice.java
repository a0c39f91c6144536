package vn.qcdc.flow.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reminder or an escalation the process sent: to whom, about what, when. */
@Entity
@Table(name = "qcdc_notice")
public class Notice {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  /** REMINDER and ESCALATION chase late work; ANSWER carries a reply to whoever asked (II.5.a). */
  public enum Kind { REMINDER, ESCALATION, ANSWER }

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  private String kind;
  private String phase;
  @Column(name = "unit_code")
  private String unitCode;
  @Column(name = "recipient_group")
  private String recipientGroup;
  private String message;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "created_at")
  private Instant createdAt;

  protected Notice() {
  }

  public Notice(int year, Kind kind, String phase, String unitCode, String recipientGroup,
      String message, String processInstanceId, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.kind = kind.name();
    this.phase = phase;
    this.unitCode = unitCode;
    this.recipientGroup = recipientGroup;
    this.message = message;
    this.processInstanceId = processInstanceId;
    this.createdAt = createdAt;
  }

  public int getYear() {
    return year;
  }

  public String getKind() {
    return kind;
  }

  public String getPhase() {
    return phase;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getRecipientGroup() {
    return recipientGroup;
  }

  public String getMessage() {
    return message;
  }

  public String getAgency() {
    return agency;
  }
}
