package vn.qcdc.flow.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.camunda.spin.plugin.variable.SpinValues;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.tenancy.AgencyContext;
import vn.qcdc.flow.tenancy.AgencyTenantIds;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.notice.Notice;
import vn.qcdc.flow.notice.Notices;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.Phase;
import vn.qcdc.flow.organisation.Roles;

/**
 * Democratic dialogue (II.4.b): the listeners of qcdc-dialogue.bpmn. A dialogue starts on the
 * configured days of the year or when the union asks (its start form); units propose topics,
 * the organiser records the dialogue and its follow-up actions, each tracked to done.
 */
@Service
public class DialogueService {

  public static final String PROCESS_KEY = "qcdc-dialogue";
  static final String PHASE = "DIALOGUE";
  /** Follow-up action slots on the record form. */
  static final int ACTION_SLOTS = 3;

  private final DialogueRepository dialogues;
  private final DialogueActionRepository actions;
  private final DialogueProperties properties;
  private final OrganisationRegistry organisation;
  private final Notices notices;
  private final RuntimeService runtime;

  private final Roles roles;

  public DialogueService(DialogueRepository dialogues, DialogueActionRepository actions,
      DialogueProperties properties, OrganisationRegistry organisation, Notices notices,
      @Lazy RuntimeService runtime, Roles roles, AgencyContext agencies) {
    this.agencies = agencies;
    this.roles = roles;
    this.dialogues = dialogues;
    this.actions = actions;
    this.properties = properties;
    this.organisation = organisation;
    this.notices = notices;
    this.runtime = runtime;
  }

  private final AgencyContext agencies;

  /** The regular dialogues of a year, each waiting for its configured day. */
  public List<ProcessInstance> startRegular(int year) {
    List<ProcessInstance> started = new ArrayList<>();
    for (String day : properties.regularDates()) {
      started.add(runtime.createProcessInstanceByKey(PROCESS_KEY)
          .setVariable("year", year)
          .setVariable(AgencyTenantIds.AGENCY_VARIABLE, agencies.agency())
          .setVariable("topicsStartDate", MonthDay.parse("--" + day).atYear(year).toString())
          .execute());
    }
    return started;
  }

  /** Start listener: a regular dialogue (year and day given) or one the union asks for. */
  void start(DelegateExecution execution) {
    Object given = execution.getVariable("year");
    boolean regular = given != null;
    String reason = null;
    LocalDate start = Clock.today();
    if (regular) {
      start = LocalDate.parse((String) execution.getVariable("topicsStartDate"));
    } else {
      FormInput in = FormInput.of(execution);
      reason = in.text("requestReason", "Lý do công đoàn đề nghị đối thoại");
      in.refuseIfInvalid();
    }
    int year = regular ? ((Number) given).intValue() : start.getYear();
    Dialogue dialogue = dialogues.saveAndFlush(new Dialogue(year, dialogues.maxSeq(year) + 1,
        execution.getProcessInstanceId(), !regular, reason, Clock.now()));
    execution.setProcessBusinessKey("QCDC-" + year + "-DT-" + dialogue.getSeq());
    execution.setVariable("year", year);
    execution.setVariable("dialogueLabel", "lần " + dialogue.getSeq() + " năm " + year);
    execution.setVariable("requestReason", reason);
    execution.setVariable("topicsStartAt", Clock.startOfDay(start));
    LocalDate due = start.plusDays(properties.topicsDays());
    execution.setVariable("topicsDueDate", due.toString());
    execution.setVariable("topicsDueAt", Clock.startOfDay(due.plusDays(1)));
    // Released models offer HoldDialogue to ${organiserGroup} and FollowUpLateDialogueAction to
    // ${leadershipGroup}; the current model names the same roles: the head and the Party
    // secretary convene and record the dialogue (I.2, II.4.b), leadership and the union follow up.
    execution.setVariable("organiserGroup",
        roles.getLeadership() + "," + roles.getPartyCommittee());
    execution.setVariable("leadershipGroup", roles.getLeadership() + "," + roles.getUnion());
    execution.setVariable("dialogueTopics", null);
    execution.setVariable("actionUnitOptions", unitOptions());
  }

  private Dialogue of(DelegateExecution execution) {
    return dialogues.findByProcessInstanceId(execution.getProcessInstanceId()).orElseThrow();
  }

  void recordTopics(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String topics = in.optionalText("topicsText", "Nội dung đề nghị đối thoại");
    boolean none = in.flag("noTopics");
    in.require(topics != null || none,
        "Hãy nhập nội dung, hoặc đánh dấu «Đơn vị không có nội dung đề nghị».");
    in.refuseIfInvalid();
    if (topics != null) {
      Dialogue d = of(task.getExecution());
      d.addTopics((String) task.getVariable("unitName"), topics);
      dialogues.save(d);
      task.getExecution().getProcessInstance().setVariable("dialogueTopics", d.getTopics());
    }
  }

  /** Complete listener of HoldDialogue: the record and the follow-up actions. */
  void hold(DelegateTask task) {
    Dialogue d = of(task.getExecution());
    FormInput in = FormInput.of(task);
    LocalDate date = in.dateInYear("dialogueDate", "Ngày đối thoại", d.getYear());
    int participants = in.count("dialogueParticipants", "Số người tham dự", 1, 100000);
    String chaired = in.text("chairedBy", "Chủ trì");
    String minutes = in.text("dialogueMinutes", "Biên bản đối thoại");
    in.require(date == null || !date.isAfter(Clock.today()),
        "«Ngày đối thoại» không được sau ngày hôm nay.");
    List<String[]> given = new ArrayList<>();
    List<LocalDate> dues = new ArrayList<>();
    for (int i = 1; i <= ACTION_SLOTS; i++) {
      String text = in.optionalText("action" + i + "Text", "Việc " + i);
      String unit = in.optionalText("action" + i + "Unit", "Đơn vị thực hiện việc " + i);
      if (text == null && unit == null) {
        continue;
      }
      in.require(text != null, "Việc " + i + ": thiếu nội dung.");
      in.require(unit != null && actionUnits().contains(unit),
          "Việc " + i + ": phải chọn đơn vị thực hiện.");
      LocalDate due = in.date("action" + i + "Due", "Hạn hoàn thành việc " + i);
      in.require(due == null || date == null || due.isAfter(date),
          "Việc " + i + ": hạn hoàn thành phải sau ngày đối thoại.");
      given.add(new String[] {unit, text});
      dues.add(due);
    }
    in.refuseIfInvalid();
    d.hold(date, participants, chaired, minutes, Actors.of(task));
    dialogues.save(d);
    actions.deleteAll(actions.findByDialogueIdOrderBySeq(d.getId()));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      ids.add(actions.save(new DialogueAction(d.getId(), i + 1, given.get(i)[0],
          given.get(i)[1], dues.get(i))).getId());
    }
    task.getExecution().setVariable("dialogueActions", ids);
  }

  /** Start listener of each FollowUpDialogueAction: the action beside its id. */
  void actionScope(DelegateExecution execution) {
    DialogueAction action = actions.findById((String) execution.getVariable("actionId"))
        .orElseThrow();
    execution.setVariableLocal("unitCode", action.getUnitCode());
    execution.setVariableLocal("unitName", organisation.name(action.getUnitCode()));
    execution.setVariableLocal("actionText", action.getAction());
    execution.setVariableLocal("actionDueDate", action.getDueDate().toString());
    execution.setVariableLocal("actionDueAt",
        Clock.startOfDay(action.getDueDate().plusDays(1)));
  }

  void actionDone(DelegateTask task) {
    FormInput in = FormInput.of(task);
    LocalDate on = in.date("actionDoneOn", "Ngày hoàn thành");
    String result = in.text("actionResult", "Kết quả thực hiện");
    in.require(on == null || !on.isAfter(Clock.today()),
        "«Ngày hoàn thành» không được sau ngày hôm nay.");
    in.refuseIfInvalid();
    DialogueAction action = actions.findById((String) task.getVariable("actionId"))
        .orElseThrow();
    action.done(on, result);
    actions.save(action);
  }

  /** The action's due date passed: leadership is told and follows up. */
  void escalate(DelegateExecution execution) {
    DialogueAction action = actions.findById((String) execution.getVariable("actionId"))
        .orElseThrow();
    action.escalate();
    actions.save(action);
    notices.send(execution, Notice.Kind.ESCALATION, PHASE, action.getUnitCode(),
        roles.getLeadership(), "Việc sau đối thoại «" + action.getAction()
            + "» giao " + organisation.name(action.getUnitCode()) + " đã quá hạn (hạn "
            + Formats.date(action.getDueDate()) + ").");
  }

  void recordFollowUp(DelegateTask task) {
    FormInput in = FormInput.of(task);
    in.text("followUpAction", "Biện pháp đôn đốc");
    in.refuseIfInvalid();
  }

  /** The beans qcdc-dialogue.bpmn names. */
  @Configuration
  static class Listeners {
    @Bean
    ExecutionListener dialogueStarted(DialogueService s) {
      return s::start;
    }

    @Bean
    TaskListener dialogueTopicsProposed(DialogueService s) {
      return s::recordTopics;
    }

    @Bean
    TaskListener dialogueHeld(DialogueService s) {
      return s::hold;
    }

    @Bean
    ExecutionListener dialogueActionScope(DialogueService s) {
      return s::actionScope;
    }

    @Bean
    TaskListener dialogueActionDone(DialogueService s) {
      return s::actionDone;
    }

    @Bean
    ExecutionListener dialogueActionOverdue(DialogueService s) {
      return s::escalate;
    }

    @Bean
    TaskListener dialogueFollowUpRecorded(DialogueService s) {
      return s::recordFollowUp;
    }
  }

  /** Units a follow-up action may go to (qcdc.phases.dialogue-actions). */
  private List<String> actionUnits() {
    return organisation.codesFor(Phase.DIALOGUE_ACTIONS);
  }

  private Object unitOptions() {
    List<Map<String, String>> options = new ArrayList<>();
    for (String code : actionUnits()) {
      options.add(Map.of("label", organisation.name(code), "value", code));
    }
    try {
      return SpinValues.jsonValue(new ObjectMapper().writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
