package vn.qcdc.flow.dissemination;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.IndicatorSource;

/** What a review counts of the start-of-year dissemination (II.1): the meeting and who came. */
@Component
class DisseminationFigures implements IndicatorSource {

  private final DisseminationRecordRepository records;

  DisseminationFigures(DisseminationRecordRepository records) {
    this.records = records;
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
    return figures;
  }
}
