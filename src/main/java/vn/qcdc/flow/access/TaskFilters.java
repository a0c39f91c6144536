package vn.qcdc.flow.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrgUnitRepository;
import vn.qcdc.flow.organisation.Phase;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.tenancy.AgencyContext;

/**
 * Tasklist's filters, in Vietnamese, made at every start: a filter is found
 * by its {@code qcdcFilter} property and updated when its query or columns
 * changed, so renaming or re-running never duplicates one. Every working
 * unit reads the first four; the steering committee and leadership also read
 * "all open QCDC tasks". Tasks stay guarded by their own authorizations: a
 * filter only selects among what the user may see.
 */
@Component
@Order(11)
public class TaskFilters implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TaskFilters.class);
  private static final String CURRENT_GROUPS = "${currentUserGroups()}";

  /** The columns every filter shows: the year, the unit, the review period. */
  static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", "year", "label", "Năm"),
      Map.of("name", "unitName", "label", "Đơn vị"),
      Map.of("name", "periodLabel", "label", "Kỳ"));

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final OrgUnitRepository units;
  private final AccessSetup access;

  public TaskFilters(FilterService filters, TaskService tasks,
      AuthorizationService authorizations, OrgUnitRepository units, AccessSetup access) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.units = units;
    this.access = access;
  }

  @Override
  public void run(ApplicationArguments args) {
    Predicate<UnitKind> working = access.kinds(Phase.WORKING)::contains;
    Predicate<UnitKind> oversight = access.kinds(Phase.OVERSIGHT)::contains;

    define("mine", "Việc của tôi", "Công việc tôi đã nhận", -10, "#3d7ab8", working,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .orderByDueDate().asc().orderByTaskCreateTime().asc());
    define("unit", "Việc của đơn vị", "Công việc giao cho đơn vị của tôi, kể cả việc đã nhận",
        -9, "#4a9a4a", working,
        tasks.createTaskQuery().taskCandidateGroupInExpression(CURRENT_GROUPS)
            .includeAssignedTasks().orderByDueDate().asc().orderByTaskCreateTime().asc());
    define("due-soon", "Sắp đến hạn (3 ngày)", "Việc của đơn vị đến hạn trong 3 ngày tới",
        -8, "#e0a030", working,
        tasks.createTaskQuery().taskCandidateGroupInExpression(CURRENT_GROUPS)
            .includeAssignedTasks().dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(3).toDate()}")
            .orderByDueDate().asc());
    define("overdue", "Quá hạn", "Việc của đơn vị đã quá hạn", -7, "#c0392b", working,
        tasks.createTaskQuery().taskCandidateGroupInExpression(CURRENT_GROUPS)
            .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc());
    define("all-qcdc", "Tất cả việc QCDC đang mở",
        "Mọi công việc đang mở của các quy trình QCDC (Ban Chỉ đạo, Lãnh đạo Ban)", -6,
        "#6c3483", oversight,
        tasks.createTaskQuery()
            .processDefinitionKeyIn(access.qcdcProcessKeys().toArray(String[]::new))
            .orderByDueDate().asc().orderByTaskCreateTime().asc());
  }

  private void define(String id, String name, String description, int priority, String color,
      Predicate<UnitKind> readers, TaskQuery query) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("qcdcFilter", id);
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", COLUMNS);

    Filter filter = filters.createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && id.equals(f.getProperties().get("qcdcFilter")))
        .findFirst().orElse(null);
    if (filter == null) {
      filter = filters.newTaskFilter(name);
      save(filter, name, properties, query);
      LOG.info("Tasklist filter created: {}", name);
    } else if (!Objects.equals(filter.getName(), name)
        || !Objects.equals(filter.getProperties(), properties)
        || !sameQuery(filter, query)) {
      save(filter, name, properties, query);
      LOG.info("Tasklist filter updated: {}", name);
    }
    // Every agency's units (the filters are shared; each agency's groups may read them).
    for (OrgUnit unit : AgencyContext.asBloc(units::findByActiveTrueOrderBySortOrder)) {
      if (readers.test(unit.getKind())) {
        grantRead(unit.getCode(), filter.getId());
      }
    }
  }

  private void save(Filter filter, String name, Map<String, Object> properties, TaskQuery query) {
    filter.setName(name);
    filter.setProperties(properties);
    filter.setQuery(query);
    filters.saveFilter(filter);
  }

  /** Compares the engine's own JSON of both queries. */
  private static boolean sameQuery(Filter existing, TaskQuery query) {
    JsonTaskQueryConverter converter = new JsonTaskQueryConverter();
    return converter.toJson((TaskQueryImpl) query).toString()
        .equals(converter.toJson((TaskQueryImpl) existing.getQuery()).toString());
  }

  private void grantRead(String group, String filterId) {
    boolean granted = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(Resources.FILTER).resourceId(filterId)
        .hasPermission(Permissions.READ).count() > 0;
    if (!granted) {
      var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(Permissions.READ);
      authorizations.saveAuthorization(authorization);
    }
  }
}
