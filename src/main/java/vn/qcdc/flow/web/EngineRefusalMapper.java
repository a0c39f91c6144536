package vn.qcdc.flow.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * The engine's own exceptions that reach REST unwrapped (claim, for one):
 * refusals as in {@link Refusals}, everything else to Camunda's handler.
 */
@Priority(1)
public class EngineRefusalMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    Response refusal = Refusals.answer(exception);
    return refusal != null ? refusal : camunda.toResponse(exception);
  }
}
