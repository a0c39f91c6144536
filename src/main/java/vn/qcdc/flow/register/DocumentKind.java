package vn.qcdc.flow.register;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of outgoing document the register numbers, with the abbreviation that follows the number
 * ("125-BC/BTGTU"). The plan (KH) and reports (BC) are what the application issues itself; the
 * others are numbered by hand from the register page for documents written outside it.
 */
public enum DocumentKind {
  KH("KH", "Kế hoạch"),
  BC("BC", "Báo cáo"),
  TB("TB", "Thông báo"),
  HD("HD", "Hướng dẫn"),
  TTR("TTr", "Tờ trình"),
  CV("CV", "Công văn");

  private final String code;
  private final String label;

  DocumentKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<DocumentKind> ofCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code)).findFirst();
  }
}
