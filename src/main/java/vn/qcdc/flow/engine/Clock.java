package vn.qcdc.flow.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock in the agency's time zone. Business records use it
 * rather than the system clock so that they agree with the engine's timers,
 * also when tests move the engine clock.
 */
public final class Clock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Clock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(now(), ZONE);
  }

  public static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  /** The day an instant falls on in the agency's time zone. */
  public static LocalDate dayOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  public static LocalDate dayOf(Date date) {
    return LocalDate.ofInstant(date.toInstant(), ZONE);
  }
}
