package vn.qcdc.flow.support;

import org.camunda.bpm.engine.ProcessEngine;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.year.JavaHand;

/** Acts through the engine's Java API, as Tasklist does on the server side. */
public class JavaDesk extends JavaHand implements Desk {

  public JavaDesk(ProcessEngine engine, CycleService cycles) {
    super(engine, cycles);
  }
}
