package vn.qcdc.flow.dissemination;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.ScheduleProperties;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Facts;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.notice.Notice;
import vn.qcdc.flow.notice.Notices;
import vn.qcdc.flow.organisation.Roles;

/** Dissemination of the year's documents in every unit (II.1, III.1). */
@Service
public class DisseminationService {

  static final String PHASE = "DISSEMINATION";
  static final List<String> MEETING_KINDS =
      List.of("HOP_CO_QUAN", "HOP_CONG_DOAN", "SINH_HOAT_CHI_BO", "CHUYEN_DE");

  private final DisseminationRecordRepository records;
  private final Notices notices;
  private final ScheduleProperties schedule;
  private final Roles roles;

  public DisseminationService(DisseminationRecordRepository records, Notices notices,
      ScheduleProperties schedule, Roles roles) {
    this.roles = roles;
    this.records = records;
    this.notices = notices;
    this.schedule = schedule;
  }

  /** Start listener: the deadline of the plan becomes the timers' dates. */
  void schedule(DelegateExecution execution) {
    LocalDate due = LocalDate.parse((String) execution.getVariable("disseminationDueDate"));
    Date dueAt = Clock.startOfDay(due.plusDays(1));
    Date reminderAt = Clock.startOfDay(due.plusDays(1)
        .minus(schedule.disseminationReminderBefore()));
    execution.setVariable("disseminationDueAt", dueAt);
    execution.setVariable("disseminationReminderAt", reminderAt);
  }

  /** Complete listener of RecordDissemination. */
  void record(DelegateTask task) {
    int year = Facts.year(task);
    int headcount = Facts.number(task, "headcount");
    FormInput in = FormInput.of(task);
    LocalDate meetingDate = in.dateInYear("meetingDate", "Ngày họp quán triệt", year);
    String kind = in.choice("meetingKind", "Hình thức", MEETING_KINDS);
    int attendance = in.count("attendance", "Số người tham dự", 0, headcount);
    String covered = in.text("documentsCovered", "Văn bản đã quán triệt");
    String notes = in.optionalText("disseminationNotes", "Ghi chú");
    in.require(meetingDate == null || !meetingDate.isAfter(Clock.today()),
        "«Ngày họp quán triệt» không được sau ngày hôm nay.");
    in.refuseIfInvalid();
    String unit = Facts.text(task, "unitCode");
    DisseminationRecord record = records.findByYearAndUnitCode(year, unit)
        .orElseGet(() -> new DisseminationRecord(year, unit));
    record.fill(meetingDate, kind, attendance, headcount, covered, notes,
        LocalDate.parse(Facts.text(task, "disseminationDueDate")), Actors.of(task),
        Clock.now());
    records.save(record);
  }

  /** The reminder before the deadline, to the unit that has not recorded yet. */
  void remind(DelegateExecution execution) {
    String unit = (String) execution.getVariable("unitCode");
    notices.send(execution, Notice.Kind.REMINDER, PHASE, unit, unit,
        "Nhắc nhở: " + execution.getVariable("unitName") + " chưa ghi nhận buổi quán triệt văn bản"
            + " về QCDC; hạn hoàn thành là " + Formats.date(LocalDate.parse(
                (String) execution.getVariable("disseminationDueDate"))) + ".");
  }

  /** The escalation when the deadline passed: the steering committee follows up. */
  void escalate(DelegateExecution execution) {
    String unit = (String) execution.getVariable("unitCode");
    notices.send(execution, Notice.Kind.ESCALATION, PHASE, unit, roles.getSteeringCommittee(),
        execution.getVariable("unitName") + " đã quá hạn quán triệt văn bản về QCDC (hạn "
            + Formats.date(LocalDate.parse(
                (String) execution.getVariable("disseminationDueDate"))) + ").");
  }

  /** Complete listener of FollowUpLateUnit. */
  void recordFollowUp(DelegateTask task) {
    FormInput in = FormInput.of(task);
    in.text("escalationAction", "Biện pháp đôn đốc đã thực hiện");
    in.refuseIfInvalid();
  }
}
