package vn.qcdc.flow.audit;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.tenancy.AgencyContext;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrgUnitRepository;

/**
 * Builds the replay of a cycle from Camunda's history (level full): every
 * process instance of the cycle (the root and everything it called, at any
 * depth), each one's activity instances, the tasks' people, due dates and
 * form values, the user operation log, comments, attachments and incidents.
 *
 * <p><b>Order.</b> MariaDB keeps history times to the second, and a whole day
 * of work can share one second when the engine clock is set, so times alone
 * cannot order a year. Inside one process instance the steps are ordered as
 * Camunda orders them itself ({@code orderPartiallyByOccurrence}): by time,
 * then by the execution's sequence counter. The instances' sequences (and the
 * entries that have no counter: operations, comments, incidents) are then
 * merged by time, ties broken by the moment the engine generated the entry's
 * id (Camunda's default ids are time-based UUIDs, monotonic within a node):
 * a called process's steps therefore come after the call activity that
 * started them and before the steps its end released.
 */
@Service
public class AuditReplay {

  static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  public static final String CYCLE_PROCESS = "qcdc-annual-cycle";

  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final OrgUnitRepository units;

  /** The auditor's agency: the replay shows its instances only (issue 16). */
  private final AgencyContext agencies;

  public AuditReplay(HistoryService history, TaskService tasks, RepositoryService repository,
      OrgUnitRepository units, AgencyContext agencies) {
    this.agencies = agencies;
    this.history = history;
    this.tasks = tasks;
    this.repository = repository;
    this.units = units;
  }

  /** Root process instances (cycles and anything else started on its own), newest first. */
  public List<Replay.Instance> cycles(Integer year, String processKey) {
    var query = history.createHistoricProcessInstanceQuery().rootProcessInstances()
        .tenantIdIn(agencies.agency());
    if (processKey != null && !processKey.isBlank()) {
      query.processDefinitionKey(processKey);
    }
    if (year != null) {
      query.processInstanceBusinessKey("QCDC-" + year);
    }
    return query.orderByProcessInstanceStartTime().desc().list().stream()
        .map(this::instance).toList();
  }

  /** The replay of the cycle whose root instance (or business key QCDC-yyyy) is given. */
  public Replay replay(String rootIdOrBusinessKey) {
    HistoricProcessInstance root = root(rootIdOrBusinessKey);
    List<HistoricProcessInstance> all = instancesOf(root);
    Map<String, String> unitNames = units.findAll().stream()
        .collect(Collectors.toMap(OrgUnit::getCode, OrgUnit::getName));
    Map<String, HistoricTaskInstance> taskByActivityInstance = new HashMap<>();
    for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
        .rootProcessInstanceId(root.getId()).list()) {
      taskByActivityInstance.put(t.getActivityInstanceId(), t);
    }
    Map<String, Map<String, String>> formDataByTask = formDataByTask(all);

    List<List<Pending>> chains = new ArrayList<>();
    List<Pending> loose = new ArrayList<>();
    for (HistoricProcessInstance p : all) {
      Replay.Instance instance = instance(p);
      Map<String, List<Map<String, String>>> opsByTask = operations(instance, loose);
      Map<String, List<Map<String, String>>> commentsByTask = comments(instance, loose);
      attachments(instance, loose);
      incidents(instance, loose);
      chains.add(activities(instance, task -> {
        if (task == null) {
          return null;
        }
        String unit = candidateGroup(task.getId());
        return new TaskFacts(unit, unit == null ? null : unitNames.getOrDefault(unit, unit),
            formDataByTask.getOrDefault(task.getId(), Map.of()),
            opsByTask.getOrDefault(task.getId(), List.of()),
            commentsByTask.getOrDefault(task.getId(), List.of()));
      }, taskByActivityInstance));
    }
    loose.sort(Comparator.comparing((Pending e) -> seconds(e.time)).thenComparingLong(e -> idTime(e.id)));
    chains.add(loose);
    return new Replay(instance(root), all.stream().map(this::instance).toList(), merge(chains));
  }

  /** The root first, then every instance it called at any depth, in the order they started. */
  private List<HistoricProcessInstance> instancesOf(HistoricProcessInstance root) {
    List<HistoricProcessInstance> all = new ArrayList<>();
    all.add(root);
    all.addAll(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getId())
        .list().stream().filter(p -> !p.getId().equals(root.getId()))
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)
            .thenComparing(p -> idTime(p.getId())))
        .toList());
    return all;
  }

  /** The values entered on each task's form (task-scoped variables), by task id. */
  private Map<String, Map<String, String>> formDataByTask(List<HistoricProcessInstance> all) {
    String[] instanceIds = all.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, String>> dataByTask = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instanceIds).disableCustomObjectDeserialization().list()) {
      if (v.getTaskId() != null) {
        dataByTask.computeIfAbsent(v.getTaskId(), k -> new TreeMap<>())
            .put(v.getName(), text(v));
      }
    }
    return dataByTask;
  }

  /**
   * The user operation log of one instance: entries about a task go with the task (returned,
   * by task id, in their order); the others become OPERATION steps.
   */
  private Map<String, List<Map<String, String>>> operations(Replay.Instance p,
      List<Pending> loose) {
    Map<String, List<Map<String, String>>> byTask = new HashMap<>();
    for (UserOperationLogEntry op : history.createUserOperationLogQuery()
        .processInstanceId(p.id()).list()) {
      Map<String, String> o = new LinkedHashMap<>();
      o.put("operation", op.getOperationType());
      o.put("user", nz(op.getUserId()));
      o.put("time", time(op.getTimestamp()));
      o.put("property", nz(op.getProperty()));
      o.put("newValue", nz(op.getNewValue()));
      if (op.getTaskId() != null) {
        byTask.computeIfAbsent(op.getTaskId(), k -> new ArrayList<>()).add(withId(o, op.getId()));
      } else {
        loose.add(new Pending(op.getTimestamp(), 0, op.getId(), Replay.Step.entry("OPERATION", p,
            null, op.getOperationType(), op.getEntityType(), nz(op.getUserId()),
            time(op.getTimestamp()), null, o)));
      }
    }
    byTask.values().forEach(list -> {
      list.sort(Comparator.comparing((Map<String, String> o) -> o.get("time"))
          .thenComparing(o -> idTime(o.get("_id"))));
      list.forEach(o -> o.remove("_id"));
    });
    return byTask;
  }

  /** Comments on one instance: those on a task go with the task, the others are COMMENT steps. */
  private Map<String, List<Map<String, String>>> comments(Replay.Instance p,
      List<Pending> loose) {
    Map<String, List<Map<String, String>>> byTask = new HashMap<>();
    for (Comment c : tasks.getProcessInstanceComments(p.id())) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("user", nz(c.getUserId()));
      m.put("time", time(c.getTime()));
      m.put("text", nz(c.getFullMessage()));
      if (c.getTaskId() != null) {
        byTask.computeIfAbsent(c.getTaskId(), k -> new ArrayList<>()).add(m);
      } else {
        loose.add(new Pending(c.getTime(), 0, c.getId(), Replay.Step.entry("COMMENT", p, null,
            "Ý kiến", null, nz(c.getUserId()), time(c.getTime()), null, m)));
      }
    }
    return byTask;
  }

  private void attachments(Replay.Instance p, List<Pending> loose) {
    for (Attachment a : tasks.getProcessInstanceAttachments(p.id())) {
      Map<String, String> m = new TreeMap<>();
      m.put("name", nz(a.getName()));
      m.put("description", nz(a.getDescription()));
      m.put("type", nz(a.getType()));
      m.put("url", nz(a.getUrl()));
      m.put("taskId", nz(a.getTaskId()));
      loose.add(new Pending(a.getCreateTime(), 0, a.getId(), Replay.Step.entry("ATTACHMENT", p,
          null, a.getName(), null, null, time(a.getCreateTime()), null, m)));
    }
  }

  private void incidents(Replay.Instance p, List<Pending> loose) {
    for (HistoricIncident i : history.createHistoricIncidentQuery().processInstanceId(p.id())
        .list()) {
      Map<String, String> m = new TreeMap<>();
      m.put("type", nz(i.getIncidentType()));
      m.put("message", nz(i.getIncidentMessage()));
      m.put("state", i.isOpen() ? "OPEN" : i.isResolved() ? "RESOLVED" : "DELETED");
      loose.add(new Pending(i.getCreateTime(), 0, i.getId(), Replay.Step.entry("INCIDENT", p,
          i.getActivityId(), "Sự cố", null, null, time(i.getCreateTime()), time(i.getEndTime()),
          m)));
    }
  }

  /** What a user task adds to its activity step. */
  private record TaskFacts(String unit, String unitName, Map<String, String> data,
      List<Map<String, String>> operations, List<Map<String, String>> comments) {
  }

  /** The flow elements one instance passed, in Camunda's own order: time, then sequence counter. */
  private List<Pending> activities(Replay.Instance p,
      java.util.function.Function<HistoricTaskInstance, TaskFacts> factsOf,
      Map<String, HistoricTaskInstance> taskByActivityInstance) {
    List<Pending> chain = new ArrayList<>();
    for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
        .processInstanceId(p.id()).list()) {
      HistoricTaskInstance task = taskByActivityInstance.get(a.getId());
      TaskFacts facts = factsOf.apply(task);
      String due = null;
      Boolean late = null;
      if (task != null && task.getDueDate() != null) {
        due = time(task.getDueDate());
        Date done = task.getEndTime() != null ? task.getEndTime() : Date.from(Clock.now());
        late = seconds(done).after(seconds(task.getDueDate()));
      }
      chain.add(new Pending(a.getStartTime(), sequenceCounter(a), a.getId(),
          new Replay.Step(0, "ACTIVITY", p.id(), p.processKey(), p.processName(),
              // a task's name is resolved (the activity's may hold an expression: "... ${unitName}")
              a.getId(), a.getActivityId(), task != null ? task.getName() : a.getActivityName(),
              a.getActivityType(), facts == null ? null : facts.unit(),
              facts == null ? null : facts.unitName(),
              task != null ? task.getAssignee() : a.getAssignee(),
              time(a.getStartTime()), time(a.getEndTime()), due, late, a.isCanceled(),
              a.getCalledProcessInstanceId(), facts == null ? Map.of() : facts.data(),
              facts == null ? List.of() : facts.operations(),
              facts == null ? List.of() : facts.comments())));
    }
    chain.sort(Comparator.comparing((Pending e) -> seconds(e.time))
        .thenComparingLong(e -> e.counter).thenComparingLong(e -> idTime(e.id)));
    return chain;
  }

  /** The BPMN XML of a process definition, for the view's diagram. */
  public String definitionXml(String definitionId) {
    try (var in = repository.getProcessModel(definitionId)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (org.camunda.bpm.engine.exception.NullValueException
        | org.camunda.bpm.engine.exception.NotFoundException e) {
      throw new AuditNotFoundException("Không tìm thấy mô hình quy trình " + definitionId + ".");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  HistoricProcessInstance root(String rootIdOrBusinessKey) {
    String agency = agencies.agency(); // another agency's instance is not found
    HistoricProcessInstance found = history.createHistoricProcessInstanceQuery()
        .processInstanceId(rootIdOrBusinessKey).tenantIdIn(agency).singleResult();
    if (found == null) {
      found = history.createHistoricProcessInstanceQuery().rootProcessInstances()
          .tenantIdIn(agency)
          .processDefinitionKey(CYCLE_PROCESS).processInstanceBusinessKey(rootIdOrBusinessKey)
          .list().stream().findFirst().orElse(null);
    }
    if (found == null) {
      throw new AuditNotFoundException("Không tìm thấy chu kỳ hoặc quy trình "
          + rootIdOrBusinessKey + " trong lịch sử.");
    }
    if (found.getRootProcessInstanceId() != null
        && !found.getRootProcessInstanceId().equals(found.getId())) {
      return root(found.getRootProcessInstanceId());
    }
    return found;
  }

  /** k-way merge: each chain keeps its own order; heads compete by (second, id time). */
  private static List<Replay.Step> merge(List<List<Pending>> chains) {
    record Head(List<Pending> chain, int index) {
      Pending entry() {
        return chain.get(index);
      }
    }
    PriorityQueue<Head> heads = new PriorityQueue<>(Comparator
        .comparing((Head h) -> seconds(h.entry().time))
        .thenComparingLong(h -> idTime(h.entry().id))
        .thenComparing(h -> h.entry().id));
    chains.stream().filter(c -> !c.isEmpty()).forEach(c -> heads.add(new Head(c, 0)));
    List<Replay.Step> out = new ArrayList<>();
    while (!heads.isEmpty()) {
      Head h = heads.poll();
      out.add(h.entry().step.at(out.size() + 1));
      if (h.index() + 1 < h.chain().size()) {
        heads.add(new Head(h.chain(), h.index() + 1));
      }
    }
    return out;
  }

  private record Pending(Date time, long counter, String id, Replay.Step step) {
  }

  /** Camunda's sequence counter of the activity instance (kept in ACT_HI_ACTINST, not in the API). */
  private static long sequenceCounter(HistoricActivityInstance a) {
    return a instanceof org.camunda.bpm.engine.impl.history.event.HistoryEvent event
        ? event.getSequenceCounter() : 0;
  }

  private String candidateGroup(String taskId) {
    return history.createHistoricIdentityLinkLogQuery().taskId(taskId)
        .type(IdentityLinkType.CANDIDATE).list().stream()
        .filter(l -> l.getGroupId() != null && "add".equals(l.getOperationType()))
        .map(HistoricIdentityLinkLog::getGroupId).findFirst().orElse(null);
  }

  private Replay.Instance instance(HistoricProcessInstance p) {
    return new Replay.Instance(p.getId(), p.getBusinessKey(), p.getProcessDefinitionKey(),
        processName(p), p.getProcessDefinitionId(),
        p.getProcessDefinitionVersion() == null ? 0 : p.getProcessDefinitionVersion(),
        p.getSuperProcessInstanceId(), p.getState(), time(p.getStartTime()),
        time(p.getEndTime()), p.getStartUserId());
  }

  private final Map<String, String> processNames = new java.util.concurrent.ConcurrentHashMap<>();

  private String processName(HistoricProcessInstance p) {
    if (p.getProcessDefinitionName() != null) {
      return p.getProcessDefinitionName();
    }
    return processNames.computeIfAbsent(p.getProcessDefinitionId(), id -> {
      ProcessDefinition d = repository.getProcessDefinition(id);
      return d.getName() == null ? d.getKey() : d.getName();
    });
  }

  private static Map<String, String> withId(Map<String, String> o, String id) {
    o.put("_id", id);
    return o;
  }

  static String text(HistoricVariableInstance v) {
    TypedValue typed = v.getTypedValue();
    if (typed == null || typed.getValue() == null && !(typed instanceof ObjectValue)) {
      return "";
    }
    if (typed instanceof ObjectValue object) {
      return nz(object.getValueSerialized());
    }
    Object value = typed.getValue();
    if (value instanceof Date d) {
      return time(d);
    }
    return String.valueOf(value);
  }

  static String time(Date date) {
    if (date == null) {
      return null;
    }
    return ZonedDateTime.ofInstant(seconds(date).toInstant(), Clock.ZONE).format(TIME);
  }

  /** History times cut to the second, as MariaDB stores them. */
  static Date seconds(Date date) {
    return date == null ? new Date(0) : Date.from(date.toInstant().truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * When the engine generated an id: the timestamp of a time-based UUID (Camunda's default
   * id generator), the number itself for the database id generator, 0 otherwise.
   */
  static long idTime(String id) {
    if (id == null) {
      return 0;
    }
    String tail = id.length() >= 36 ? id.substring(id.length() - 36) : id;
    try {
      UUID uuid = UUID.fromString(tail);
      return uuid.version() == 1 ? uuid.timestamp() : 0;
    } catch (IllegalArgumentException notUuid) {
      String digits = id.replaceAll("^.*?(\\d+)$", "$1");
      try {
        return Long.parseLong(digits);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
