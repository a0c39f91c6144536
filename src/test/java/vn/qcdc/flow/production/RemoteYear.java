package vn.qcdc.flow.production;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year of the small agency ({@link AgencyYear}: its steps and values) driven over HTTP
 * against application nodes, as its users would: each task is taken by a member of its
 * candidate group, claimed and submitted through /engine-rest; the engine clock of a node is
 * moved through /test/clock and the node's own job executor runs the jobs. Which node serves
 * a call, and what happens while the driver waits (a crash), is the {@link Cluster}'s
 * business.
 */
public final class RemoteYear extends AgencyYear {

  /** The nodes behind the driver. */
  public interface Cluster {
    /** Base URL of the node that serves the next call. */
    String next();

    /** Base URLs of every running node (the clock is moved on all of them). */
    List<String> all();

    /** The engine clock was moved to this local date-time on every node. */
    default void clockMoved(String localDateTime) {
    }

    /** Called while the driver waits for the engine: the place to crash a node. */
    default void waiting() {
    }

    /** One node serves every call (its URL read at each call: a restart may move it). */
    static Cluster of(AppNode node) {
      return new Cluster() {
        @Override
        public String next() {
          return node.baseUrl();
        }

        @Override
        public List<String> all() {
          return List.of(node.baseUrl());
        }
      };
    }
  }

  private final Cluster cluster;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  /** Task id -> base URL of the node that completed it (for the two-node test). */
  public final Map<String, String> completedOn = new LinkedHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger requests =
      new java.util.concurrent.atomic.AtomicInteger();

  public RemoteYear(Cluster cluster, int year) {
    super(year);
    this.cluster = cluster;
  }

  // ------------------------------------------------- the primitives, over HTTP

  @Override
  void moveClock(String to) {
    for (String node : cluster.all()) {
      call(node, "POST", "/test/clock", null, to, "text/plain");
    }
    cluster.clockMoved(to);
  }

  @Override
  void startCycle(String user) {
    JsonNode r = post("/api/cycles", user, Map.of("year", year));
    if (!r.has("processInstanceId")) {
      throw new AssertionError("Cycle not started: " + r);
    }
  }

  @Override
  List<String> openTaskIds(String key) {
    return tasks(key).stream().map(t -> t.get("id").asText()).toList();
  }

  @Override
  Object taskVariable(String taskId, String name) {
    return plain(get("/engine-rest/task/" + taskId + "/variables/" + name, READER).get("value"));
  }

  @Override
  Map<String, Object> taskLocalVariables(String taskId) {
    Map<String, Object> out = new LinkedHashMap<>();
    get("/engine-rest/task/" + taskId + "/localVariables", READER).fields()
        .forEachRemaining(e -> out.put(e.getKey(), plain(e.getValue().get("value"))));
    return out;
  }

  @Override
  void submitAs(String taskId, String user, Map<String, Object> values) {
    submit(taskId, user, values);
  }

  @Override
  boolean cycleFinished() {
    JsonNode count = get("/engine-rest/history/process-instance/count?processDefinitionKey="
        + "qcdc-annual-cycle&processInstanceBusinessKey=" + businessKey() + "&finished=true",
        READER);
    return count.get("count").asInt() == 1;
  }

  @Override
  String firstMember(String group) {
    JsonNode found = get("/engine-rest/user?memberOfGroup=" + enc(group)
        + "&sortBy=userId&sortOrder=asc&firstResult=0&maxResults=1", READER);
    return found.size() == 0 ? null : found.get(0).get("id").asText();
  }

  @Override
  void waiting() {
    cluster.waiting();
  }

  /** A JSON value as the Java API gives it: numbers as Long, texts as String. */
  static Object plain(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value.isNumber()) {
      return value.asDouble();
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    return value.isTextual() ? value.asText() : value.toString();
  }

  // ------------------------------------------------------------ mechanics

  record Typed(Object value, String type) {
  }

  /** Waits until {@code count} tasks of the key are open: the tasks as REST lists them. */
  public List<JsonNode> awaitTasks(String key, int count) {
    return await(key, count, () -> tasks(key));
  }

  public List<JsonNode> tasks(String key) {
    JsonNode list = get("/engine-rest/task?processInstanceBusinessKey=" + businessKey()
        + "&taskDefinitionKey=" + key + "&sortBy=id&sortOrder=asc", READER);
    List<JsonNode> out = new ArrayList<>();
    list.forEach(out::add);
    return out;
  }

  @Override
  String candidateGroup(String taskId) {
    for (JsonNode link : get("/engine-rest/task/" + taskId + "/identity-links?type=candidate",
        READER)) {
      if (link.hasNonNull("groupId")) {
        return link.get("groupId").asText();
      }
    }
    throw new AssertionError("Task " + taskId + " has no candidate group");
  }

  public void submit(String taskId, String user, Map<String, Object> values) {
    String node = cluster.next();
    HttpResponse<String> claim = call(node, "POST", "/engine-rest/task/" + taskId + "/claim",
        user, write(Map.of("userId", user)), "application/json");
    if (claim.statusCode() / 100 != 2 && !claim.body().contains("(" + user + ")")) {
      throw new AssertionError("Claim of " + taskId + " by " + user + ": " + claim.body());
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      Map<String, Object> typed = new LinkedHashMap<>();
      if (v instanceof Typed t) {
        typed.put("value", t.value());
        typed.put("type", t.type());
      } else if (v instanceof org.camunda.spin.plugin.variable.value.JsonValue json) {
        // A list the form sends, as the year's script gives it: JSON, as Tasklist sends it.
        typed.put("value", json.getValueSerialized());
        typed.put("type", "Json");
      } else {
        typed.put("value", v);
        typed.put("type", v instanceof Boolean ? "Boolean" : v instanceof Long ? "Long"
            : "String");
      }
      variables.put(k, typed);
    });
    HttpResponse<String> r = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      r = call(node, "POST", "/engine-rest/task/" + taskId + "/submit-form",
          user, write(Map.of("variables", variables)), "application/json");
      if (r.statusCode() != 409 || !r.body().contains("OptimisticLockingException")) {
        break;
      }
      AppNode.sleep(100L * (attempt + 1)); // a job touched the same process: send again
    }
    if (r.statusCode() / 100 != 2) {
      throw new AssertionError("Submit of " + taskId + " by " + user + " on " + node + ": "
          + r.statusCode() + " " + r.body());
    }
    completedOn.put(taskId, node);
  }

  JsonNode post(String path, String user, Object body) {
    return read(call(cluster.next(), "POST", path, user, write(body), "application/json"));
  }

  public JsonNode get(String path, String user) {
    return read(call(cluster.next(), "GET", path, user, null, null));
  }

  public JsonNode getFrom(String node, String path, String user) {
    return read(call(node, "GET", path, user, null, null));
  }

  /** HTTP requests this driver sent. */
  public int requests() {
    return requests.get();
  }

  HttpResponse<String> call(String node, String method, String path, String user, String body,
      String contentType) {
    requests.incrementAndGet();
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node + path.replace(" ", "%20")))
        .timeout(Duration.ofSeconds(60));
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)));
    }
    b.header("Accept", "application/json");
    if (body != null) {
      b.header("Content-Type", contentType);
      b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + node + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode read(HttpResponse<String> r) {
    try {
      return json.readTree(r.body() == null || r.body().isEmpty() ? "{}" : r.body());
    } catch (IOException e) {
      throw new IllegalStateException(r.statusCode() + " " + r.body(), e);
    }
  }

  /**
   * The small agency's passwords: all from ${QCDC_TEST_PASSWORD}, which AppNode sets (outside
   * the demo profile the application refuses to start with a weak or written-in password).
   */
  public static String password(String user) {
    return vn.qcdc.flow.support.TestPasswords.of(user);
  }

  /** The administrator's password in organisation/small-agency.yml. */
  public static final String ADMIN_PASSWORD = vn.qcdc.flow.support.TestPasswords.PASSWORD;

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
