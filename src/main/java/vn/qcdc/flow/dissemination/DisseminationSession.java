package vn.qcdc.flow.dissemination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting at which a unit covered QCDC documents during the year (II.1 third point, III.1):
 * the agency's or the union's meeting, the Party cell's regular or themed session. Recorded
 * as it happens by a member of the unit (qcdc-dissemination-session).
 */
@Entity
@Table(name = "qcdc_dissemination_session")
public class DisseminationSession {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  @Column(name = "unit_code")
  private String unitCode;
  @Column(name = "session_date")
  private LocalDate sessionDate;
  @Column(name = "session_kind")
  private String sessionKind;
  @Column(name = "documents_covered")
  private String documentsCovered;
  private int attendees;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected DisseminationSession() {
  }

  DisseminationSession(String unitCode, LocalDate sessionDate, String sessionKind,
      String documentsCovered, int attendees, String processInstanceId, String recordedBy,
      Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.year = sessionDate.getYear();
    this.unitCode = unitCode;
    this.sessionDate = sessionDate;
    this.sessionKind = sessionKind;
    this.documentsCovered = documentsCovered;
    this.attendees = attendees;
    this.processInstanceId = processInstanceId;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public int getYear() {
    return year;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public LocalDate getSessionDate() {
    return sessionDate;
  }

  public String getSessionKind() {
    return sessionKind;
  }

  public String getDocumentsCovered() {
    return documentsCovered;
  }

  public int getAttendees() {
    return attendees;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getAgency() {
    return agency;
  }
}
