package vn.qcdc.flow.engine;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * Keeps what a user submits on a form in the task's own scope.
 *
 * <p>Camunda writes submitted form values to the highest scope that does not
 * yet hold them, normally the process instance. With one task per unit
 * running in parallel, units would then overwrite each other's figures. So
 * when a task is created, every key of its form is declared on the task
 * itself, pre-filled with the value the process already holds (unit name,
 * headcount, last year's text). The task's complete listener checks the
 * values, stores the business record and publishes to the process only what
 * the flow needs (a decision, a date). History keeps the submitted values
 * per task.
 *
 * <p>The keys are those of the form as deployed with the task's process
 * definition ({@link DeployedForms}), so a task of an older release declares
 * the fields its own form shows.
 */
public class TaskScopedFormVariables extends AbstractBpmnParseListener {

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    String formRef = element.attributeNS(new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS), "formRef");
    if (formRef == null || formRef.startsWith("${") || formRef.startsWith("#{")) {
      return;
    }
    UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
        task -> declareLocally(task, keysOf(task, formRef)));
  }

  private static Set<String> keysOf(DelegateTask task, String formRef) {
    Set<String> keys = DeployedForms.keys(task.getProcessEngineServices().getRepositoryService(),
        task.getProcessDefinitionId(), formRef);
    if (keys == null) {
      throw new IllegalStateException("User task " + task.getTaskDefinitionKey()
          + " refers to form '" + formRef + "', which its deployment does not contain");
    }
    return keys;
  }

  private static void declareLocally(DelegateTask task, Set<String> keys) {
    for (String key : keys) {
      if (!task.hasVariableLocal(key)) {
        task.setVariableLocal(key, task.getVariable(key));
      }
    }
  }
}
