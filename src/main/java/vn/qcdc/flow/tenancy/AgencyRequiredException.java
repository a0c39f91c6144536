package vn.qcdc.flow.tenancy;

/**
 * The work needs one agency, and the caller acts for the whole bloc (the bloc's bodies belong
 * to every agency): refused, as a lack of right, not an error of the server.
 */
public class AgencyRequiredException extends IllegalStateException {

  public AgencyRequiredException() {
    super("Thao tác này dành cho cán bộ của một cơ quan; tài khoản của Khối không thực hiện được.");
  }
}
