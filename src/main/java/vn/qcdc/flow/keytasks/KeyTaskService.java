package vn.qcdc.flow.keytasks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.tenancy.AgencyContext;
import vn.qcdc.flow.tenancy.AgencyTenantIds;
import vn.qcdc.flow.conference.MonthlyKeyTask;
import vn.qcdc.flow.conference.MonthlyKeyTaskRepository;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Facts;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.notice.Notice;
import vn.qcdc.flow.notice.Notices;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.Phase;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.organisation.Roles;

/**
 * Monthly key tasks (II.2.b): the listeners of qcdc-monthly-key-tasks.bpmn. Started once a
 * year when the work plan is issued, business key QCDC-&lt;year&gt;-NVTT; one branch a month
 * from then to December.
 */
@Service
public class KeyTaskService {

  public static final String PROCESS_KEY = "qcdc-monthly-key-tasks";
  static final String PHASE = "KEY_TASKS";

  private final KeyTaskReportRepository reports;
  private final MonthlyKeyTaskRepository plannedMonths;
  private final KeyTaskProperties properties;
  private final OrganisationRegistry organisation;
  private final Notices notices;
  private final RuntimeService runtime;

  private final Roles roles;

  public KeyTaskService(KeyTaskReportRepository reports, MonthlyKeyTaskRepository plannedMonths,
      KeyTaskProperties properties, OrganisationRegistry organisation, Notices notices,
      @Lazy RuntimeService runtime, Roles roles, AgencyContext agencies) {
    this.agencies = agencies;
    this.roles = roles;
    this.reports = reports;
    this.plannedMonths = plannedMonths;
    this.properties = properties;
    this.organisation = organisation;
    this.notices = notices;
    this.runtime = runtime;
  }

  private final AgencyContext agencies;

  public static String businessKey(int year) {
    return "QCDC-" + year + "-NVTT";
  }

  /** Starts the year's monthly key tasks, once: a second call for the year does nothing. */
  public ProcessInstance start(int year) {
    String agency = agencies.agency();
    if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(businessKey(year)).tenantIdIn(agency).count() > 0) {
      return null;
    }
    return runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(businessKey(year))
        .setVariable("year", year).setVariable(AgencyTenantIds.AGENCY_VARIABLE, agency)
        .execute();
  }

  /** Start listener: the months left in the year, the units that report. */
  void schedule(DelegateExecution execution) {
    int year = Facts.year(execution);
    LocalDate today = Clock.today();
    int first = today.getYear() < year ? 1 : today.getYear() > year ? 13 : today.getMonthValue();
    execution.setVariable("keyTaskMonths", IntStream.rangeClosed(first, 12).boxed().toList());
    execution.setVariable("keyTaskUnits", organisation.codesFor(Phase.KEY_TASKS));
    // The models released before 1.3.0 offer their tasks to these variables; the current
    // model names the roles themselves (${roles.leadership}...).
    execution.setVariable("leadershipGroup", roles.getLeadership());
    execution.setVariable("followUpGroup", roles.getSteeringCommittee());
  }

  /** Start listener of each month: its dates and the plan's key tasks for it. */
  void monthScope(DelegateExecution execution) {
    int year = Facts.year(execution);
    int month = ((Number) execution.getVariable("month")).intValue();
    YearMonth ym = YearMonth.of(year, month);
    LocalDate due = ym.atEndOfMonth().plusDays(properties.reportGraceDays());
    Map<Integer, String> planned = plannedMonths.findByYearOrderByMonth(year).stream()
        .collect(Collectors.toMap(MonthlyKeyTask::getMonth, MonthlyKeyTask::getTasks));
    execution.setVariableLocal("monthStartAt", Clock.startOfDay(ym.atDay(1)));
    execution.setVariableLocal("monthEndAt", Clock.startOfDay(ym.atEndOfMonth()));
    execution.setVariableLocal("reportDueDate", due.toString());
    execution.setVariableLocal("reportDueAt", Clock.startOfDay(due.plusDays(1)));
    execution.setVariableLocal("reportReminderAt",
        Clock.startOfDay(due.plusDays(1).minusDays(properties.reminderBeforeDays())));
    execution.setVariableLocal("keyTasksText", planned.get(month));
    execution.setVariableLocal("keyTaskCount", 0);
  }

  static List<String> lines(String text) {
    List<String> tasks = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String t = line.strip().replaceFirst("^(?:[-•*]|\\d{1,2}[.)])\\s*", "").strip();
      if (!t.isEmpty()) {
        tasks.add(t);
      }
    }
    return tasks;
  }

  /** Complete listener of SetMonthlyKeyTasks: one task a line, set for every unit. */
  void set(DelegateTask task) {
    int year = Facts.year(task);
    int month = ((Number) task.getVariable("month")).intValue();
    FormInput in = FormInput.of(task);
    String text = in.text("keyTasksText", "Nhiệm vụ trọng tâm của tháng");
    in.refuseIfInvalid();
    List<String> tasks = lines(text);
    @SuppressWarnings("unchecked")
    List<String> unitCodes = (List<String>) task.getVariable("keyTaskUnits");
    for (String unit : unitCodes) {
      KeyTaskReport r = reports.findByYearAndMonthAndUnitCode(year, month, unit)
          .orElseGet(() -> new KeyTaskReport(year, month, unit));
      r.set(String.join("\n", tasks), tasks.size());
      reports.save(r);
    }
    task.getExecution().setVariable("keyTaskCount", tasks.size());
    task.getExecution().setVariable("keyTasksText", String.join("\n", tasks));
  }

  /** Complete listener of ReportKeyTasks. */
  void report(DelegateTask task) {
    int year = Facts.year(task);
    int month = ((Number) task.getVariable("month")).intValue();
    int count = ((Number) task.getVariable("keyTaskCount")).intValue();
    FormInput in = FormInput.of(task);
    int done = in.count("keyTasksDone", "Số nhiệm vụ đã hoàn thành", 0, count);
    String text = in.text("keyTasksReport", "Kết quả thực hiện");
    in.refuseIfInvalid();
    String unit = (String) task.getVariable("unitCode");
    KeyTaskReport r = reports.findByYearAndMonthAndUnitCode(year, month, unit).orElseThrow();
    LocalDate due = LocalDate.parse((String) task.getVariable("reportDueDate"));
    r.report(done, text, Clock.today().isAfter(due), Actors.of(task), Clock.now());
    reports.save(r);
  }

  void remind(DelegateExecution execution) {
    String unit = (String) execution.getVariable("unitCode");
    notices.send(execution, Notice.Kind.REMINDER, PHASE, unit, unit, "Nhắc nhở: "
        + execution.getVariable("unitName") + " chưa báo cáo nhiệm vụ trọng tâm tháng "
        + execution.getVariable("month") + "; hạn " + Formats.date(LocalDate.parse(
            (String) execution.getVariable("reportDueDate"))) + ".");
  }

  void escalate(DelegateExecution execution) {
    String unit = (String) execution.getVariable("unitCode");
    notices.send(execution, Notice.Kind.ESCALATION, PHASE, unit, roles.getSteeringCommittee(),
        execution.getVariable("unitName") + " đã quá hạn báo cáo nhiệm vụ trọng tâm tháng "
            + execution.getVariable("month") + " (hạn " + Formats.date(LocalDate.parse(
                (String) execution.getVariable("reportDueDate"))) + ").");
  }

  void recordFollowUp(DelegateTask task) {
    FormInput in = FormInput.of(task);
    in.text("followUpAction", "Biện pháp đôn đốc");
    in.refuseIfInvalid();
  }

  /** The beans qcdc-monthly-key-tasks.bpmn names. */
  @Configuration
  static class Listeners {
    @Bean
    ExecutionListener keyTasksScheduled(KeyTaskService s) {
      return s::schedule;
    }

    @Bean
    ExecutionListener keyTaskMonthScope(KeyTaskService s) {
      return s::monthScope;
    }

    @Bean
    TaskListener monthlyKeyTasksSet(KeyTaskService s) {
      return s::set;
    }

    @Bean
    TaskListener keyTasksReported(KeyTaskService s) {
      return s::report;
    }

    @Bean
    JavaDelegate keyTaskReminder(KeyTaskService s) {
      return s::remind;
    }

    @Bean
    ExecutionListener keyTaskReportOverdue(KeyTaskService s) {
      return s::escalate;
    }

    @Bean
    TaskListener keyTaskFollowUpRecorded(KeyTaskService s) {
      return s::recordFollowUp;
    }
  }
}
