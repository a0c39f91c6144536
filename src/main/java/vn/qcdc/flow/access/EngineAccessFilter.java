package vn.qcdc.flow.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.qcdc.flow.access.EngineAllowList.Check;
import vn.qcdc.flow.access.EngineAllowList.Rule;
import vn.qcdc.flow.access.EngineAllowList.Who;
import vn.qcdc.flow.engine.DeployedForms;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrgUnitRepository;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.tenancy.AgencyContext;

/**
 * Deny by default: every call to the engine's REST API, through {@code /engine-rest} (basic
 * auth) and through the webapps' door {@code /camunda/api/engine/engine/{name}} (session and
 * CSRF token), is checked against {@link EngineAllowList} before Jersey sees it. A call the list
 * does not name for the caller, or whose body or ids break the line's rule, gets 403 with a
 * Vietnamese message and never reaches the engine, so it changes nothing. Administrators pass.
 * Registered in {@link EngineAccessConfiguration}, after the REST authentication filter.
 */
public class EngineAccessFilter extends OncePerRequestFilter {

  static final Logger LOG = LoggerFactory.getLogger(EngineAccessFilter.class);
  /** One line per call at DEBUG: what the browser tests record to confirm the list. */
  static final Logger CALLS = LoggerFactory.getLogger("qcdc.engine-calls");

  static final String WEBAPP_PREFIX = "/camunda/api/engine";
  static final String REST_PREFIX = "/engine-rest";
  /** Response header naming the refusal, so a test tells it from the engine's own 403. */
  public static final String REFUSED_HEADER = "X-QCDC-Refused";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FOREIGN = "Dữ liệu chưa hợp lệ: ";
  private static final Set<String> COMPLETION_KEYS = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> START_KEYS =
      Set.of("variables", "businessKey", "withVariablesInReturn");

  /**
   * Request attribute naming the task whose completion's variables this filter checked against
   * the task's form (a server-side attribute: a client cannot set it).
   */
  public static final String FORM_KEYS_CHECKED = "qcdc.formKeysChecked";

  private final ProcessEngine engine;
  private final OrgUnitRepository units;
  private volatile Map<String, UnitKind> kinds = Map.of();
  private volatile long kindsReadAt;
  /** Groups beside the agency's units whose members work their own tasks in Tasklist. */
  private final Set<String> taskGroups;

  public EngineAccessFilter(ProcessEngine engine, OrgUnitRepository units) {
    this(engine, units, Set.of());
  }

  /**
   * {@code taskGroups}: the groups of organisation/PeopleBeyondTheFile (the city bloc's
   * bodies): Tasklist's operations, on the tasks the engine lets them see, and nothing else.
   */
  public EngineAccessFilter(ProcessEngine engine, OrgUnitRepository units,
      Set<String> taskGroups) {
    this.engine = engine;
    this.units = units;
    this.taskGroups = Set.copyOf(taskGroups);
  }

  /** The caller as the filter sees it. */
  public record Caller(String id, Set<String> groups, Set<Who> who, boolean admin) {
  }

  /** The result for one call. */
  public record Decision(boolean allowed, int status, String reason, String template) {
    static Decision allow(String template) {
      return new Decision(true, 0, null, template);
    }

    static Decision refuse(int status, String reason, String template) {
      return new Decision(false, status, reason, template);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    boolean webapp = uri.startsWith(WEBAPP_PREFIX + "/") || uri.equals(WEBAPP_PREFIX);
    String path = enginePath(uri, webapp);
    if (path == null) {
      refuse(response, null, 404, "đường dẫn không hợp lệ.");
      return;
    }
    String method = request.getMethod().toUpperCase();
    if (method.equals("HEAD")) {
      method = "GET"; // Jersey answers HEAD with the GET resource
    }
    Caller caller = caller(request, webapp);
    if (caller == null) {
      if (method.equals("GET") && path.equals("/engine")) {
        chain.doFilter(request, response); // the log-in page asks for the engines' names
        return;
      }
      response.setStatus(401);
      write(response, "{\"type\":\"NotAuthenticated\",\"message\":\"Chưa đăng nhập.\"}");
      return;
    }
    HttpServletRequest forward = request;
    byte[] body = null;
    Optional<Rule> rule = caller.admin() ? Optional.empty()
        : EngineAllowList.find(caller.who(), method, path);
    if (!caller.admin() && rule.isPresent() && rule.get().check() != Check.NONE
        && !method.equals("GET")) {
      body = request.getInputStream().readAllBytes();
      forward = new CachedBody(request, body);
    }
    Decision decision = caller.admin() ? Decision.allow("*")
        : decide(caller, method, path, rule, body, request.getContentType());
    CALLS.debug("{}\t{}\t{}\t{}\t{}\t{}\t{}", webapp ? "webapp" : "engine-rest", method,
        decision.template() == null ? path : decision.template(), caller.id(), caller.who(),
        decision.allowed() ? "allowed" : "refused", path);
    if (!decision.allowed()) {
      LOG.info("Refused {} {} ({}) for {}: {}", method, path, webapp ? "webapp" : "engine-rest",
          caller.id(), decision.reason());
      refuse(response, caller.id(), decision.status(), decision.reason());
      return;
    }
    if (rule.isPresent() && rule.get().check() == Check.FORM_FIELDS) {
      // The form's keys were checked here; web/FormKeysFilter need not query the task again.
      forward.setAttribute(FORM_KEYS_CHECKED, path.substring(1).split("/")[1]);
    }
    chain.doFilter(forward, response);
  }

  /** The decision for a call, body included (null when not read). */
  Decision decide(Caller caller, String method, String path, Optional<Rule> rule, byte[] body,
      String contentType) {
    if (rule.isEmpty()) {
      return Decision.refuse(403, "thao tác " + method + " " + path
          + " không thuộc danh sách được phép cho vai trò của bạn.", null);
    }
    Rule r = rule.get();
    String[] segments = path.substring(1).split("/");
    switch (r.check()) {
      case NONE:
        return Decision.allow(r.template());
      case OWN_PASSWORD:
        return segments[1].equals(caller.id()) ? Decision.allow(r.template())
            : Decision.refuse(403, "chỉ được đổi mật khẩu của chính mình.", r.template());
      default:
        break;
    }
    JsonNode json;
    if (contentType != null && !contentType.toLowerCase().contains("json")) {
      // Not JSON: these operations read JSON only, so Jersey answers 415 and nothing runs.
      return Decision.allow(r.template());
    }
    try {
      json = body == null || body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return Decision.refuse(400, "Nội dung yêu cầu không đọc được (JSON không hợp lệ).",
          r.template());
    }
    if (json == null || json.isMissingNode()) {
      json = JSON.createObjectNode();
    }
    if (!json.isObject()) {
      return Decision.refuse(400, "Nội dung yêu cầu không đọc được (JSON không hợp lệ: cần một"
          + " đối tượng).", r.template());
    }
    String reason = switch (r.check()) {
      case TASK_UNIT -> taskUnit(caller, segments, json);
      case FORM_FIELDS -> formFields(segments[1], json);
      case START_FORM -> startForm(segments, json);
      default -> null;
    };
    if (reason == null) {
      return Decision.allow(r.template());
    }
    // A variable the form does not have is bad data, answered as web/FormKeysFilter does.
    return reason.startsWith(FOREIGN) ? Decision.refuse(400, reason, r.template())
        : Decision.refuse(403, reason, r.template());
  }

  // ------------------------------------------------------------------------- body rules

  private String taskUnit(Caller caller, String[] segments, JsonNode body) {
    String taskId = segments[1];
    String action = segments[2];
    return asEngine(() -> {
      // One query on the usual path: is the task offered to one of the caller's groups?
      boolean offered = !caller.groups().isEmpty() && engine.getTaskService().createTaskQuery()
          .taskId(taskId).taskCandidateGroupIn(new ArrayList<>(caller.groups()))
          .includeAssignedTasks().count() > 0;
      if (!offered) {
        if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
          return null; // unknown or finished: the engine answers 404
        }
        return "công việc thuộc đơn vị hoặc người khác (chỉ thành viên của đơn vị được giao"
            + " công việc mới nhận, trả, giao lại hoặc chia sẻ được).";
      }
      if (body.hasNonNull("groupId")) {
        return "không được chia sẻ công việc với nhóm hoặc đơn vị khác.";
      }
      // A task someone holds (a named inspection, a claimed task) is passed on by its holder
      // only: a colleague of the unit may not take it over (issue 18, III.3).
      if (!action.equals("claim")) {
        Task held = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (held != null && held.getAssignee() != null && !held.getAssignee().equals(caller.id())) {
          return "công việc đang do «" + held.getAssignee() + "» giữ; chỉ người giữ công việc mới"
              + " trả, giao lại hoặc chia sẻ được.";
        }
      }
      String target = body.path("userId").isTextual() ? body.path("userId").asText() : null;
      if (action.equals("claim") && !caller.id().equals(target)) {
        return "chỉ được nhận việc cho chính mình.";
      }
      if (target != null && !target.equals(caller.id())) {
        Set<String> offeredTo = new HashSet<>();
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(taskId)) {
          if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
            offeredTo.add(link.getGroupId());
          }
        }
        boolean member = engine.getIdentityService().createGroupQuery().groupMember(target)
            .list().stream().anyMatch(g -> offeredTo.contains(g.getId()));
        if (!member) {
          return "người nhận «" + target + "» không thuộc đơn vị được giao công việc.";
        }
      }
      if (action.equals("identity-links") && target == null) {
        return "cần chỉ rõ người dùng cùng đơn vị.";
      }
      return null;
    });
  }

  private String formFields(String taskId, JsonNode body) {
    String extra = extraKeys(body, COMPLETION_KEYS);
    if (extra != null) {
      return "khi hoàn thành công việc chỉ được gửi các trường của biểu mẫu (không được gửi "
          + extra + ").";
    }
    JsonNode variables = body.path("variables");
    if (!variables.isObject() || variables.isEmpty()) {
      return null; // nothing to write; a wrong shape is refused by Jersey with its 400
    }
    return asEngine(() -> {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys()
          .singleResult();
      if (task == null) {
        return null; // the engine answers 404
      }
      CamundaFormRef ref = task.getCamundaFormRef();
      Set<String> allowed = ref == null ? null : DeployedForms.keys(
          engine.getRepositoryService(), task.getProcessDefinitionId(), ref.getKey());
      return foreign(variables, allowed == null ? Set.of() : allowed,
          "biểu mẫu của công việc này");
    });
  }

  private String startForm(String[] segments, JsonNode body) {
    String extra = extraKeys(body, START_KEYS);
    if (extra != null) {
      return "quy trình chỉ được khởi động tại sự kiện bắt đầu, với biểu mẫu khởi động (không"
          + " được gửi " + extra + ").";
    }
    JsonNode variables = body.path("variables");
    if (!variables.isObject() || variables.isEmpty()) {
      return null;
    }
    return asEngine(() -> {
      ProcessDefinition definition = segments[1].equals("key")
          ? engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKey(segments[2]).withoutTenantId().latestVersion().singleResult()
          : engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionId(segments[1]).singleResult();
      if (definition == null) {
        return null; // the engine answers 404
      }
      StartFormData form = engine.getFormService().getStartFormData(definition.getId());
      CamundaFormRef ref = form == null ? null : form.getCamundaFormRef();
      // The start form deployed with that definition (docs/upgrading.md: forms by deployment).
      Set<String> allowed = ref == null ? null : DeployedForms.keys(
          engine.getRepositoryService(), definition.getId(), ref.getKey());
      return foreign(variables, allowed == null ? Set.of() : allowed,
          "biểu mẫu khởi động của quy trình này");
    });
  }

  private static String extraKeys(JsonNode body, Set<String> allowed) {
    List<String> extra = new ArrayList<>();
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        extra.add("«" + name + "»");
      }
    }
    return extra.isEmpty() ? null : String.join(", ", extra);
  }

  private static String foreign(JsonNode variables, Set<String> allowed, String form) {
    List<String> foreign = new ArrayList<>();
    for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        foreign.add("«" + name + "»");
      }
    }
    return foreign.isEmpty() ? null
        : FOREIGN + form + " không có trường " + String.join(", ", foreign) + ".";
  }

  /** Runs a look-up as the application, not as the caller (who may not see the task). */
  private <T> T asEngine(java.util.function.Supplier<T> lookup) {
    var identity = engine.getIdentityService();
    Authentication saved = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (saved != null) {
        identity.setAuthentication(saved);
      }
    }
  }

  // ---------------------------------------------------------------------- who, where

  /** The path below the engine root ("/task/1/claim"), or null when it is not a sane path. */
  static String enginePath(String uri, boolean webapp) {
    String rest = uri.substring((webapp ? WEBAPP_PREFIX : REST_PREFIX).length());
    List<String> segments = new ArrayList<>();
    for (String raw : rest.split("/")) {
      if (raw.isEmpty()) {
        continue;
      }
      int semicolon = raw.indexOf(';');
      String segment = semicolon >= 0 ? raw.substring(0, semicolon) : raw;
      try {
        segment = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (segment.equals(".") || segment.equals("..") || segment.contains("/")) {
        return null;
      }
      segments.add(segment);
    }
    // Both doors name the engine: /engine-rest/engine/default/... and /camunda/api/engine/
    // engine/default/...; /engine-rest/... alone is the default engine.
    if (webapp) {
      if (segments.isEmpty() || !segments.get(0).equals("engine")) {
        return null;
      }
    }
    if (!segments.isEmpty() && segments.get(0).equals("engine")) {
      if (segments.size() == 1) {
        return "/engine";
      }
      segments = segments.subList(2, segments.size());
    }
    return "/" + String.join("/", segments);
  }

  /** The logged-in user of the call, or null. */
  Caller caller(HttpServletRequest request, boolean webapp) {
    String id;
    Set<String> groups;
    if (webapp) {
      HttpSession session = request.getSession(false);
      Authentications all = session == null ? null
          : AuthenticationUtil.getAuthsFromSession(session);
      var auth = all == null ? null : all.getAuthenticationForProcessEngine("default");
      if (!(auth instanceof UserAuthentication user)) {
        return null;
      }
      id = user.getIdentityId();
      groups = new HashSet<>(user.getGroupIds());
    } else {
      Authentication auth = engine.getIdentityService().getCurrentAuthentication();
      if (auth == null || auth.getUserId() == null) {
        return null;
      }
      id = auth.getUserId();
      groups = auth.getGroupIds() == null ? new HashSet<>() : new HashSet<>(auth.getGroupIds());
    }
    Set<Who> who = EnumSet.of(Who.ANYONE);
    boolean admin = groups.contains(Groups.CAMUNDA_ADMIN);
    Map<String, UnitKind> known = kinds();
    for (String group : groups) {
      UnitKind kind = known.get(group);
      if (kind == null) {
        if (taskGroups.contains(group)) {
          who.add(Who.UNITS);
        }
        continue;
      }
      switch (kind) {
        case ADMINISTRATORS -> admin = true;
        case AUDITORS -> who.add(Who.AUDITORS);
        case STEERING_COMMITTEE, LEADERSHIP -> {
          who.add(Who.OVERSIGHT);
          who.add(Who.UNITS);
        }
        default -> who.add(Who.UNITS);
      }
    }
    return new Caller(id, groups, who, admin);
  }

  private Map<String, UnitKind> kinds() {
    long now = System.currentTimeMillis();
    if (now - kindsReadAt > 30_000 || kinds.isEmpty()) {
      Map<String, UnitKind> read = new LinkedHashMap<>();
      // Every agency's units: callers of all agencies pass this filter.
      for (OrgUnit unit : AgencyContext.asBloc(units::findByActiveTrueOrderBySortOrder)) {
        read.put(unit.getCode(), unit.getKind());
      }
      kinds = read;
      kindsReadAt = now;
    }
    return kinds;
  }

  private static void refuse(HttpServletResponse response, String user, int status,
      String reason) throws IOException {
    response.setStatus(status);
    response.setHeader(REFUSED_HEADER, "engine-allow-list");
    String message = reason.startsWith(FOREIGN) ? reason
        : status == 400 ? "Dữ liệu chưa hợp lệ: " + reason
        : (user == null ? "Yêu cầu bị từ chối: " : "Người dùng " + user
            + " không có quyền thực hiện thao tác này: ") + reason;
    write(response, JSON.writeValueAsString(Map.of("type", reason.startsWith(FOREIGN)
        ? "InputRefusedException" : status == 400 ? "InvalidRequestException" : "AccessRefused",
        "message", message)));
  }

  private static void write(HttpServletResponse response, String json) throws IOException {
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json");
    response.getWriter().write(json);
  }

  /** The request with its body read once and served again to Jersey. */
  static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          // The whole body is already in memory: it is available, and then all read.
          try {
            if (in.available() > 0) {
              listener.onDataAvailable();
            }
            listener.onAllDataRead();
          } catch (java.io.IOException e) {
            listener.onError(e);
          }
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(),
          getCharacterEncoding() == null ? StandardCharsets.UTF_8
              : java.nio.charset.Charset.forName(getCharacterEncoding())));
    }
  }
}
