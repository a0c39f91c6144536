package vn.qcdc.flow.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.task.IdentityLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrgUnitRepository;
import vn.qcdc.flow.organisation.Roles;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.Phase;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.organisation.Agencies;
import vn.qcdc.flow.tenancy.AgencyContext;

/**
 * Who may do what, granted at every start (after the organisation sync) and
 * idempotently: a grant that exists is left alone, a missing one is added.
 * The rules are written by unit kind and over every deployed process whose
 * key starts with {@code qcdc-}, so a new unit or a new process needs no code:
 *
 * <ul>
 *   <li><b>every working unit</b> (departments, centres, union, inspection
 *       board, Party cell, steering committee, leadership): Tasklist; reads
 *       the QCDC process definitions (diagram, form) and the directory of
 *       users. Tasks themselves are not granted here: the engine grants
 *       READ + TASK_WORK on a task to the group it is offered to
 *       ({@code default-user-permission-name-for-task: TASK_WORK}), so a
 *       unit sees and completes only its own tasks and reads variables only
 *       through them.</li>
 *   <li><b>steering committee and leadership</b> (oversight): also Cockpit;
 *       read every instance, task, variable and the history of every QCDC
 *       process and decision; read deployments. Nothing that changes a
 *       deployment, a user or an authorization.</li>
 *   <li><b>starters</b>: the roles that start it (organisation/Roles), a released model's
 *       candidateStarterGroups, plus {@code qcdc.access.starters} may start that process, and
 *       every unit of the phase {@code qcdc.access.phase-starters} names for it.</li>
 *   <li><b>auditors</b>: Cockpit; read the history of every process and
 *       decision, the operation log and the directory. No Tasklist, no task,
 *       no instance, no start.</li>
 *   <li><b>administrators</b>: everything (they are Camunda's admin group too).</li>
 * </ul>
 */
@Component
@Order(10)
public class AccessSetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);
  private static final String ANY = "*";

  /** What a user holds on their own user: read it, change the password (issue 12). */
  static final Permission[] OWN_USER = {Permissions.READ, Permissions.UPDATE};

  private final AuthorizationService authorizations;
  private final RepositoryService repository;
  private final JdbcTemplate jdbc;
  private final OrgUnitRepository units;
  private final AccessProperties properties;
  private final Roles roles;
  private final OrganisationRegistry organisation;
  private final Agencies agencies;
  private int added;
  /** The grants read in this run, by resource type and "*" or not, then group and resource. */
  private final Map<String, Map<String, Authorization>> grants = new HashMap<>();

  public AccessSetup(AuthorizationService authorizations, RepositoryService repository,
      JdbcTemplate jdbc, OrgUnitRepository units, AccessProperties properties,
      Roles roles, OrganisationRegistry organisation, Agencies agencies) {
    this.agencies = agencies;
    this.jdbc = jdbc;
    this.roles = roles;
    this.organisation = organisation;
    this.authorizations = authorizations;
    this.repository = repository;
    this.units = units;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    grantAll();
  }

  /** Grants every rule; returns how many grants were added or widened (0 on a second run). */
  public synchronized int grantAll() {
    added = 0;
    grants.clear();
    Map<String, String> latest = latestQcdcDefinitions();
    List<String> processKeys = List.copyOf(latest.keySet());
    List<String> decisionKeys = repository.createDecisionDefinitionQuery().latestVersion().list()
        .stream().map(d -> d.getKey()).filter(k -> k.startsWith(properties.processKeyPrefix()))
        .distinct().toList();
    Set<UnitKind> working = organisation.kinds(Phase.WORKING);
    Set<UnitKind> oversight = organisation.kinds(Phase.OVERSIGHT);
    // Every agency's units: their group ids differ, and the tenant check keeps each agency's
    // groups to their own agency's instances.
    for (OrgUnit unit : AgencyContext.asBloc(units::findByActiveTrueOrderBySortOrder)) {
      String group = unit.getCode();
      // administrators and auditors by their kind; the others by qcdc.phases (working,
      // oversight)
      if (unit.getKind() == UnitKind.ADMINISTRATORS) {
        grantAdministrators(group);
      } else if (unit.getKind() == UnitKind.AUDITORS) {
        grantAuditors(group);
      }
      if (working.contains(unit.getKind())) {
        grantWorkingUnit(group, processKeys);
      }
      if (oversight.contains(unit.getKind())) {
        grantOversight(group, processKeys, decisionKeys);
      }
    }
    narrowOwnUserGrants();
    for (String agency : agencies.codes()) {
      AgencyContext.run(agency, () -> grantStarters(processKeys, latest));
    }
    LOG.info("Authorizations: {} QCDC processes, {} decisions; {}", processKeys.size(),
        decisionKeys.size(), added == 0 ? "nothing to add" : added + " grants added");
    return added;
  }

  private void grantAdministrators(String group) {
    for (Resource resource : Resources.values()) {
      grant(group, resource, ANY, Permissions.ALL);
    }
  }

  /** Cockpit and every history, read-only; no Tasklist, task, instance or variable. */
  private void grantAuditors(String group) {
    grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
        HistoricProcessInstancePermissions.READ);
    grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grant(group, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
    grant(group, Resources.USER, ANY, Permissions.READ);
    grant(group, Resources.GROUP, ANY, Permissions.READ);
  }

  /** Tasklist and the QCDC definitions; its tasks are granted by the engine as they are created. */
  private void grantWorkingUnit(String group, List<String> processKeys) {
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.USER, ANY, Permissions.READ);
    grant(group, Resources.GROUP, group, Permissions.READ);
    for (String key : processKeys) {
      grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ);
    }
  }

  /** The steering committee and leadership: Cockpit, and reading every QCDC instance. */
  private void grantOversight(String group, List<String> processKeys, List<String> decisionKeys) {
    grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(group, Resources.GROUP, ANY, Permissions.READ);
    // Cockpit's task dashboard (tasks per group) reads the task report, which needs READ on
    // every task; oversight reads every QCDC task already (READ_TASK below), and units get
    // no right to create a task of their own, so this opens nothing new.
    grant(group, Resources.TASK, ANY, Permissions.READ);
    for (String key : processKeys) {
      grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
          ProcessDefinitionPermissions.READ_TASK_VARIABLE,
          ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    }
    for (String key : decisionKeys) {
      grant(group, Resources.DECISION_DEFINITION, key, Permissions.READ, Permissions.READ_HISTORY);
    }
  }

  /** qcdc.access.starters and the models' candidate starter groups may start the process. */
  private void grantStarters(List<String> processKeys, Map<String, String> latest) {
    for (String key : processKeys) {
      for (String group : startersOf(key, latest.get(key))) {
        grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
      }
    }
  }

  /**
   * Users created before issue 12 hold Camunda's default ALL on their own user (DELETE
   * included); it becomes READ + UPDATE, as the engine now grants it
   * (UnitTaskAuthorizations). Administrators keep everything through their group.
   */
  private void narrowOwnUserGrants() {
    for (Authorization own : authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).resourceType(Resources.USER).list()) {
      if (own.getUserId() == null || !own.getUserId().equals(own.getResourceId())) {
        continue;
      }
      if (own.isPermissionGranted(Permissions.DELETE)
          || !own.isPermissionGranted(Permissions.UPDATE)) {
        own.setPermissions(OWN_USER);
        authorizations.saveAuthorization(own);
        added++;
      }
    }
  }

  /** The kinds of unit in a phase (qcdc.phases: working, oversight). */
  Set<UnitKind> kinds(Phase phase) {
    return organisation.kinds(phase);
  }

  /** The keys of the deployed processes that belong to the application. */
  public List<String> qcdcProcessKeys() {
    return List.copyOf(latestQcdcDefinitions().keySet());
  }

  /**
   * The id of the latest definition of each of the application's process keys, by key. Read
   * from the engine's table (as progress/ProgressService reads its history): the engine's
   * process definition query also parses every definition it returns with the model API, XML
   * schema validation included, to fetch its documentation
   * (enableFetchProcessDefinitionDescription), which was most of the access set-up's time at
   * every start (issue 17, item 11). Tasklist still fetches it when it lists the processes.
   */
  private Map<String, String> latestQcdcDefinitions() {
    Map<String, String> latest = new TreeMap<>();
    Map<String, Integer> versions = new HashMap<>();
    jdbc.query("SELECT KEY_, ID_, VERSION_ FROM ACT_RE_PROCDEF WHERE KEY_ LIKE ?", rs -> {
      String key = rs.getString(1);
      int version = rs.getInt(3);
      if (key.startsWith(properties.processKeyPrefix())
          && version > versions.getOrDefault(key, Integer.MIN_VALUE)) {
        versions.put(key, version);
        latest.put(key, rs.getString(2));
      }
    }, properties.processKeyPrefix().replace("_", "\\_").replace("%", "\\%") + "%");
    return latest;
  }

  private Set<String> startersOf(String key, String latestId) {
    Set<String> groups = new LinkedHashSet<>(roles.startersOf(key));
    groups.addAll(properties.starters().getOrDefault(key, List.of()));
    String phase = properties.phaseStarters().get(key);
    if (phase != null) {
      groups.addAll(organisation.codesFor(phase));
    }
    for (IdentityLink link : repository.getIdentityLinksForProcessDefinition(latestId)) {
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Map<String, Authorization> slice = grants.computeIfAbsent(slice(resource, resourceId),
        k -> load(resource, resourceId));
    String key = group + "|" + resourceId;
    Authorization existing = slice.get(key);
    Authorization authorization = existing;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    List<Permission> missing = new ArrayList<>();
    for (Permission p : permissions) {
      if (existing == null || !authorization.isPermissionGranted(p)) {
        missing.add(p);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    missing.forEach(authorization::addPermission);
    authorizations.saveAuthorization(authorization);
    // as stored (its revision), for a later grant on the same resource in this run
    slice.put(key, authorizations.createAuthorizationQuery()
        .authorizationId(authorization.getId()).singleResult());
    added++;
  }

  private static String slice(Resource resource, String resourceId) {
    return resource.resourceType() + (ANY.equals(resourceId) ? "|*" : "|each");
  }

  /**
   * The group grants of one resource type, read once per run (was one query and one commit
   * per grant: 134 of the 335 selects and 134 of the 234 commits of a warm start on the small
   * agency, 0.6-0.9 s; issue 17 item 11): on "*" only when the grant is on every resource, so
   * that the engine's grants on single tasks and instances are never read.
   * The first grant of a group on a resource wins, as the query's first row did before.
   */
  private Map<String, Authorization> load(Resource resource, String resourceId) {
    var query = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(resource);
    if (ANY.equals(resourceId)) {
      query.resourceId(ANY);
    }
    Map<String, Authorization> slice = new HashMap<>();
    for (Authorization a : query.list()) {
      if (a.getGroupId() != null) {
        slice.putIfAbsent(a.getGroupId() + "|" + a.getResourceId(), a);
      }
    }
    return slice;
  }
}
