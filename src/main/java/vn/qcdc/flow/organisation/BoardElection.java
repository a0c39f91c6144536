package vn.qcdc.flow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The officials' conference's election of the People's Inspection Board: members and term. */
@Entity
@Table(name = "qcdc_board_election")
public class BoardElection {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String id;
  @Column(name = "board_unit")
  private String boardUnit;
  @Column(name = "cycle_year")
  private int year;
  @Column(name = "conference_date")
  private LocalDate conferenceDate;
  @Column(name = "term_start")
  private LocalDate termStart;
  @Column(name = "term_end")
  private LocalDate termEnd;
  private String members;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected BoardElection() {
  }

  BoardElection(String boardUnit, int year, LocalDate conferenceDate, LocalDate termStart,
      LocalDate termEnd, List<String> members, String recordedBy, Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.boardUnit = boardUnit;
    this.year = year;
    this.conferenceDate = conferenceDate;
    this.termStart = termStart;
    this.termEnd = termEnd;
    this.members = String.join(",", members);
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public String getBoardUnit() {
    return boardUnit;
  }

  public int getYear() {
    return year;
  }

  public LocalDate getTermStart() {
    return termStart;
  }

  public LocalDate getTermEnd() {
    return termEnd;
  }

  public List<String> getMembers() {
    return Arrays.stream(members.split(",")).filter(m -> !m.isBlank()).toList();
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getAgency() {
    return agency;
  }
}
