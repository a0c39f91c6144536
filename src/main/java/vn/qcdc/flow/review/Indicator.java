package vn.qcdc.flow.review;

import static vn.qcdc.flow.organisation.UnitKind.CENTRE;
import static vn.qcdc.flow.organisation.UnitKind.DEPARTMENT;
import static vn.qcdc.flow.organisation.UnitKind.INSPECTION_BOARD;
import static vn.qcdc.flow.organisation.UnitKind.UNION;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.qcdc.flow.organisation.UnitKind;

/**
 * The figures a QCDC review carries (III.3): everything about an indicator in one line. The key
 * is the form field id on the review forms; the label is what the forms and the report's text
 * say; the column, when there is one, heads the report's indicator table (in this order); the
 * kinds are the units that report it (the union II.5.a, the inspection board II.5.b).
 *
 * <p>A new indicator is a line here, its field on the review form of each kind that reports it,
 * and, when the application counts it, its {@link IndicatorSource}. ReviewFormFieldsTest checks
 * the forms against this list.
 */
public enum Indicator {
  DISSEMINATION_SESSIONS("disseminationSessions", "Số buổi quán triệt, tuyên truyền về QCDC",
      "Buổi quán triệt", DEPARTMENT, CENTRE, UNION),
  PARTICIPANTS("participants", "Số lượt người tham dự", "Lượt tham dự",
      DEPARTMENT, CENTRE, UNION),
  PROPOSALS_RECEIVED("proposalsReceived", "Số kiến nghị, đề xuất nhận được", "Kiến nghị nhận",
      DEPARTMENT, CENTRE, UNION),
  PROPOSALS_ANSWERED("proposalsAnswered", "Số kiến nghị đã được trả lời",
      "Kiến nghị đã trả lời", DEPARTMENT, CENTRE, UNION),
  COMPLAINTS_RECEIVED("complaintsReceived",
      "Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", "Đơn thư tiếp nhận",
      DEPARTMENT, CENTRE),
  // II.3: "nhất là trong công tác tiếp dân": the cases the unit received from a citizen in
  // person, of those received.
  COMPLAINTS_IN_PERSON("complaintsInPerson", "Trong đó: số lượt tiếp công dân trực tiếp",
      "Tiếp công dân trực tiếp", DEPARTMENT, CENTRE),
  COMPLAINTS_RESOLVED("complaintsResolved", "Số đơn thư đã giải quyết", "Đơn thư đã giải quyết",
      DEPARTMENT, CENTRE),
  COMPLAINTS_ON_TIME("complaintsOnTime", "Số đơn thư giải quyết đúng hạn", "Giải quyết đúng hạn",
      DEPARTMENT, CENTRE),
  // The board supervises complaints and disclosures; counting them for it too would count the
  // department's cases twice in the agency's totals.
  DISCLOSURES_MADE("disclosuresMade", "Số lần công khai tài chính", null, DEPARTMENT, CENTRE),
  DIALOGUES_HELD("dialoguesHeld", "Số buổi đối thoại", null, DEPARTMENT, CENTRE, UNION),
  DIALOGUE_ACTIONS_DONE("dialogueActionsDone", "Số việc sau đối thoại đã hoàn thành", null,
      DEPARTMENT, CENTRE),
  KEY_TASKS_SET("keyTasksSet", "Số nhiệm vụ trọng tâm được giao", "Nhiệm vụ trọng tâm",
      DEPARTMENT, CENTRE),
  KEY_TASKS_DONE("keyTasksDone", "Số nhiệm vụ trọng tâm hoàn thành", "Nhiệm vụ hoàn thành",
      DEPARTMENT, CENTRE),
  INSPECTIONS_MADE("inspectionsMade", "Số cuộc kiểm tra, giám sát", null,
      UNION, INSPECTION_BOARD),
  INSPECTION_FINDINGS("inspectionFindings", "Số tồn tại, hạn chế phát hiện qua kiểm tra", null,
      UNION, INSPECTION_BOARD);

  private final String key;
  private final String label;
  private final String column;
  private final Set<UnitKind> reportedBy;

  Indicator(String key, String label, String column, UnitKind... reportedBy) {
    this.key = key;
    this.label = label;
    this.column = column;
    this.reportedBy = EnumSet.of(reportedBy[0], reportedBy);
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The heading of its column in the report's indicator table, if it has one. */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  public boolean reportedBy(UnitKind kind) {
    return reportedBy.contains(kind);
  }

  /** The figure this one may not exceed (answered of received, on time of resolved...). */
  public Optional<Indicator> notAbove() {
    return Optional.ofNullable(switch (this) {
      case PROPOSALS_ANSWERED -> PROPOSALS_RECEIVED;
      case COMPLAINTS_IN_PERSON -> COMPLAINTS_RECEIVED;
      case COMPLAINTS_ON_TIME -> COMPLAINTS_RESOLVED;
      case KEY_TASKS_DONE -> KEY_TASKS_SET;
      default -> null;
    });
  }
}
