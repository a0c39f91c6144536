package vn.qcdc.flow.review;

/** The two reviews of the year (III.3). */
public enum Period {
  H1("Sơ kết 6 tháng đầu năm"),
  YEAR("Tổng kết năm");

  private final String label;

  Period(String label) {
    this.label = label;
  }

  public String label(int year) {
    return label + " " + year;
  }

  public boolean yearEnd() {
    return this == YEAR;
  }
}
