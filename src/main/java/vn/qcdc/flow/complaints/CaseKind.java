package vn.qcdc.flow.complaints;

/** The kinds of case a citizen brings (II.3.c), with their Vietnamese names. */
public enum CaseKind {
  KHIEU_NAI("Khiếu nại"),
  TO_CAO("Tố cáo"),
  KIEN_NGHI_PHAN_ANH("Kiến nghị, phản ánh");

  private final String label;

  CaseKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
