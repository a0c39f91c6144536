package vn.qcdc.flow.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Malformed JSON sent to Camunda's REST APIs: 400 with a message that says
 * so. Camunda answers some of these with an empty message, Jackson's own
 * provider with plain text.
 */
final class MalformedJsonMappers {

  private MalformedJsonMappers() {
  }

  @Priority(1)
  public static class Parse implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return Refusals.unreadable(exception);
    }
  }

  @Priority(1)
  public static class Mapping implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return Refusals.unreadable(exception);
    }
  }
}
