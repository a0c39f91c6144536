package vn.qcdc.flow.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen's case (II.3.c): intake, classification, the statutory clock, the outcome. The
 * citizen's identity lives only here, never in the engine's variables or history.
 */
@Entity
@Table(name = "qcdc_complaint")
public class Complaint {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  public static final String RECEIVED = "RECEIVED";
  public static final String ACCEPTED = "ACCEPTED";
  public static final String NOT_ACCEPTED = "NOT_ACCEPTED";
  public static final String FORWARDED = "FORWARDED";
  public static final String RESOLVED = "RESOLVED";

  @Id
  private String id;
  @Column(name = "case_number")
  private String caseNumber;
  @Column(name = "cycle_year")
  private int year;
  private int seq;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "received_on")
  private LocalDate receivedOn;
  private String channel;
  @Column(name = "citizen_name")
  private String citizenName;
  @Column(name = "citizen_address")
  private String citizenAddress;
  @Column(name = "citizen_contact")
  private String citizenContact;
  @Column(name = "remote_area")
  private boolean remoteArea;
  private String content;
  @Column(name = "content_nature")
  private String contentNature;
  @Column(name = "concerns_agency")
  private boolean concernsAgency;
  @Column(name = "proposed_kind")
  private String proposedKind;
  @Column(name = "proposed_competence")
  private String proposedCompetence;
  @Column(name = "case_kind")
  private String caseKind;
  private String competence;
  @Column(name = "override_reason")
  private String overrideReason;
  @Column(name = "handling_unit")
  private String handlingUnit;
  @Column(name = "acceptance_due")
  private LocalDate acceptanceDue;
  private Boolean accepted;
  @Column(name = "accepted_on")
  private LocalDate acceptedOn;
  @Column(name = "accepted_late")
  private boolean acceptedLate;
  @Column(name = "acceptance_note")
  private String acceptanceNote;
  @Column(name = "resolution_due")
  private LocalDate resolutionDue;
  private int extensions;
  @Column(name = "resolved_on")
  private LocalDate resolvedOn;
  @Column(name = "on_time")
  private Boolean onTime;
  @Column(name = "decision_number")
  private String decisionNumber;
  private String outcome;
  @Column(name = "citizen_notified_on")
  private LocalDate citizenNotifiedOn;
  @Column(name = "forwarded_to")
  private String forwardedTo;
  @Column(name = "forwarded_on")
  private LocalDate forwardedOn;
  @Column(name = "supervision_note")
  private String supervisionNote;
  private String status;
  @Column(name = "received_by")
  private String receivedBy;
  @Column(name = "created_at")
  private Instant createdAt;

  protected Complaint() {
  }

  Complaint(int year, int seq, String processInstanceId, LocalDate receivedOn, String channel,
      String citizenName, String citizenAddress, String citizenContact, boolean remoteArea,
      String content, String contentNature, boolean concernsAgency, String receivedBy,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.seq = seq;
    this.caseNumber = String.format("ĐT-%d-%03d", year, seq);
    this.processInstanceId = processInstanceId;
    this.receivedOn = receivedOn;
    this.channel = channel;
    this.citizenName = citizenName;
    this.citizenAddress = citizenAddress;
    this.citizenContact = citizenContact;
    this.remoteArea = remoteArea;
    this.content = content;
    this.contentNature = contentNature;
    this.concernsAgency = concernsAgency;
    this.receivedBy = receivedBy;
    this.createdAt = at;
    this.status = RECEIVED;
  }

  void proposed(String kind, String competence) {
    this.proposedKind = kind;
    this.proposedCompetence = competence;
  }

  void classify(String kind, String competence, String overrideReason, String handlingUnit,
      LocalDate acceptanceDue) {
    this.caseKind = kind;
    this.competence = competence;
    this.overrideReason = overrideReason;
    this.handlingUnit = handlingUnit;
    this.acceptanceDue = acceptanceDue;
  }

  void forward(String to, LocalDate on, String note) {
    this.forwardedTo = to;
    this.forwardedOn = on;
    this.outcome = note;
    this.citizenNotifiedOn = on;
    this.status = FORWARDED;
  }

  void decideAcceptance(boolean accepted, LocalDate on, String note, LocalDate resolutionDue) {
    this.accepted = accepted;
    this.acceptedOn = on;
    this.acceptedLate = on.isAfter(acceptanceDue);
    this.acceptanceNote = note;
    this.resolutionDue = resolutionDue;
    this.status = accepted ? ACCEPTED : NOT_ACCEPTED;
    if (!accepted) {
      this.citizenNotifiedOn = on;
    }
  }

  void extend(LocalDate newDue) {
    this.extensions++;
    this.resolutionDue = newDue;
  }

  void resolve(LocalDate on, String decisionNumber, String outcome, LocalDate notifiedOn) {
    this.resolvedOn = on;
    this.decisionNumber = decisionNumber;
    this.outcome = outcome;
    this.citizenNotifiedOn = notifiedOn;
    this.onTime = !on.isAfter(resolutionDue);
    this.status = RESOLVED;
  }

  void supervise(String note) {
    this.supervisionNote = note;
  }

  public String getId() {
    return id;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public int getYear() {
    return year;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public String getChannel() {
    return channel;
  }

  public String getCitizenName() {
    return citizenName;
  }

  public String getCitizenAddress() {
    return citizenAddress;
  }

  public String getCitizenContact() {
    return citizenContact;
  }

  public boolean isRemoteArea() {
    return remoteArea;
  }

  public String getContent() {
    return content;
  }

  public String getContentNature() {
    return contentNature;
  }

  public boolean isConcernsAgency() {
    return concernsAgency;
  }

  public String getProposedKind() {
    return proposedKind;
  }

  public String getProposedCompetence() {
    return proposedCompetence;
  }

  public String getCaseKind() {
    return caseKind;
  }

  public String getCompetence() {
    return competence;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getHandlingUnit() {
    return handlingUnit;
  }

  public LocalDate getAcceptanceDue() {
    return acceptanceDue;
  }

  public Boolean getAccepted() {
    return accepted;
  }

  public LocalDate getAcceptedOn() {
    return acceptedOn;
  }

  public boolean isAcceptedLate() {
    return acceptedLate;
  }

  public LocalDate getResolutionDue() {
    return resolutionDue;
  }

  public int getExtensions() {
    return extensions;
  }

  public LocalDate getResolvedOn() {
    return resolvedOn;
  }

  public Boolean getOnTime() {
    return onTime;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public String getOutcome() {
    return outcome;
  }

  public LocalDate getCitizenNotifiedOn() {
    return citizenNotifiedOn;
  }

  public String getForwardedTo() {
    return forwardedTo;
  }

  public String getSupervisionNote() {
    return supervisionNote;
  }

  public String getStatus() {
    return status;
  }

  public String getAgency() {
    return agency;
  }
}
