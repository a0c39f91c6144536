package vn.qcdc.flow.audit;

/** No such cycle or process definition: answered with 404 and this message. */
public class AuditNotFoundException extends RuntimeException {

  public AuditNotFoundException(String message) {
    super(message);
  }
}
