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
import java.util.function.Function;

/**
 * A year of the small agency (organisation/small-agency.yml) driven over HTTP
 * against application nodes, as its users would: each task is taken by a member of
 * its candidate group, claimed and submitted through /engine-rest; the engine clock
 * of a node is moved through /test/clock and the node's own job executor runs the
 * jobs. Which node serves a call, and what happens while the driver waits (a crash),
 * is the {@link Cluster}'s business.
 */
public final class RemoteYear {

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
  }

  static final Map<String, String> MEMBER = Map.of("phong-tong-hop", "tonghop",
      "phong-tuyen-truyen", "tuyentruyen", "cong-doan", "congdoan", "ban-thanh-tra",
      "thanhtra", "cap-uy", "bithu", "lanh-dao", "truongban", "ban-chi-dao", "bcd");

  private final Cluster cluster;
  private final int year;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  /** Task id -> base URL of the node that completed it (for the two-node test). */
  public final Map<String, String> completedOn = new LinkedHashMap<>();

  public RemoteYear(Cluster cluster, int year) {
    this.cluster = cluster;
    this.year = year;
  }

  public String businessKey() {
    return "QCDC-" + year;
  }

  // ----------------------------------------------------------------- steps

  public void clock(int month, int day) {
    String to = String.format("%d-%02d-%02dT00:00", year, month, day);
    for (String node : cluster.all()) {
      call(node, "POST", "/test/clock", null, to, "text/plain");
    }
    cluster.clockMoved(to);
  }

  public void start() {
    clock(1, 5);
    JsonNode r = post("/api/cycles", "bcd", Map.of("year", year));
    if (!r.has("processInstanceId")) {
      throw new AssertionError("Cycle not started: " + r);
    }
  }

  public void plan() {
    completeOne("DraftPlan", Map.of("yearKeyTasks", "Chuyển đổi số\nCải cách hành chính",
        "disseminationDueDate", year + "-02-15"));
    completeOne("ApprovePlan", Map.of("planDecision", "approve"));
  }

  public void disseminate() {
    completeAll("RecordDissemination", 4, group -> Map.of("meetingDate", year + "-01-05",
        "meetingKind", "HOP_CO_QUAN", "attendance", 2L,
        "documentsCovered", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"));
  }

  /** Proposals of every unit; the department of propaganda sends two. */
  public void proposals() {
    completeAll("SubmitProposals", 3, group -> group.equals("phong-tuyen-truyen")
        ? Map.of("proposalsText", "Bổ sung máy tính cho phòng\nTăng kinh phí tuyên truyền")
        : Map.of("noProposals", true));
  }

  /** After CompileProposals: the answers, the conference, the work plan. */
  public void conference() {
    completeAll("AnswerProposal", 2, group -> Map.of("answerKind", "ACCEPTED",
        "answerText", "Lãnh đạo Ban tiếp thu, giao Phòng Tổng hợp thực hiện trong quý."));
    completeOne("RecordConference", Map.of("conferenceDate", year + "-01-05",
        "totalOfficials", 30L, "attendance", 25L, "votesFor", 20L,
        "resolutionSummary", "Thông qua kế hoạch công tác năm."));
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("annualWorkPlan", "Kế hoạch công tác năm " + year + " của Ban.");
    for (int m = 1; m <= 12; m++) {
      plan.put("keyTasksMonth" + m, "Nhiệm vụ trọng tâm tháng " + m + "/" + year);
    }
    completeOne("IssueWorkPlan", plan);
  }

  /**
   * A review up to consolidation: every unit files (accepting the figures the form shows
   * pre-filled, as a unit would), one unit is inspected. At the year end each department
   * lists two officials for the emulation rating.
   */
  public void reviewInputs(String today) {
    boolean yearEnd = today.compareTo(year + "-07-01") >= 0;
    completeEach("FileUnitReview", 2, (id, group) -> review(id, yearEnd
        ? Map.of("officialsListed", OFFICIALS.get(group)) : Map.of()));
    completeEach("FileUnionReview", 1, (id, group) -> review(id, Map.of(
        "propagandaActivities", 4L,
        "sentimentReport", "Cán bộ phấn khởi, yên tâm công tác.")));
    completeEach("FileInspectionBoardReview", 1, (id, group) -> review(id, Map.of(
        "adminSupervision", "Không phát hiện sai phạm.",
        "financeSupervision", "Chi tiêu đúng quy chế.")));
    completeOne("SelectUnitsToInspect", Map.of("inspectedUnits",
        new Typed("[\"phong-tuyen-truyen\"]", "Json")));
    completeOne("InspectUnit", Map.of("inspectionDate", today, "inspectionRating", "GOOD",
        "findingsCount", 1L, "findings", "Đơn vị thực hiện tốt."));
    completeOne("ReviewRegulations", Map.of("regulationsReviewed", 3L, "regulationsAmended", 1L,
        "regulationNotes", "Sửa đổi quy chế chi tiêu nội bộ."));
    completeOne("ReportLeadershipExample", Map.of("leadershipCommitments",
        "Lãnh đạo Ban gương mẫu thực hiện.", "dialoguesHeld", 1L));
  }

  /** After ConsolidateReviews: approval and submission. */
  public void report(String number, String today) {
    completeOne("ApproveReport", Map.of("reportDecision", "approve"));
    completeOne("SubmitReport", Map.of("documentNumber", number, "documentDate", today,
        "archived", true));
  }

  public void ratings() {
    List<JsonNode> open = awaitTasks("ConfirmRating", 2);
    for (JsonNode task : open) {
      String id = task.get("id").asText();
      JsonNode proposed = get("/engine-rest/task/" + id + "/variables/proposedRating", "admin");
      submit(id, "truongban", Map.of("finalRating", proposed.get("value").asText()));
    }
  }

  public void awaitFinished() {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode count = get("/engine-rest/history/process-instance/count?processDefinitionKey="
          + "qcdc-annual-cycle&processInstanceBusinessKey=" + businessKey() + "&finished=true",
          "admin");
      if (count.get("count").asInt() == 1) {
        return;
      }
      cluster.waiting();
      AppNode.sleep(300);
    }
    throw new AssertionError("The cycle " + businessKey() + " did not finish");
  }

  /** The officials each department lists in its year-end review (III.4). */
  static final Map<String, String> OFFICIALS = Map.of(
      "phong-tong-hop", "Phạm Thị Dung; 95; không\nTrần Văn Bình; 80; không",
      "phong-tuyen-truyen", "Hoàng Minh Hải; 90; không\nĐỗ Thị Lan; 70; có");

  /**
   * A review's values: the figures as the form shows them pre-filled (task-local variables
   * declared by the form catalog, 0 where none), the unit's own texts, then {@code extra}.
   */
  Map<String, Object> review(String taskId, Map<String, Object> extra) {
    String kind = get("/engine-rest/task/" + taskId + "/variables/unitKind", "admin")
        .get("value").asText();
    JsonNode local = get("/engine-rest/task/" + taskId + "/localVariables", "admin");
    Map<String, Object> values = new LinkedHashMap<>();
    for (var indicator : vn.qcdc.flow.review.ReviewService.figuresFor(
        vn.qcdc.flow.organisation.UnitKind.valueOf(kind))) {
      JsonNode shown = local.path(indicator.key()).path("value");
      values.put(indicator.key(), shown.isNumber() ? shown.asLong() : 0L);
    }
    values.put("keyTasksResult", "Hoàn thành các nhiệm vụ trọng tâm.");
    values.put("strengths", "Thực hiện nghiêm túc.");
    values.put("shortcomings", "Còn chậm báo cáo.");
    values.putAll(extra);
    return values;
  }

  // ------------------------------------------------------------ mechanics

  record Typed(Object value, String type) {
  }

  public void completeOne(String key, Map<String, Object> values) {
    completeAll(key, 1, group -> values);
  }

  /** Waits until {@code count} tasks of the key are open, then completes each as its group. */
  public void completeAll(String key, int count, Function<String, Map<String, Object>> values) {
    completeEach(key, count, (id, group) -> values.apply(group));
  }

  /** As {@link #completeAll}, the values made from the task id and its group. */
  public void completeEach(String key, int count,
      java.util.function.BiFunction<String, String, Map<String, Object>> values) {
    for (JsonNode task : awaitTasks(key, count)) {
      String id = task.get("id").asText();
      String group = candidateGroup(id);
      String user = MEMBER.get(group);
      if (user == null) {
        throw new AssertionError("No member of " + group + " for " + key);
      }
      submit(id, user, values.apply(id, group));
    }
  }

  public List<JsonNode> awaitTasks(String key, int count) {
    // Generous: a node restarted after a kill on a loaded 2-core CI machine can take minutes
    // before its job executor fires the timers the clock move made due.
    long deadline = System.nanoTime() + Duration.ofSeconds(360).toNanos();
    List<JsonNode> found = List.of();
    while (System.nanoTime() < deadline) {
      found = tasks(key);
      if (found.size() >= count) {
        return found;
      }
      cluster.waiting();
      AppNode.sleep(250);
    }
    throw new AssertionError("Expected " + count + " open " + key + " of " + businessKey()
        + ", found " + found.size());
  }

  public List<JsonNode> tasks(String key) {
    JsonNode list = get("/engine-rest/task?processInstanceBusinessKey=" + businessKey()
        + "&taskDefinitionKey=" + key + "&sortBy=id&sortOrder=asc", "admin");
    List<JsonNode> out = new ArrayList<>();
    list.forEach(out::add);
    return out;
  }

  String candidateGroup(String taskId) {
    for (JsonNode link : get("/engine-rest/task/" + taskId + "/identity-links?type=candidate",
        "admin")) {
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

  HttpResponse<String> call(String node, String method, String path, String user, String body,
      String contentType) {
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
   * The small agency's passwords: each user's id, except the administrator's (outside the demo
   * profile the application refuses to start while an administrator keeps a default one).
   */
  public static String password(String user) {
    return "admin".equals(user) ? ADMIN_PASSWORD : user;
  }

  /** The administrator's password in organisation/small-agency.yml. */
  public static final String ADMIN_PASSWORD = "Kiem-thu-2022!";

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
