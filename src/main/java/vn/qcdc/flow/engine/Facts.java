package vn.qcdc.flow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the process knows, read past the task's own scope. A form may carry
 * the same key read-only (year, headcount, unit name) and its submitted copy
 * lives on the task: never trust that copy for a fact.
 */
public final class Facts {

  private Facts() {
  }

  private static VariableScope process(VariableScope scope) {
    return scope instanceof DelegateTask task ? task.getExecution() : scope;
  }

  public static int year(VariableScope scope) {
    return ((Number) process(scope).getVariable("year")).intValue();
  }

  public static String text(VariableScope scope, String name) {
    Object value = process(scope).getVariable(name);
    return value == null ? null : value.toString();
  }

  public static int number(VariableScope scope, String name) {
    return ((Number) process(scope).getVariable(name)).intValue();
  }
}
