package vn.qcdc.flow.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A record kept once per agency and year (the cycle, its plan, its work plan; subclasses add
 * {@code @IdClass(AgencyYear.class)}). The agency is part of the key, so it is set by the code
 * (a key cannot be Hibernate's tenant id) and the repositories' queries name it. A new record is
 * inserted at once rather than merged: a merge would read the row by its key first.
 */
@MappedSuperclass
public abstract class AgencyYearRecord implements Persistable<AgencyYear> {

  @Id
  private String agency;
  @Id
  @Column(name = "cycle_year")
  private int year;
  @Transient
  private boolean stored;

  protected AgencyYearRecord() {
  }

  protected AgencyYearRecord(String agency, int year) {
    this.agency = agency;
    this.year = year;
  }

  public String getAgency() {
    return agency;
  }

  public int getYear() {
    return year;
  }

  @PostLoad
  @PostPersist
  void stored() {
    stored = true;
  }

  @Override
  public AgencyYear getId() {
    return new AgencyYear(agency, year);
  }

  @Override
  public boolean isNew() {
    return !stored;
  }
}
