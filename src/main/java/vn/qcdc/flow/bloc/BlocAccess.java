package vn.qcdc.flow.bloc;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the bloc's bodies may do, granted at every start after the agency's access (idempotent):
 * Tasklist, their own group, the receipt process's definition (Tasklist shows its name), and
 * their filter "Báo cáo chờ tiếp nhận". Nothing else: their receipt tasks are granted by the
 * engine to the group they are offered to (READ, TASK_WORK; access/UnitTaskAuthorizations adds
 * TASK_ASSIGN to give a task back), and no agency's instance, history or unit is theirs.
 */
@Component
@Order(12)
public class BlocAccess implements ApplicationRunner {

  static final String FILTER = "bloc-receipts";
  static final String FILTER_NAME = "Báo cáo chờ tiếp nhận";

  private final BlocProperties bloc;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  public BlocAccess(BlocProperties bloc, AuthorizationService authorizations,
      FilterService filters, TaskService tasks) {
    this.bloc = bloc;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (bloc.bodies().isEmpty()) {
      return;
    }
    String filterId = filter().getId();
    for (BlocProperties.Body body : bloc.bodies()) {
      String group = body.group();
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.GROUP, group, Permissions.READ);
      grant(group, Resources.PROCESS_DEFINITION, BlocReceipts.RECEIPT_PROCESS,
          ProcessDefinitionPermissions.READ);
      grant(group, Resources.FILTER, filterId, Permissions.READ);
    }
  }

  /** The receipt tasks offered to the user's groups, oldest first; made or updated. */
  private Filter filter() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("qcdcFilter", FILTER);
    properties.put("description", "Báo cáo của các cơ quan gửi Khối, chờ tiếp nhận hoặc trả lại");
    properties.put("priority", -11);
    properties.put("color", "#1f618d");
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", List.of(
        Map.of("name", "agencyName", "label", "Cơ quan"),
        Map.of("name", "periodLabel", "label", "Kỳ"),
        Map.of("name", "submittedOnTime", "label", "Thời hạn")));
    Filter filter = filters.createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && FILTER.equals(f.getProperties().get("qcdcFilter")))
        .findFirst().orElseGet(() -> filters.newTaskFilter(FILTER_NAME));
    if (filter.getId() == null || !properties.equals(filter.getProperties())) {
      filter.setName(FILTER_NAME);
      filter.setProperties(properties);
      filter.setQuery(tasks.createTaskQuery().processDefinitionKey(BlocReceipts.RECEIPT_PROCESS)
          .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
          .orderByTaskCreateTime().asc());
      filters.saveFilter(filter);
    }
    return filter;
  }

  private void grant(String group, Resource resource, String resourceId,
      Permission permission) {
    boolean granted = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId)
        .hasPermission(permission).count() > 0;
    if (!granted) {
      var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizations.saveAuthorization(authorization);
    }
  }
}
