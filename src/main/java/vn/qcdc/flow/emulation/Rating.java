package vn.qcdc.flow.emulation;

/**
 * The rating levels of Nghị định 90/2020/NĐ-CP (đánh giá, xếp loại chất
 * lượng), which the emulation table proposes for each unit (plan III.4).
 */
public enum Rating {
  XUAT_SAC("Hoàn thành xuất sắc nhiệm vụ"),
  TOT("Hoàn thành tốt nhiệm vụ"),
  HOAN_THANH("Hoàn thành nhiệm vụ"),
  KHONG_HOAN_THANH("Không hoàn thành nhiệm vụ");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The level stored under this code (the value of the form's select); null when none. */
  public static Rating byCode(String code) {
    for (Rating rating : values()) {
      if (rating.name().equals(code)) {
        return rating;
      }
    }
    return null;
  }

  /** A level written by its code (TOT) or its Vietnamese name; null when neither. */
  public static Rating parse(String text) {
    String wanted = text.strip();
    for (Rating rating : values()) {
      if (rating.name().equalsIgnoreCase(wanted) || rating.label.equalsIgnoreCase(wanted)) {
        return rating;
      }
    }
    return null;
  }
}
