package vn.qcdc.flow.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.qcdc.flow.access.EngineAllowList.Check;
import vn.qcdc.flow.access.EngineAllowList.Rule;
import vn.qcdc.flow.access.EngineAllowList.Who;
import vn.qcdc.flow.access.EngineDoors.Answer;
import vn.qcdc.flow.access.EngineDoors.Door;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.hostile.DatabaseFingerprint;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * Every operation of Camunda's REST API, as Camunda itself lists them (openapi.json of
 * camunda-engine-rest-openapi, read from the jar at test time), called as each of the 11 roles
 * through /engine-rest, and every write also through the webapps' door with a real session and
 * CSRF token. Path parameters are real ids of the right kind from one year of work (the cycle,
 * its definition, a department's open task, a timer, the deployment, a filter, the caller
 * itself...). Expected: allowed exactly when {@link EngineAllowList} names the operation for
 * the caller's kind and its rule holds for these ids; a refusal is the allow-list's 403 and the
 * database fingerprint (hostile suite) is unchanged across the operation's refusals. An allowed
 * write is sent with ids that do not exist (so that an administrator's DELETE does not destroy
 * the year the next operations need) and must not be refused by the list. The whole table goes
 * to target/rest-surface[-suffix].tsv.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RestSurfaceScenarios {

  static final String NONE = "khong-co-0000";
  static final Pattern PARAM = Pattern.compile("\\{([^}]+)\\}");

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  DataSource dataSource;
  @LocalServerPort
  int port;

  record Row(String operation, String role, String user, Door door, boolean expected,
      boolean allowed, int status, boolean trace) {
    boolean unexpected() {
      return expected != allowed || trace;
    }
  }

  abstract String tableSuffix();

  @Test
  void everyOperationAnswersEveryRoleExactlyAsTheAllowListSays() throws IOException {
    long started = System.nanoTime();
    Fixture ids = fixture();
    List<String[]> operations = operations();
    EngineDoors doors = new EngineDoors(port);
    DatabaseFingerprint fingerprint = new DatabaseFingerprint(dataSource);
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (String user : AuthorizationMatrixTest.ROLES.values()) {
      groups.put(user, new LinkedHashSet<>(engine.getIdentityService().createGroupQuery()
          .groupMember(user).list().stream().map(Group::getId).toList()));
      doors.session(user); // log in once per user, as a browser does
    }
    Set<String> taskGroups = new LinkedHashSet<>();
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(ids.task)) {
      if (link.getGroupId() != null) {
        taskGroups.add(link.getGroupId());
      }
    }

    // First every refusal, operation by operation, with one fingerprint after each operation:
    // nothing else runs in between, so a difference belongs to that operation's refusals.
    // Then the allowed calls (reads with real ids, writes with ids that exist nowhere).
    List<Row> rows = new ArrayList<>();
    List<Runnable> allowedCalls = new ArrayList<>();
    Map<String, Object> before = fingerprint.take();
    long fingerprintNanos = 0;
    for (String[] operation : operations) {
      String method = operation[0];
      String template = operation[1];
      boolean read = method.equals("GET");
      List<Integer> refusedRows = new ArrayList<>();
      for (var role : AuthorizationMatrixTest.ROLES.entrySet()) {
        String user = role.getValue();
        Set<String> mine = groups.get(user);
        String path = ids.fill(template, user);
        String body = read || method.equals("OPTIONS") ? null : body(template, user);
        boolean expected = expected(mine, user, method, path, template, taskGroups);
        for (Door door : read ? List.of(Door.REST) : List.of(Door.REST, Door.WEBAPP)) {
          if (!expected) {
            Answer answer = doors.call(door, user, method, path, body);
            refusedRows.add(rows.size());
            rows.add(new Row(method + " " + template, role.getKey(), user, door, false,
                !refused(answer), answer.status(), false));
          } else {
            boolean credentials = template.endsWith("/credentials");
            String sent = !read && !credentials ? ids.defuse(template, user) : path;
            String sentBody = credentials ? "{\"password\":\"" + user
                + "\",\"authenticatedUserPassword\":\"" + user + "\"}" : body;
            int index = rows.size();
            rows.add(null);
            allowedCalls.add(() -> {
              Answer answer = doors.call(door, user, method, sent, sentBody);
              rows.set(index, new Row(method + " " + template, role.getKey(), user, door, true,
                  !refused(answer), answer.status(), false));
            });
          }
        }
      }
      if (refusedRows.isEmpty()) {
        continue;
      }
      long f0 = System.nanoTime();
      Map<String, Object> after = fingerprint.take();
      fingerprintNanos += System.nanoTime() - f0;
      if (!Objects.equals(before, after)) {
        for (int i : refusedRows) {
          Row r = rows.get(i);
          rows.set(i, new Row(r.operation(), r.role(), r.user(), r.door(), r.expected(),
              r.allowed(), r.status(), true));
        }
        System.out.println("[rest surface] trace after refusals of " + method + " " + template
            + ": " + difference(before, after));
        before = after;
      }
    }
    allowedCalls.forEach(Runnable::run);
    double seconds = (System.nanoTime() - started) / 1e9;
    write(rows, seconds);

    List<Row> unexpected = rows.stream().filter(Row::unexpected).toList();
    long allowed = rows.stream().filter(Row::allowed).count();
    long refused = rows.size() - allowed;
    long writes = operations.stream().filter(o -> !o[0].equals("GET")).count(); // OPTIONS too
    System.out.printf("[rest surface %s] %d operations (%d writes) x %d roles: %d calls,"
        + " %d allowed, %d refused, %d unexpected, %.0f s (fingerprints %.0f s)%n",
        tableSuffix(), operations.size(), writes, AuthorizationMatrixTest.ROLES.size(),
        rows.size(), allowed, refused, unexpected.size(), seconds, fingerprintNanos / 1e9);
    assertThat(operations).hasSize(399);
    assertThat(writes).isEqualTo(204);
    assertThat(rows).hasSize((int) (operations.size() + writes) * 11);
    assertThat(unexpected).as("unexpected results (see target/rest-surface%s.tsv)",
        tableSuffix()).isEmpty();
    // Every role but the administrators is refused something and allowed something.
    for (String role : AuthorizationMatrixTest.ROLES.keySet()) {
      assertThat(rows).filteredOn(r -> r.role().equals(role)).extracting(Row::expected)
          .contains(true);
      if (!role.equals("Quản trị")) {
        assertThat(rows).filteredOn(r -> r.role().equals(role)).extracting(Row::expected)
            .contains(false);
      }
    }
  }

  /** Refused by the allow-list: its 403 and its header (not the engine's own 403). */
  static boolean refused(Answer answer) {
    return answer.status() == 403 && answer.refusedByList();
  }

  /** What the allow-list says, worked out here from the table and the ids' facts. */
  static boolean expected(Set<String> groups, String user, String method, String path,
      String template, Set<String> taskGroups) {
    if (groups.contains("camunda-admin")) {
      return true;
    }
    Set<Who> who = new LinkedHashSet<>(List.of(Who.ANYONE));
    for (String group : groups) {
      switch (group) {
        case "ban-chi-dao", "lanh-dao" -> {
          who.add(Who.OVERSIGHT);
          who.add(Who.UNITS);
        }
        case "kiem-tra-lich-su" -> who.add(Who.AUDITORS);
        default -> who.add(Who.UNITS);
      }
    }
    Rule rule = EngineAllowList.find(who, method, path).orElse(null);
    if (rule == null) {
      return false;
    }
    if (rule.check() == Check.TASK_UNIT) {
      return groups.stream().anyMatch(taskGroups::contains);
    }
    if (rule.check() == Check.OWN_PASSWORD) {
      return path.equals("/user/" + user + "/credentials");
    }
    return true; // FORM_FIELDS, START_FORM: the body {} has no field to refuse
  }

  /** The body of a write: empty, or naming the caller where the operation names a user. */
  static String body(String template, String user) {
    if (template.startsWith("/task/{id}/") && (template.endsWith("/claim")
        || template.endsWith("/assignee") || template.endsWith("/delegate")
        || template.contains("/identity-links"))) {
      return "{\"userId\":\"" + user + "\",\"type\":\"candidate\"}";
    }
    if (template.endsWith("/credentials")) {
      return "{\"password\":\"Mat-khau-moi-2026!\",\"authenticatedUserPassword\":\"" + user
          + "\"}";
    }
    return "{}";
  }

  static String difference(Map<String, Object> before, Map<String, Object> after) {
    Map<String, String> changed = new TreeMap<>();
    Set<String> keys = new LinkedHashSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      if (!Objects.equals(before.get(key), after.get(key))) {
        changed.put(key, before.get(key) + " -> " + after.get(key));
      }
    }
    return changed.toString();
  }

  /** Camunda's list of operations: method and path template, from the jar on the classpath. */
  static List<String[]> operations() throws IOException {
    List<String[]> operations = new ArrayList<>();
    try (InputStream in = RestSurfaceScenarios.class.getClassLoader()
        .getResourceAsStream("openapi.json")) {
      assertThat(in).as("openapi.json of camunda-engine-rest-openapi").isNotNull();
      JsonNode paths = new ObjectMapper().readTree(in).path("paths");
      for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
          String method = methods.next().toUpperCase();
          if (Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD")
              .contains(method)) {
            operations.add(new String[] {method, path.getKey()});
          }
        }
      }
    }
    return operations;
  }

  void write(List<Row> rows, double seconds) throws IOException {
    StringBuilder tsv = new StringBuilder("operation\trole\tuser\tdoor\texpected\tgot\tstatus"
        + "\ttrace\n");
    for (Row r : rows) {
      tsv.append(String.join("\t", r.operation(), r.role(), r.user(),
          r.door() == Door.REST ? "engine-rest" : "webapp", r.expected() ? "allow" : "deny",
          r.allowed() ? "allow" : "deny", String.valueOf(r.status()),
          r.trace() ? "CHANGED" : "")).append('\n');
    }
    tsv.append("# ").append(String.format("%.0f", seconds)).append(" s\n");
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/rest-surface" + tableSuffix() + ".tsv"), tsv.toString());
  }

  // ------------------------------------------------------------------------ the fixture

  /** One year with the plan approved: departments' dissemination tasks open, timers set. */
  Fixture fixture() {
    return fixture(engine, cycles, 2023);
  }

  /** The same fixture in any engine and year (the agencies' isolation test, issue 16). */
  static Fixture fixture(ProcessEngine engine, CycleService cycles, int year) {
    YearDriver y = new YearDriver(engine, new JavaDesk(engine, cycles), year);
    String cycle = y.start();
    y.draftAndApprovePlan();
    ClockUtil.reset();
    Fixture f = new Fixture();
    f.cycle = cycle;
    f.task = y.taskOf("RecordDissemination", "phong-tuyen-truyen").getId();
    var definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("qcdc-annual-cycle").latestVersion().singleResult();
    f.definition = definition.getId();
    f.deployment = definition.getDeploymentId();
    f.deploymentResource = engine.getRepositoryService().getDeploymentResources(f.deployment).get(0)
        .getId();
    var job = engine.getManagementService().createJobQuery().processInstanceId(cycle).timers()
        .list().stream().findFirst().orElseGet(() -> engine.getManagementService()
            .createJobQuery().timers().list().get(0));
    f.job = job.getId();
    f.jobDefinition = job.getJobDefinitionId();
    f.execution = engine.getTaskService().createTaskQuery().taskId(f.task).singleResult()
        .getExecutionId();
    f.filter = engine.getFilterService().createFilterQuery().list().get(0).getId();
    var decision = engine.getRepositoryService().createDecisionDefinitionQuery().list();
    f.decision = decision.isEmpty() ? NONE : decision.get(0).getId();
    f.decisionKey = decision.isEmpty() ? NONE : decision.get(0).getKey();
    f.variable = engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(cycle).list().get(0).getId();
    f.authorization = engine.getAuthorizationService().createAuthorizationQuery().list().get(0)
        .getId();
    var history = engine.getHistoryService();
    f.historicActivity = history.createHistoricActivityInstanceQuery().processInstanceId(cycle)
        .list().get(0).getId();
    f.historicVariable = history.createHistoricVariableInstanceQuery().processInstanceId(cycle)
        .list().get(0).getId();
    f.historicDetail = history.createHistoricDetailQuery().processInstanceId(cycle).list()
        .get(0).getId();
    var decisions = history.createHistoricDecisionInstanceQuery().list();
    f.historicDecision = decisions.isEmpty() ? NONE : decisions.get(0).getId();
    var jobLogs = history.createHistoricJobLogQuery().list();
    f.jobLog = jobLogs.isEmpty() ? NONE : jobLogs.get(0).getId();
    var operations = history.createUserOperationLogQuery().list();
    f.operationLog = operations.isEmpty() ? NONE : operations.get(0).getOperationId();
    return f;
  }

  /** Real ids by kind of path parameter. */
  static final class Fixture {
    String cycle;
    String task;
    String definition;
    String deployment;
    String deploymentResource;
    String job;
    String jobDefinition;
    String execution;
    String filter;
    String decision;
    String decisionKey;
    String variable;
    String authorization;
    String historicActivity;
    String historicVariable;
    String historicDetail;
    String historicDecision;
    String jobLog;
    String operationLog;

    String fill(String template, String user) {
      return replace(template, user, false);
    }

    /** The same path with ids that exist nowhere (the caller's own user id kept). */
    String defuse(String template, String user) {
      return replace(template, user, true);
    }

    private String replace(String template, String user, boolean defused) {
      Matcher m = PARAM.matcher(template);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String before = template.substring(0, m.start());
        String[] segments = before.split("/");
        String owner = segments.length > 1 ? segments[segments.length - 1] : "";
        String resource = segments.length > 1 ? segments[1] : "";
        String value = defused ? NONE : id(m.group(1), owner, resource, segments, user);
        m.appendReplacement(out, Matcher.quoteReplacement(value));
      }
      m.appendTail(out);
      return out.toString();
    }

    private String id(String name, String owner, String resource, String[] segments,
        String user) {
      switch (name) {
        case "key":
          return resource.equals("process-definition") ? "qcdc-annual-cycle"
              : resource.equals("decision-definition") ? decisionKey : NONE;
        case "tenant-id":
        case "attachmentId":
        case "commentId":
        case "messageName":
          return NONE;
        case "varName":
          return "year";
        case "metrics-name":
          return "activity-instance-start";
        case "resourceId":
          return deploymentResource;
        case "groupId":
          return "phong-tuyen-truyen";
        case "userId":
          return user;
        case "operationId":
          return operationLog;
        default:
          break;
      }
      if (resource.equals("history")) {
        return switch (segments.length > 2 ? segments[2] : "") {
          case "process-instance" -> cycle;
          case "task" -> task;
          case "activity-instance" -> historicActivity;
          case "variable-instance" -> historicVariable;
          case "detail" -> historicDetail;
          case "decision-instance" -> historicDecision;
          case "job-log" -> jobLog;
          default -> NONE;
        };
      }
      return switch (resource) {
        case "task" -> task;
        case "process-instance" -> cycle;
        case "process-definition" -> definition;
        case "deployment" -> deployment;
        case "job" -> job;
        case "job-definition" -> jobDefinition;
        case "execution" -> execution;
        case "filter" -> filter;
        case "decision-definition" -> decision;
        case "variable-instance" -> variable;
        case "authorization" -> authorization;
        case "user" -> user;
        case "group" -> "phong-tuyen-truyen";
        default -> NONE; // incident, batch, external task, tenant, DRD: none in the year
      };
    }
  }
}
