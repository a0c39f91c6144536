package vn.qcdc.flow.engine;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A user task's name in the diagram is a readable static label ("Quán triệt văn bản về QCDC
 * tại đơn vị"); the name each task instance gets is the expression of the extension property
 * {@code taskName} ("Quán triệt văn bản về QCDC - ${unitName}"), set as the task definition's
 * name expression when the model is parsed. Tasklist, history and the reports see the same
 * names as before, and no diagram shows a raw ${...}. A task without the property keeps its
 * name attribute as the expression, as the released 1.0.0 models have it.
 */
public class DynamicTaskNames extends AbstractBpmnParseListener {

  public static final String PROPERTY = "taskName";

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    String expression = property(element);
    if (expression == null || expression.isBlank()) {
      return;
    }
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTask.getTaskDefinition().setNameExpression(Context.getProcessEngineConfiguration()
          .getExpressionManager().createExpression(expression));
    }
  }

  static String property(Element element) {
    Element extensions = element.element("extensionElements");
    if (extensions == null) {
      return null;
    }
    Element properties = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return null;
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS,
        "property")) {
      if (PROPERTY.equals(property.attribute("name"))) {
        return property.attribute("value");
      }
    }
    return null;
  }
}
