package vn.qcdc.flow.cycle;

import java.time.Instant;

/** An agency's cycle record of a year, for tests of other packages (blocview). */
public final class CycleTestAccess {

  private CycleTestAccess() {
  }

  public static AnnualCycle started(String agency, int year, Instant at) {
    return new AnnualCycle(agency, year, "test-" + agency + "-" + year, "test", at);
  }
}
