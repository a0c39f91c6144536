package vn.qcdc.flow.access;

import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * What the engine grants a group when a task is offered to it: READ and
 * TASK_WORK (claim, complete; {@code default-user-permission-name-for-task}),
 * plus TASK_ASSIGN so that a member who claimed a task by mistake can give it
 * back (unclaim) or pass it to a colleague. Not UPDATE: no editing of the
 * task's dates, variables or candidate groups.
 */
@Component
public class UnitTaskAuthorizations extends AbstractCamundaConfiguration {

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static class Provider extends DefaultAuthorizationProvider {

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
}
