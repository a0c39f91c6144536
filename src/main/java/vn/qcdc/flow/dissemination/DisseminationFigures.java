package vn.qcdc.flow.dissemination;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.IndicatorSource;

/**
 * What a review counts of dissemination (II.1, III.1): the start-of-year meeting and every
 * meeting recorded through the year (qcdc-dissemination-session), with who came.
 */
@Component
class DisseminationFigures implements IndicatorSource {

  private final DisseminationRecordRepository records;
  private final DisseminationSessionRepository sessions;

  DisseminationFigures(DisseminationRecordRepository records,
      DisseminationSessionRepository sessions) {
    this.records = records;
    this.sessions = sessions;
  }

  @Override
  public Map<Indicator, Integer> figures(int year, String unitCode, LocalDate from, LocalDate to) {
    Map<Indicator, Integer> figures = new EnumMap<>(Indicator.class);
    records.findByYearAndUnitCode(year, unitCode)
        .filter(r -> !r.getMeetingDate().isBefore(from) && !r.getMeetingDate().isAfter(to))
        .ifPresent(r -> {
          figures.put(Indicator.DISSEMINATION_SESSIONS, 1);
          figures.put(Indicator.PARTICIPANTS, r.getAttendance());
        });
    sessions.findByYearAndUnitCodeOrderBySessionDate(year, unitCode).stream()
        .filter(s -> !s.getSessionDate().isBefore(from) && !s.getSessionDate().isAfter(to))
        .forEach(s -> {
          figures.merge(Indicator.DISSEMINATION_SESSIONS, 1, Integer::sum);
          figures.merge(Indicator.PARTICIPANTS, s.getAttendees(), Integer::sum);
        });
    return figures;
  }
}
