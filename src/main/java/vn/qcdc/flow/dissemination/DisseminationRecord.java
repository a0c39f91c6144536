package vn.qcdc.flow.dissemination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.Persistable;
import vn.qcdc.flow.engine.Clock;

/**
 * A unit's dissemination meeting (II.1.c): when, how, who attended, what was covered.
 * {@link Persistable}, so that saving a new record inserts it at once: with an id of its own
 * (a UUID) Spring Data would otherwise merge it, which reads the row by id first (one SELECT
 * per task completion, measured with MariaDB's general log, issue 17 item 11).
 */
@Entity
@Table(name = "qcdc_dissemination")
public class DisseminationRecord implements Persistable<String> {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "cycle_year")
  private int year;
  @Column(name = "unit_code")
  private String unitCode;
  @Column(name = "meeting_date")
  private LocalDate meetingDate;
  @Column(name = "meeting_kind")
  private String meetingKind;
  private int attendance;
  private int headcount;
  @Column(name = "documents_covered")
  private String documentsCovered;
  private String notes;
  @Column(name = "due_date")
  private LocalDate dueDate;
  private boolean late;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;
  /** Made here and not yet stored. */
  @Transient
  private boolean created;

  protected DisseminationRecord() {
  }

  DisseminationRecord(int year, String unitCode) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.unitCode = unitCode;
    this.created = true;
  }

  @PostLoad
  @PostPersist
  void stored() {
    created = false;
  }

  @Override
  @JsonIgnore
  public String getId() {
    return id;
  }

  @Override
  @JsonIgnore
  public boolean isNew() {
    return created;
  }

  void fill(LocalDate meetingDate, String meetingKind, int attendance, int headcount,
      String documentsCovered, String notes, LocalDate dueDate, String recordedBy,
      Instant recordedAt) {
    this.meetingDate = meetingDate;
    this.meetingKind = meetingKind;
    this.attendance = attendance;
    this.headcount = headcount;
    this.documentsCovered = documentsCovered;
    this.notes = notes;
    this.dueDate = dueDate;
    this.late = dueDate != null && recordedAt.isAfter(
        dueDate.plusDays(1).atStartOfDay(Clock.ZONE).toInstant());
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public int getYear() {
    return year;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public String getMeetingKind() {
    return meetingKind;
  }

  public int getAttendance() {
    return attendance;
  }

  public int getHeadcount() {
    return headcount;
  }

  public String getDocumentsCovered() {
    return documentsCovered;
  }

  public boolean isLate() {
    return late;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getAgency() {
    return agency;
  }
}
