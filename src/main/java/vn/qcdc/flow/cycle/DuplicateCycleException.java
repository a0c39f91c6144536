package vn.qcdc.flow.cycle;

import vn.qcdc.flow.engine.ConflictRefusedException;

/** A second cycle for a year that has one. */
public class DuplicateCycleException extends ConflictRefusedException {

  public DuplicateCycleException(int year) {
    super("Chu kỳ QCDC năm " + year + " đã được khởi động; mỗi năm chỉ có một chu kỳ.");
  }
}
