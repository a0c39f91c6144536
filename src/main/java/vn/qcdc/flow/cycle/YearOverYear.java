package vn.qcdc.flow.cycle;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.conference.ConferenceSession;
import vn.qcdc.flow.conference.ConferenceSessionRepository;
import vn.qcdc.flow.conference.MonthlyKeyTask;
import vn.qcdc.flow.conference.MonthlyKeyTaskRepository;
import vn.qcdc.flow.keytasks.KeyTaskReport;
import vn.qcdc.flow.keytasks.KeyTaskReportRepository;

/**
 * What a year hands to the next (plan II.2.b: "trên cơ sở Nghị quyết của Hội nghị cán bộ, công
 * chức cơ quan năm" before): the resolution its conference adopted, and the monthly key tasks
 * its units did not finish (a month where the units reported fewer tasks done than set, or a
 * unit did not report on it).
 */
@Component
public class YearOverYear {

  private final ConferenceSessionRepository conferences;
  private final MonthlyKeyTaskRepository monthly;
  private final KeyTaskReportRepository reports;

  YearOverYear(ConferenceSessionRepository conferences, MonthlyKeyTaskRepository monthly,
      KeyTaskReportRepository reports) {
    this.conferences = conferences;
    this.monthly = monthly;
    this.reports = reports;
  }

  /** The resolution adopted by the year's conference (its last valid session), or null. */
  public String resolution(int year) {
    return conferences.findByYearOrderByAttempt(year).stream()
        .filter(ConferenceSession::isResolutionAdopted).reduce((a, b) -> b)
        .map(ConferenceSession::getResolutionSummary)
        .filter(s -> s != null && !s.isBlank()).orElse(null);
  }

  /** Lines "Tháng m/năm: nhiệm vụ" for each month of the year whose key tasks were not done. */
  public List<String> unfinishedKeyTasks(int year) {
    List<String> unfinished = new ArrayList<>();
    for (MonthlyKeyTask month : monthly.findByYearOrderByMonth(year)) {
      if (month.getTasks() == null || month.getTasks().isBlank()) {
        continue;
      }
      List<KeyTaskReport> filed = reports.findByYearAndMonth(year, month.getMonth());
      boolean done = !filed.isEmpty() && filed.stream().allMatch(r -> r.getTasksDone() != null
          && r.getTasksDone() >= r.getTasksSet());
      if (!done) {
        for (String task : month.getTasks().lines().map(String::strip)
            .filter(l -> !l.isEmpty()).toList()) {
          unfinished.add("Tháng " + month.getMonth() + "/" + year + ": " + task);
        }
      }
    }
    return unfinished;
  }
}
