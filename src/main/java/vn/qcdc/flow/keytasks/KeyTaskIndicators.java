package vn.qcdc.flow.keytasks;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.IndicatorSource;

/** Key tasks set for a unit and done by it, for the months that start in the period. */
@Component
class KeyTaskIndicators implements IndicatorSource {

  private final KeyTaskReportRepository reports;

  KeyTaskIndicators(KeyTaskReportRepository reports) {
    this.reports = reports;
  }

  @Override
  public Map<Indicator, Integer> figures(int year, String unitCode, LocalDate from,
      LocalDate to) {
    int set = 0;
    int done = 0;
    for (KeyTaskReport r : reports.findByYearAndUnitCode(year, unitCode)) {
      LocalDate first = LocalDate.of(year, r.getMonth(), 1);
      if (!first.isBefore(from) && !first.isAfter(to)) {
        set += r.getTasksSet();
        done += r.getTasksDone() == null ? 0 : r.getTasksDone();
      }
    }
    return Map.of(Indicator.KEY_TASKS_SET, set, Indicator.KEY_TASKS_DONE, done);
  }
}
