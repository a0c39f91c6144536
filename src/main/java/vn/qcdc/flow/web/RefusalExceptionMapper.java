package vn.qcdc.flow.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Answers a refused input with 400 (409 for a duplicate cycle) and the
 * Vietnamese message alone, in every Camunda REST application: the public
 * /engine-rest and the API that Tasklist itself calls (/camunda/api/engine).
 * The engine wraps an exception thrown by a task listener, so without this
 * the answer is 500 and Tasklist shows "ENGINE-03051 ... Exception while
 * invoking TaskListener: ..." to the official. A finished or unknown task is
 * 404, a task someone else holds 409 (see {@link Refusals}). Everything else
 * goes to Camunda's own handler. Registered in each Jersey application by
 * {@link RefusalMapperFeature}.
 */
@Priority(1) // ahead of Camunda's mapper for the same exception type
public class RefusalExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    Response refusal = Refusals.answer(exception);
    return refusal != null ? refusal : camunda.toResponse(exception);
  }
}
