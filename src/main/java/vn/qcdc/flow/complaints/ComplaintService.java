package vn.qcdc.flow.complaints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.notice.Notice;
import vn.qcdc.flow.notice.Notices;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrganisationRegistry;
import vn.qcdc.flow.organisation.Phase;
import vn.qcdc.flow.organisation.UnitKind;
import vn.qcdc.flow.organisation.Roles;

/**
 * Citizen reception and case handling (II.3.c): the listeners of qcdc-complaint.bpmn. Each
 * step checks the form again, writes the case record and moves the statutory clock.
 */
@Service
public class ComplaintService {

  static final String PHASE = "COMPLAINT";
  static final List<String> CHANNELS = List.of("TIEP_TRUC_TIEP", "BUU_DIEN", "THU_DIEN_TU",
      "CHUYEN_DEN");
  static final List<String> NATURES = List.of("XEM_XET_LAI_QUYET_DINH", "BAO_VI_PHAM",
      "DE_XUAT_GOP_Y");
  static final List<String> COMPETENCES = List.of("THUOC_THAM_QUYEN", "CHUYEN_DON");
  /** The citizen's identity: taken off the process the moment the case is recorded. */
  static final List<String> IDENTITY_KEYS = List.of("citizenName", "citizenAddress",
      "citizenContact");

  private final ComplaintRepository complaints;
  private final ComplaintExtensionRepository extensions;
  private final ComplaintProperties properties;
  private final WorkingCalendar calendar;
  private final ComplaintAccess access;
  private final Notices notices;
  private final OrganisationRegistry organisation;
  private final ObjectMapper json = new ObjectMapper();

  private final Roles roles;

  public ComplaintService(ComplaintRepository complaints,
      ComplaintExtensionRepository extensions, ComplaintProperties properties,
      WorkingCalendar calendar, ComplaintAccess access, Notices notices,
      OrganisationRegistry organisation, Roles roles) {
    this.roles = roles;
    this.complaints = complaints;
    this.extensions = extensions;
    this.properties = properties;
    this.calendar = calendar;
    this.access = access;
    this.notices = notices;
    this.organisation = organisation;
  }

  private Complaint of(DelegateExecution execution) {
    return complaints.findByProcessInstanceId(execution.getProcessInstanceId()).orElseThrow();
  }

  private Complaint of(DelegateTask task) {
    return of(task.getExecution());
  }

  /** Start listener of CaseReceived: the record, the identity kept out of the engine. */
  void receive(DelegateExecution execution) {
    FormInput in = FormInput.of(execution);
    LocalDate received = in.date("receivedDate", "Ngày nhận đơn");
    String channel = in.choice("channel", "Hình thức tiếp nhận", CHANNELS);
    String name = in.text("citizenName", "Họ và tên người gửi đơn");
    String address = in.optionalText("citizenAddress", "Địa chỉ");
    String contact = in.optionalText("citizenContact", "Điện thoại, thư điện tử");
    String content = in.text("content", "Nội dung đơn");
    String nature = in.choice("contentNature", "Bản chất nội dung", NATURES);
    boolean concerns = in.flag("concernsAgency");
    boolean remote = in.flag("remoteArea");
    in.require(received == null || !received.isAfter(Clock.today()),
        "«Ngày nhận đơn» không được sau ngày hôm nay.");
    in.require(received == null || !received.isBefore(Clock.today().minusYears(1)),
        "«Ngày nhận đơn» không được trước ngày hôm nay quá một năm.");
    in.refuseIfInvalid();
    // The calendar must know the days the acceptance limits count in (refused, naming the
    // year, before anything is saved, rather than counting Tết as working days).
    for (ComplaintProperties.Limits limits : properties.limits().values()) {
      calendar.deadline(received, limits.acceptanceDays(), limits.acceptanceInWorkingDays());
    }
    int year = received.getYear();
    Complaint complaint = complaints.saveAndFlush(new Complaint(year,
        complaints.maxSeq(year) + 1, execution.getProcessInstanceId(), received, channel, name,
        address, contact, remote, content, nature, concerns,
        (String) execution.getVariable("receivedBy"), Clock.now()));
    for (String key : IDENTITY_KEYS) {
      execution.removeVariable(key);
    }
    execution.setProcessBusinessKey(complaint.getCaseNumber());
    execution.setVariable("year", year);
    execution.setVariable("complaintId", complaint.getId());
    execution.setVariable("caseNumber", complaint.getCaseNumber());
    execution.setVariable("concernsAgency", concerns);
    execution.setVariable("remoteArea", remote);
    // The models released before 1.3.0 offer their tasks to these variables; the current
    // model names the roles themselves (${roles.leadership}...).
    execution.setVariable("receptionGroup", roles.getGeneralAffairs());
    execution.setVariable("leadershipGroup", roles.getLeadership());
    execution.setVariable("boardGroup", roles.getInspectionBoard());
    execution.setVariable("unitOptions", unitOptions());
    // Those who handle the case: reception and leadership; the handling unit when assigned.
    access.grantHandlers(execution.getProcessInstanceId(), roles.getGeneralAffairs(),
        roles.getLeadership());
    notices.send(execution, Notice.Kind.REMINDER, PHASE, null,
        roles.getInspectionBoard(), "Thông báo: cơ quan tiếp nhận đơn "
            + complaint.getCaseNumber() + " ngày " + Formats.date(received)
            + "; Ban Thanh tra nhân dân có thể mở phiếu giám sát vụ việc.");
  }

  private Object unitOptions() {
    List<Map<String, String>> options = new ArrayList<>();
    for (OrgUnit unit : handlingUnits()) {
      options.add(Map.of("label", unit.getName(), "value", unit.getCode()));
    }
    try {
      return SpinValues.jsonValue(json.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<OrgUnit> handlingUnits() {
    return organisation.unitsFor(Phase.COMPLAINTS);
  }

  /** End listener of ClassifyCase: the table's proposal, for the officer to confirm. */
  @SuppressWarnings("unchecked")
  void proposeClassification(DelegateExecution execution) {
    Map<String, Object> result = (Map<String, Object>) execution.getVariable("classification");
    execution.removeVariable("classification");
    String kind = (String) result.get("caseKind");
    String competence = (String) result.get("competence");
    execution.setVariable("proposedKind", kind);
    execution.setVariable("proposedCompetence", competence);
    execution.setVariable("proposedKindLabel", CaseKind.valueOf(kind).label());
    execution.setVariable("classificationReason", result.get("reason"));
    execution.setVariable("caseKind", kind);
    execution.setVariable("competence", competence);
    Complaint complaint = of(execution);
    complaint.proposed(kind, competence);
    complaints.save(complaint);
  }

  /** Complete listener of ConfirmClassification: an override needs a reason. */
  void confirmClassification(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String kind = in.choice("caseKind", "Loại đơn",
        Arrays.stream(CaseKind.values()).map(Enum::name).toList());
    String competence = in.choice("competence", "Thẩm quyền", COMPETENCES);
    String reason = in.optionalText("overrideReason", "Lý do điều chỉnh phân loại");
    String unit = in.optionalText("handlingUnit", "Đơn vị xử lý");
    String proposedKind = (String) task.getExecution().getVariable("proposedKind");
    String proposedCompetence = (String) task.getExecution().getVariable("proposedCompetence");
    boolean overridden = kind != null && competence != null
        && (!kind.equals(proposedKind) || !competence.equals(proposedCompetence));
    in.require(!overridden || reason != null,
        "Phân loại khác với đề xuất: phải ghi «Lý do điều chỉnh phân loại».");
    boolean within = "THUOC_THAM_QUYEN".equals(competence);
    in.require(!within || unit != null, "Đơn thuộc thẩm quyền: phải chọn «Đơn vị xử lý».");
    in.require(unit == null || handlingUnits().stream().anyMatch(u -> u.getCode().equals(unit)),
        "«Đơn vị xử lý» có giá trị không hợp lệ: " + unit + ".");
    in.refuseIfInvalid();
    Complaint complaint = of(task);
    CaseKind caseKind = CaseKind.valueOf(kind);
    ComplaintProperties.Limits limits = properties.limits(caseKind);
    LocalDate due = calendar.deadline(complaint.getReceivedOn(), limits.acceptanceDays(),
        limits.acceptanceInWorkingDays());
    complaint.classify(kind, competence, overridden ? reason : null, within ? unit : null, due);
    complaints.save(complaint);
    DelegateExecution process = task.getExecution();
    process.setVariable("caseKind", kind);
    process.setVariable("caseKindLabel", caseKind.label());
    process.setVariable("competence", competence);
    process.setVariable("legalBasis", limits.basis());
    if (within) {
      process.setVariable("handlingUnit", unit);
      process.setVariable("handlingUnitName", organisation.name(unit));
      process.setVariable("acceptanceDueDate", due.toString());
      process.setVariable("acceptanceDueAt", Clock.startOfDay(due.plusDays(1)));
      process.setVariable("acceptanceWarnAt", Clock.startOfDay(
          calendar.minusWorkingDays(due, properties.warnBeforeWorkingDays())));
      access.grantHandlers(process.getProcessInstanceId(), unit);
    }
  }

  /** Complete listener of ForwardCase: the forwarding letter and the notice to the citizen. */
  void forward(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String to = in.text("forwardedTo", "Cơ quan có thẩm quyền nhận đơn chuyển");
    String letter = in.text("forwardLetterNumber", "Số văn bản chuyển đơn");
    LocalDate on = in.date("forwardedOn", "Ngày chuyển đơn");
    in.require(in.flag("citizenInformed"),
        "Phải thông báo, hướng dẫn người gửi đơn trước khi kết thúc.");
    in.require(on == null || !on.isAfter(Clock.today()),
        "«Ngày chuyển đơn» không được sau ngày hôm nay.");
    in.refuseIfInvalid();
    Complaint complaint = of(task);
    complaint.forward(to, on, "Văn bản chuyển đơn số " + letter);
    complaints.save(complaint);
  }

  /** Complete listener of AcceptCase: a late acceptance is flagged; the resolution clock starts. */
  void accept(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String decision = in.choice("acceptanceDecision", "Quyết định",
        List.of("THU_LY", "KHONG_THU_LY"));
    LocalDate on = in.date("acceptanceDate", "Ngày quyết định");
    String note = in.optionalText("acceptanceNote", "Lý do không thụ lý");
    Complaint complaint = of(task);
    in.require(!"KHONG_THU_LY".equals(decision) || note != null,
        "Khi không thụ lý phải ghi «Lý do không thụ lý».");
    in.require(on == null || !on.isAfter(Clock.today()),
        "«Ngày quyết định» không được sau ngày hôm nay.");
    in.require(on == null || !on.isBefore(complaint.getReceivedOn()),
        "«Ngày quyết định» không được trước ngày nhận đơn ("
            + Formats.date(complaint.getReceivedOn()) + ").");
    in.refuseIfInvalid();
    boolean accepted = "THU_LY".equals(decision);
    CaseKind kind = CaseKind.valueOf(complaint.getCaseKind());
    ComplaintProperties.Limits limits = properties.limits(kind);
    LocalDate due = accepted ? calendar.deadline(on,
        limits.resolutionDays(complaint.isRemoteArea()), limits.resolutionInWorkingDays())
        : null;
    complaint.decideAcceptance(accepted, on, note, due);
    complaints.save(complaint);
    DelegateExecution process = task.getExecution();
    process.setVariable("accepted", accepted);
    process.setVariable("acceptedLate", complaint.isAcceptedLate());
    if (accepted) {
      process.setVariable("extensionsUsed", 0);
      process.setVariable("maxExtensions", limits.maxExtensions());
      setResolutionDue(process, due);
    }
  }

  private void setResolutionDue(DelegateExecution process, LocalDate due) {
    process.setVariable("resolutionDueDate", due.toString());
    process.setVariable("resolutionDueAt", Clock.startOfDay(due.plusDays(1)));
    process.setVariable("resolutionWarnAt", Clock.startOfDay(
        calendar.minusWorkingDays(due, properties.warnBeforeWorkingDays())));
  }

  /** Complete listener of ResolveCase: the outcome, or a request to extend. */
  void recordResolution(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String outcome = in.choice("resolutionOutcome", "Kết quả", List.of("RESOLVED", "EXTEND"));
    Complaint complaint = of(task);
    ComplaintProperties.Limits limits = properties.limits(CaseKind.valueOf(
        complaint.getCaseKind()));
    if ("EXTEND".equals(outcome)) {
      String request = in.text("extensionRequest", "Lý do đề nghị gia hạn");
      in.require(complaint.getExtensions() < limits.maxExtensions(),
          "Vụ việc đã được gia hạn " + complaint.getExtensions() + " lần, tối đa "
              + limits.maxExtensions() + " lần theo " + limits.basis() + ".");
      in.refuseIfInvalid();
      task.getExecution().setVariable("resolutionOutcome", outcome);
      task.getExecution().setVariable("extensionRequest", request);
      return;
    }
    String number = in.text("decisionNumber", "Số quyết định, kết luận, văn bản trả lời");
    LocalDate on = in.date("decisionDate", "Ngày ban hành");
    String summary = in.text("resolutionSummary", "Nội dung giải quyết");
    LocalDate notified = in.date("citizenNotifiedOn", "Ngày thông báo cho người gửi đơn");
    in.require(on == null || !on.isAfter(Clock.today()),
        "«Ngày ban hành» không được sau ngày hôm nay.");
    in.require(on == null || !on.isBefore(complaint.getAcceptedOn()),
        "«Ngày ban hành» không được trước ngày thụ lý.");
    in.require(on == null || notified == null || !notified.isBefore(on),
        "«Ngày thông báo cho người gửi đơn» không được trước ngày ban hành.");
    in.refuseIfInvalid();
    complaint.resolve(on, number, summary, notified);
    complaints.save(complaint);
    task.getExecution().setVariable("resolutionOutcome", outcome);
    task.getExecution().setVariable("resolvedOnTime", complaint.getOnTime());
  }

  /** Complete listener of DecideExtension: a decision with its reason; approval moves the clock. */
  void decideExtension(DelegateTask task) {
    FormInput in = FormInput.of(task);
    Complaint complaint = of(task);
    ComplaintProperties.Limits limits = properties.limits(CaseKind.valueOf(
        complaint.getCaseKind()));
    int max = limits.extensionDays(complaint.isRemoteArea());
    FormInput.Decision decision = in.decision("extensionDecision", "extensionReason",
        "Lý do");
    String reason = in.text("extensionReason", "Lý do");
    int days = decision.approved() ? in.count("extensionDays", "Số ngày gia hạn", 1, max) : 0;
    in.require(complaint.getExtensions() < limits.maxExtensions() || !decision.approved(),
        "Đã gia hạn tối đa " + limits.maxExtensions() + " lần theo " + limits.basis()
            + ".");
    in.refuseIfInvalid();
    LocalDate previous = complaint.getResolutionDue();
    LocalDate next = decision.approved()
        ? calendar.deadline(previous, days, limits.resolutionInWorkingDays()) : previous;
    extensions.save(new ComplaintExtension(complaint.getId(),
        extensions.findByComplaintIdOrderBySeq(complaint.getId()).size() + 1,
        decision.approved(), days, reason, previous, next, Actors.of(task), Clock.now()));
    if (decision.approved()) {
      complaint.extend(next);
      complaints.save(complaint);
      DelegateExecution process = task.getExecution();
      process.setVariable("extensionsUsed", complaint.getExtensions());
      setResolutionDue(process, next);
    }
  }

  void warnAcceptance(DelegateExecution execution) {
    warn(execution, "thụ lý", (String) execution.getVariable("acceptanceDueDate"));
  }

  void warnResolution(DelegateExecution execution) {
    warn(execution, "giải quyết", (String) execution.getVariable("resolutionDueDate"));
  }

  private void warn(DelegateExecution execution, String step, String due) {
    String unit = (String) execution.getVariable("handlingUnit");
    notices.send(execution, Notice.Kind.REMINDER, PHASE, unit, unit, "Nhắc nhở: đơn "
        + execution.getVariable("caseNumber") + " sắp hết hạn " + step + " (hạn "
        + Formats.date(LocalDate.parse(due)) + ").");
  }

  void escalateAcceptance(DelegateExecution execution) {
    escalate(execution, "thụ lý", (String) execution.getVariable("acceptanceDueDate"));
  }

  void escalateResolution(DelegateExecution execution) {
    escalate(execution, "giải quyết", (String) execution.getVariable("resolutionDueDate"));
  }

  private void escalate(DelegateExecution execution, String step, String due) {
    String text = "Đơn " + execution.getVariable("caseNumber") + " ("
        + execution.getVariable("caseKindLabel") + ", " + execution.getVariable(
            "handlingUnitName") + ") đã quá hạn " + step + " (hạn "
        + Formats.date(LocalDate.parse(due)) + ").";
    execution.setVariable("escalationText", text);
    notices.send(execution, Notice.Kind.ESCALATION, PHASE,
        (String) execution.getVariable("handlingUnit"), roles.getLeadership(), text);
  }

  /** Complete listener of the leadership's follow-up of a late case. */
  void recordDirection(DelegateTask task) {
    FormInput in = FormInput.of(task);
    in.text("direction", "Ý kiến chỉ đạo");
    in.refuseIfInvalid();
  }

  /** Complete listener of SuperviseCase (II.5.b). */
  void recordSupervision(DelegateTask task) {
    FormInput in = FormInput.of(task);
    boolean open = in.flag("openSupervisionNote");
    String note = in.optionalText("supervisionNote", "Nội dung phiếu giám sát");
    in.require(!open || note != null, "Khi mở phiếu giám sát phải ghi «Nội dung phiếu giám sát».");
    in.refuseIfInvalid();
    if (open) {
      Complaint complaint = of(task);
      complaint.supervise(note);
      complaints.save(complaint);
      notices.send(task.getExecution(), Notice.Kind.ESCALATION, PHASE, null,
          roles.getLeadership(), "Ban Thanh tra nhân dân mở phiếu giám sát đơn "
              + complaint.getCaseNumber() + ": " + note);
    }
  }
}
