package vn.qcdc.flow.access;

import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * What the engine grants a group when a task is offered to it: READ and
 * TASK_WORK (claim, complete; {@code default-user-permission-name-for-task}),
 * plus TASK_ASSIGN so that a member who claimed a task by mistake can give it
 * back (unclaim) or pass it to a colleague. Not UPDATE: no editing of the
 * task's dates, variables or candidate groups.
 *
 * <p>TASK_ASSIGN alone would let a member hand the task to anybody. So the engine itself also
 * refuses (defence in depth behind access/EngineAllowList, for every way in, Java API included)
 * an assignee who is not a member of a group the task is offered to, when a logged-in user who
 * is not an administrator sets it; the engine's own work (no logged-in user) is not affected.
 */
@Component
public class UnitTaskAuthorizations extends AbstractCamundaConfiguration {

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AssignmentGuardOnEveryUserTask());
  }

  static class Provider extends DefaultAuthorizationProvider {

    /**
     * Camunda grants a new user ALL on their own user: also DELETE, and UPDATE of the profile.
     * The allow-list lets a user change only their password, which needs UPDATE; READ and
     * UPDATE are what the engine grants here (AccessSetup narrows grants made before).
     */
    @Override
    public AuthorizationEntity[] newUser(org.camunda.bpm.engine.identity.User user) {
      AuthorizationEntity[] grants = super.newUser(user);
      if (grants != null) {
        for (AuthorizationEntity grant : grants) {
          grant.setPermissions(AccessSetup.OWN_USER);
        }
      }
      return grants;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(
        org.camunda.bpm.engine.task.Task task, String groupId, String type) {
      AuthorizationEntity[] grants = super.newTaskGroupIdentityLink(task, groupId, type);
      if (grants != null) {
        for (AuthorizationEntity grant : grants) {
          grant.addPermission(TaskPermissions.TASK_ASSIGN);
        }
      }
      return grants;
    }
  }

  /** Adds {@link AssignmentGuard} to the assignment event of every user task. */
  static class AssignmentGuardOnEveryUserTask extends AbstractBpmnParseListener {
    private static final AssignmentGuard GUARD = new AssignmentGuard();

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        TaskDefinition definition = behavior.getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, GUARD);
      }
    }
  }

  /** Refuses an assignee outside the unit the task is offered to (see the class). */
  static class AssignmentGuard implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      String assignee = task.getAssignee();
      CommandContext context = Context.getCommandContext();
      Authentication who = context == null ? null : context.getAuthentication();
      if (assignee == null || who == null || who.getUserId() == null
          || (who.getGroupIds() != null && who.getGroupIds().contains(Groups.CAMUNDA_ADMIN))) {
        return;
      }
      Set<String> offeredTo = task.getCandidates().stream()
          .filter(l -> l.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(l.getType()))
          .map(IdentityLink::getGroupId).collect(Collectors.toSet());
      boolean member = !offeredTo.isEmpty() && context.runWithoutAuthorization(() ->
          Context.getProcessEngineConfiguration().getIdentityService().createGroupQuery()
              .groupMember(assignee).list().stream().anyMatch(g -> offeredTo.contains(g.getId())));
      if (!member) {
        throw new AuthorizationException(who.getUserId(), "TASK_ASSIGN (" + assignee
            + " không thuộc đơn vị được giao công việc)", "Task", task.getId());
      }
    }
  }
}
