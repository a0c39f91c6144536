package vn.qcdc.flow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, makes the test's own application context's engine the JVM's "default"
 * engine. Camunda's REST layer finds its engine in the static ProcessEngines registry, where
 * every Spring context of the test JVM registers one named "default" and the last one wins:
 * without this, a REST test would authenticate and act against another cached context's
 * engine and database. (A node in production has one context and one engine.)
 */
public class ThisContextsEngine extends AbstractTestExecutionListener {

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void beforeTestClass(TestContext context) {
    register(context);
  }

  @Override
  public void beforeTestMethod(TestContext context) {
    register(context);
  }

  private static void register(TestContext context) {
    if (!context.hasApplicationContext()) {
      return;
    }
    String[] engines = context.getApplicationContext().getBeanNamesForType(ProcessEngine.class);
    if (engines.length == 1) {
      ProcessEngines.registerProcessEngine(
          context.getApplicationContext().getBean(engines[0], ProcessEngine.class));
    }
  }
}
