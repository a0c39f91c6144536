package vn.qcdc.flow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit of the agency; its code is also its Camunda group id. */
@Entity
@Table(name = "qcdc_org_unit")
public class OrgUnit {

  /** The agency the record belongs to: Hibernate sets it and reads only the current agency's. */
  @TenantId
  private String agency;

  @Id
  private String code;
  private String name;
  @Enumerated(EnumType.STRING)
  private UnitKind kind;
  private int headcount;
  @Column(name = "sort_order")
  private int sortOrder;
  private boolean active;
  @Column(name = "updated_at")
  private Instant updatedAt;

  protected OrgUnit() {
  }

  public OrgUnit(String code) {
    this.code = code;
  }

  /** Takes the file's values; true when something changed. */
  boolean update(String name, UnitKind kind, int headcount, int sortOrder, Instant now) {
    boolean changed = !name.equals(this.name) || kind != this.kind
        || headcount != this.headcount || sortOrder != this.sortOrder || !active;
    if (changed) {
      this.name = name;
      this.kind = kind;
      this.headcount = headcount;
      this.sortOrder = sortOrder;
      this.active = true;
      this.updatedAt = now;
    }
    return changed;
  }

  boolean deactivate(Instant now) {
    if (!active) {
      return false;
    }
    active = false;
    updatedAt = now;
    return true;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public UnitKind getKind() {
    return kind;
  }

  public int getHeadcount() {
    return headcount;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public String getAgency() {
    return agency;
  }
}
