package vn.qcdc.flow.bloc;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.bloc: the two bodies above the agencies of the City Agencies Bloc and the deadlines they
 * set for the reports.
 *
 * @param file a Spring resource location of the bloc's people (people: as in the organisation
 *     file, each in a body's group); empty: no bloc users (env QCDC_BLOC_FILE)
 * @param bodies the bodies each submitted report goes to for receipt
 * @param deadlines the bloc's due days of the reports; unset keeps the agency's own schedule
 */
@ConfigurationProperties("qcdc.bloc")
public record BlocProperties(@DefaultValue("") String file, List<Body> bodies,
    @DefaultValue Deadlines deadlines) {

  public BlocProperties {
    bodies = bodies == null ? List.of() : List.copyOf(bodies);
    for (Body body : bodies) {
      if (body.code() == null || body.group() == null || body.name() == null) {
        throw new IllegalStateException("qcdc.bloc.bodies: every body needs a code, a name and"
            + " a group");
      }
    }
  }

  /**
   * A body of the bloc.
   *
   * @param code its code, as the receipts record it
   * @param name its name, the name of its group ("Đảng ủy Khối Các cơ quan thành phố")
   * @param fullName its name written in full
   * @param group the Camunda group of its people (khoi-dang-uy)
   * @param recipient the code of the qcdc.reporting.recipients entry it is (its e-mail)
   */
  public record Body(String code, String name, String fullName, String group,
      String recipient) {
  }

  /**
   * The bloc's due days (MM-DD in the cycle's year) of the six-month and the year-end report.
   * The plan (III.3) says only "định kỳ 6 tháng, cuối năm": the days are the bloc's to set.
   */
  public record Deadlines(@DefaultValue("") String sixMonth, @DefaultValue("") String yearEnd) {

    public Deadlines {
      day(sixMonth, 2000); // refuse a bad day at start-up
      day(yearEnd, 2000);
    }

    /** The due day of the period's report in the year, or null when the bloc set none. */
    public LocalDate of(int year, boolean yearEndReport) {
      return day(yearEndReport ? yearEnd : sixMonth, year);
    }

    private static LocalDate day(String monthDay, int year) {
      return monthDay == null || monthDay.isBlank() ? null
          : MonthDay.parse("--" + monthDay.strip()).atYear(year);
    }
  }
}
