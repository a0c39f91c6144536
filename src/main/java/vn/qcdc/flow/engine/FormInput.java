package vn.qcdc.flow.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a user submitted on a Camunda Form and checks it again on the
 * server (Tasklist's checks run only in the browser). Collects every problem,
 * then refuses the whole submission at once with a Vietnamese message.
 */
public final class FormInput {

  /** Free text longer than this is refused; the business columns are TEXT. */
  public static final int MAX_TEXT = 4000;

  private static final java.util.regex.Pattern MARKUP =
      java.util.regex.Pattern.compile("<\\s*[a-zA-Z/!?]");
  /** Control characters other than tab and line breaks. */
  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  /** yyyy-MM-dd, optionally followed by a time as form-js and ISO clients send it. */
  private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?"
      + "(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  private FormInput(VariableScope scope) {
    this.scope = scope;
  }

  public static FormInput of(VariableScope scope) {
    return new FormInput(scope);
  }

  public String text(String key, String label) {
    String value = optionalText(key, label);
    if (value == null) {
      problems.add("«" + label + "» là bắt buộc.");
    }
    return value;
  }

  public String optionalText(String key, String label) {
    return optionalValue(scope.getVariable(key), label);
  }

  /** The same checks as {@link #optionalText} for a value read from inside a field (a list row). */
  public String optionalValue(Object raw, String label) {
    if (raw == null) {
      return null;
    }
    String value = raw.toString().strip();
    if (value.length() > MAX_TEXT) {
      problems.add("«" + label + "» dài quá " + MAX_TEXT + " ký tự.");
    }
    // Text is shown in Tasklist, Cockpit and the reports: markup there is an attack, not
    // content. "<" followed by a letter, "/" or "!" is a tag; "số người < 5" is not.
    if (MARKUP.matcher(value).find()) {
      problems.add("«" + label + "» không được chứa mã HTML (thẻ <...>).");
    }
    if (CONTROL.matcher(value).find()) {
      problems.add("«" + label + "» chứa ký tự điều khiển không hợp lệ.");
    }
    // Camunda creates its MariaDB tables as utf8 (3 bytes): every Vietnamese letter fits,
    // an emoji does not and would fail the whole transaction on the server.
    if (value.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
      problems.add("«" + label + "» chứa ký tự không được hỗ trợ (biểu tượng cảm xúc hoặc ký tự"
          + " ngoài bảng mã cơ bản).");
    }
    return value.isEmpty() ? null : value;
  }

  /** A whole number between min and max, both included. */
  public int count(String key, String label, int min, int max) {
    Object raw = scope.getVariable(key);
    Long value = null;
    if (raw instanceof Number number) {
      double d = number.doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d)) {
        value = (long) d;
      }
    } else if (raw instanceof String s && s.strip().matches("-?\\d{1,10}")) {
      value = Long.parseLong(s.strip());
    }
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      problems.add("«" + label + "» là bắt buộc.");
      return min;
    }
    if (value == null) {
      problems.add("«" + label + "» phải là một số nguyên.");
      return min;
    }
    if (value < min || value > max) {
      problems.add("«" + label + "» phải nằm trong khoảng từ " + min + " đến " + max
          + " (đã nhập " + value + ").");
      return min;
    }
    return value.intValue();
  }

  public int count(String key, String label, int min) {
    return count(key, label, min, Integer.MAX_VALUE);
  }

  public LocalDate date(String key, String label) {
    Object raw = scope.getVariable(key);
    if (raw == null || raw.toString().isBlank()) {
      problems.add("«" + label + "» là bắt buộc.");
      return null;
    }
    if (raw instanceof java.util.Date d) {
      return Clock.dayOf(d);
    }
    String text = raw.toString().strip();
    if (!ISO_DATE.matcher(text).matches()) {
      problems.add("«" + label + "» không phải là ngày hợp lệ (yyyy-MM-dd).");
      return null;
    }
    try {
      // form-js submits dates as yyyy-MM-dd; tolerate a time part.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problems.add("«" + label + "» không phải là ngày hợp lệ (yyyy-MM-dd).");
      return null;
    }
  }

  /** A date that falls inside the cycle's year. */
  public LocalDate dateInYear(String key, String label, int year) {
    LocalDate date = date(key, label);
    if (date != null && date.getYear() != year) {
      problems.add("«" + label + "» phải nằm trong năm " + year + " (đã nhập "
          + Formats.date(date) + ").");
      return null;
    }
    return date;
  }

  public String choice(String key, String label, Collection<String> allowed) {
    Object raw = scope.getVariable(key);
    if (raw == null || raw.toString().isBlank()) {
      problems.add("«" + label + "» là bắt buộc.");
      return null;
    }
    String value = raw.toString();
    if (!allowed.contains(value)) {
      problems.add("«" + label + "» có giá trị không hợp lệ: " + value + ".");
      return null;
    }
    return value;
  }

  /** A leadership decision: approve, or return with a reason that is then required. */
  public record Decision(boolean approved, String reason) {
  }

  public Decision decision(String key, String reasonKey, String reasonLabel) {
    String choice = choice(key, "Quyết định", List.of("approve", "return"));
    String reason = optionalText(reasonKey, reasonLabel);
    require(!"return".equals(choice) || reason != null,
        "Khi trả lại phải ghi «" + reasonLabel + "».");
    return new Decision("approve".equals(choice), reason);
  }

  public boolean flag(String key) {
    Object raw = scope.getVariable(key);
    return raw instanceof Boolean b ? b : raw != null && "true".equalsIgnoreCase(raw.toString());
  }

  /** Adds a problem unless the rule holds. */
  public FormInput require(boolean rule, String message) {
    if (!rule) {
      problems.add(message);
    }
    return this;
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  /** Refuses the submission with every problem found; changes nothing. */
  public void refuseIfInvalid() {
    if (!problems.isEmpty()) {
      throw new InputRefusedException("Dữ liệu chưa hợp lệ: " + String.join(" ", problems));
    }
  }
}
