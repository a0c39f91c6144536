package vn.qcdc.flow.cycle;

import java.time.Instant;

/** An agency's cycle record of a year, for tests of other packages (blocview). */
public final class CycleTestAccess {

  private CycleTestAccess() {
  }

  public static AnnualCycle started(int year, Instant at) {
    return new AnnualCycle(year, "test-" + year, "test", at);
  }
}
