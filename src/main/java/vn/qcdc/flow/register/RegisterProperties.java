package vn.qcdc.flow.register;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outgoing-document register counts (qcdc.register.*).
 *
 * <p>Hướng dẫn 36-HD/VPTW (2018) point II.1.3.1 numbers the documents of a Party committee's
 * departments "liên tục từ số 01 cho mỗi tên loại văn bản trong một nhiệm kỳ cấp ủy"; many
 * agencies restart every year in practice. {@code series: YEAR} (the default) restarts on
 * 1 January; {@code series: TERM} counts from each date of {@code term-starts} (the day after
 * the congress closed) to the next.
 *
 * @param series YEAR or TERM
 * @param termStarts the first day of each term, for TERM
 */
@ConfigurationProperties("qcdc.register")
public record RegisterProperties(@DefaultValue("YEAR") Series series, List<LocalDate> termStarts) {

  public enum Series { YEAR, TERM }

  /** Numbering by year, as most agencies do. */
  public static final RegisterProperties BY_YEAR = new RegisterProperties(Series.YEAR, null);

  public RegisterProperties {
    termStarts = termStarts == null ? List.of() : List.copyOf(termStarts);
  }

  /** The series a document dated {@code date} is numbered in: "2022" or "NK 2020-10-16". */
  public String seriesOf(LocalDate date) {
    if (series == Series.YEAR) {
      return String.valueOf(date.getYear());
    }
    LocalDate start = termStarts.stream().filter(s -> !s.isAfter(date))
        .max(LocalDate::compareTo).orElseThrow(() -> new IllegalStateException(
            "qcdc.register.term-starts has no term that contains " + date));
    return "NK " + start;
  }
}
