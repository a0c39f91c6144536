package vn.qcdc.flow.emulation;

/**
 * The four levels of the quality assessment (đánh giá, xếp loại chất lượng): the same four in
 * the Party's rules the agency is assessed under (Quy định 132-QĐ/TW, 124-QĐ/TW, 366-QĐ/TW) and
 * in the State's (Nghị định 90/2020/NĐ-CP, 335/2025/NĐ-CP). Not emulation titles: those are
 * considered afterwards under the emulation law (AssessmentRules.TitleRule). The tables propose
 * a level for each unit and official (plan III.4).
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
