package vn.qcdc.flow.organisation;

/** The group ids that the BPMN models name as candidate groups. */
public final class Roles {

  public static final String STEERING_COMMITTEE = "ban-chi-dao";
  public static final String LEADERSHIP = "lanh-dao";
  public static final String GENERAL_AFFAIRS = "phong-tong-hop";
  /** The Party cell's committee (cấp ủy, bí thư chi bộ). */
  public static final String PARTY_CELL = "cap-uy";

  private Roles() {
  }
}
