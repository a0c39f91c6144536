package vn.qcdc.flow.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How dates and periods read in Vietnamese texts. */
public final class Formats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Formats() {
  }

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
