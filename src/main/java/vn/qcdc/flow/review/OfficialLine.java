package vn.qcdc.flow.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.qcdc.flow.engine.FormInput;

/**
 * One official a unit lists in its year-end review for emulation (III.4), written as a line
 * "Họ và tên; tỷ lệ hoàn thành nhiệm vụ (%); kỷ luật (có/không)", e.g.
 * "Nguyễn Văn An; 95; không". A plain text area keeps the form usable in any Tasklist.
 */
public record OfficialLine(String name, int taskCompletion, boolean disciplined) {

  static final String FORMAT = "Họ và tên; tỷ lệ hoàn thành nhiệm vụ (%); kỷ luật (có/không)";

  /** The lines of a text that was checked when it was filed. */
  public static List<OfficialLine> parseFiled(String text) {
    return parseAll(text, null);
  }

  /** Every line of the text; each bad line becomes a refusal on {@code in} naming its number. */
  public static List<OfficialLine> parseAll(String text, FormInput in) {
    List<OfficialLine> lines = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return lines;
    }
    Set<String> names = new HashSet<>();
    int number = 0;
    for (String raw : text.split("\\R")) {
      number++;
      if (raw.isBlank()) {
        continue;
      }
      String[] parts = raw.split(";");
      String where = "«Cán bộ, công chức đề nghị xếp loại» dòng " + number + ": ";
      if (parts.length != 3) {
        require(in, false, where + "phải có dạng \"" + FORMAT + "\".");
        continue;
      }
      String name = parts[0].strip();
      Integer completion = percent(parts[1].strip());
      Boolean disciplined = yesNo(parts[2].strip());
      require(in, !name.isEmpty() && name.length() <= 120, where + "họ và tên không hợp lệ.");
      require(in, completion != null, where + "tỷ lệ hoàn thành phải là số từ 0 đến 100.");
      require(in, disciplined != null, where + "kỷ luật phải ghi \"có\" hoặc \"không\".");
      require(in, name.isEmpty() || names.add(name.toLowerCase(Locale.ROOT)),
          where + name + " đã có ở dòng trước.");
      if (!name.isEmpty() && completion != null && disciplined != null) {
        lines.add(new OfficialLine(name, completion, disciplined));
      }
    }
    return lines;
  }

  private static void require(FormInput in, boolean rule, String message) {
    if (in != null) {
      in.require(rule, message);
    }
  }

  private static Integer percent(String text) {
    try {
      int value = Integer.parseInt(text.replace("%", "").strip());
      return value >= 0 && value <= 100 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Boolean yesNo(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "có", "co" -> true;
      case "không", "khong" -> false;
      default -> null;
    };
  }
}
