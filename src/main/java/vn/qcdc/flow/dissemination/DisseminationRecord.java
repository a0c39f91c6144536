package vn.qcdc.flow.dissemination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.qcdc.flow.engine.Clock;

/** A unit's dissemination meeting (II.1.c): when, how, who attended, what was covered. */
@Entity
@Table(name = "qcdc_dissemination")
public class DisseminationRecord {

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

  protected DisseminationRecord() {
  }

  DisseminationRecord(int year, String unitCode) {
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.unitCode = unitCode;
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
}
