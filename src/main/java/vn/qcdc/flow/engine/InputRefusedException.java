package vn.qcdc.flow.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that the agency's rules refuse: a form with a count out of range, a
 * duplicate cycle, a missing reason. Extends Camunda's form validation
 * exception so that the REST API (and so Tasklist) answers 400 with this
 * Vietnamese message, and the command's transaction rolls back: nothing is
 * changed.
 */
public class InputRefusedException extends FormFieldValidationException {

  public InputRefusedException(String message) {
    super("qcdc", message);
  }
}
