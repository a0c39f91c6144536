package vn.qcdc.flow.audit;

/** The caller is not an auditor or administrator: answered with 403 and this message. */
public class AuditRefusedException extends RuntimeException {

  public AuditRefusedException(String message) {
    super(message);
  }
}
