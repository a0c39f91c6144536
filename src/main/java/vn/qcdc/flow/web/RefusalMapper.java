package vn.qcdc.flow.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qcdc.flow.cycle.DuplicateCycleException;
import vn.qcdc.flow.engine.InputRefusedException;

/**
 * Makes Camunda's REST API answer a refused input with 400 (409 for a
 * duplicate cycle) and the Vietnamese message alone. The engine wraps an
 * exception thrown by a listener, so the REST layer would otherwise answer
 * 500 with "Exception while invoking TaskListener: ..." and Tasklist would
 * show that to the official.
 */
@Configuration
class RefusalMapper {

  @Bean
  ResourceConfigCustomizer refusalExceptionMapper() {
    return config -> config.register(new Mapper());
  }

  /** Ahead of Camunda's own mapper for the same type, which it calls for everything else. */
  @Priority(1)
  static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable t = exception; t != null; t = t.getCause()) {
        if (t instanceof InputRefusedException refused) {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("type", refused.getClass().getSimpleName());
          body.put("message", refused.getMessage());
          return Response.status(refused instanceof DuplicateCycleException ? 409 : 400)
              .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
        if (t.getCause() == t) {
          break;
        }
      }
      return camunda.toResponse(exception);
    }
  }
}
