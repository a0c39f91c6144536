package vn.qcdc.flow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.engine.Clock;

/**
 * Due and follow-up dates of every user task from configuration
 * ({@code qcdc.tasks.*}), so Tasklist sorts and marks them without a change to
 * the models: at task creation, a task the model gave no due date gets
 * now + {@code due.<task id>}; every task with a due date gets a follow-up
 * date {@code follow-up-before} earlier (never in the past). A due date the
 * model sets (dissemination, reviews: from the plan) is kept.
 */
@Component
public class TaskDeadlines extends AbstractCamundaConfiguration {

  private final TaskProperties settings;

  public TaskDeadlines(TaskProperties settings) {
    this.settings = settings;
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> apply(task));
      }
    });
  }

  void apply(DelegateTask task) {
    Instant now = Clock.now();
    Duration due = settings.due().get(task.getTaskDefinitionKey());
    if (task.getDueDate() == null && due != null) {
      task.setDueDate(Date.from(now.plus(due)));
    }
    if (task.getDueDate() != null && task.getFollowUpDate() == null
        && settings.followUpBefore() != null) {
      Instant followUp = task.getDueDate().toInstant().minus(settings.followUpBefore());
      task.setFollowUpDate(Date.from(followUp.isBefore(now) ? now : followUp));
    }
  }
}
