package vn.qcdc.flow.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Acts over HTTP as a user would from a script or Tasklist: the
 * application's /api to start a year, Camunda's REST API to claim a task and
 * submit its form, each call with the user's own basic credentials (demo
 * passwords are the user ids).
 */
public class RestDesk implements Desk {

  private final TestRestTemplate http;

  public RestDesk(TestRestTemplate http) {
    this.http = http;
  }

  HttpHeaders as(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, TestPasswords.of(user));
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  /** The user's basic credentials, for a call the desk does not make itself. */
  public HttpHeaders headers(String user) {
    return as(user);
  }

  public ResponseEntity<Map> post(String path, String user, Object body) {
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, as(user)), Map.class);
  }

  @Override
  public String startCycle(int year, String user) {
    ResponseEntity<Map> response = post("/api/cycles", user, Map.of("year", year));
    if (response.getStatusCode().value() != 201) {
      throw new RestRefusal(response);
    }
    return (String) response.getBody().get("processInstanceId");
  }

  @Override
  public void submit(String taskId, String user, Map<String, Object> values) {
    ResponseEntity<Map> claim = post("/engine-rest/task/" + taskId + "/claim", user,
        Map.of("userId", user));
    if (!claim.getStatusCode().is2xxSuccessful()
        && !String.valueOf(claim.getBody()).contains("already claimed")) {
      throw new RestRefusal(claim);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((key, value) -> variables.put(key, typed(value)));
    ResponseEntity<Map> response = post("/engine-rest/task/" + taskId + "/submit-form", user,
        Map.of("variables", variables));
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new RestRefusal(response);
    }
  }

  @Override
  public String startForm(String processKey, String user, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((key, value) -> variables.put(key, typed(value)));
    ResponseEntity<Map> response = post("/engine-rest/process-definition/key/" + processKey
        + "/submit-form", user, Map.of("variables", variables));
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new RestRefusal(response);
    }
    return (String) response.getBody().get("id");
  }

  /** A value as Tasklist sends it: JSON value and Camunda type. */
  static Map<String, Object> typed(Object value) {
    Map<String, Object> v = new LinkedHashMap<>();
    if (value instanceof org.camunda.spin.plugin.variable.value.JsonValue json) {
      v.put("value", json.getValueSerialized());
      v.put("type", "Json");
      return v;
    }
    v.put("value", value);
    v.put("type", value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long"
        : value instanceof Integer ? "Integer" : "String");
    return v;
  }

  /** A refused call: the HTTP status and the server's message. */
  public static class RestRefusal extends RuntimeException {
    public final int status;

    RestRefusal(ResponseEntity<Map> response) {
      super(response.getStatusCode().value() + " "
          + (response.getBody() == null ? "" : response.getBody().get("message")));
      this.status = response.getStatusCode().value();
    }
  }
}
