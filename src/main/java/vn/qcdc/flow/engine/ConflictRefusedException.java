package vn.qcdc.flow.engine;

/**
 * Refused because of what already exists (a second cycle for a year, say), not because of the
 * input's form: the REST answer is 409 instead of 400, with the same Vietnamese message.
 */
public class ConflictRefusedException extends InputRefusedException {

  public ConflictRefusedException(String message) {
    super(message);
  }
}
