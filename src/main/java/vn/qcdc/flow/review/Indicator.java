package vn.qcdc.flow.review;

/**
 * The figures a QCDC review carries (III.3), with the Vietnamese label the forms and the report
 * use. The key is the form field id on the review forms.
 */
public enum Indicator {
  DISSEMINATION_SESSIONS("disseminationSessions", "Số buổi quán triệt, tuyên truyền về QCDC"),
  PARTICIPANTS("participants", "Số lượt người tham dự"),
  PROPOSALS_RECEIVED("proposalsReceived", "Số kiến nghị, đề xuất nhận được"),
  PROPOSALS_ANSWERED("proposalsAnswered", "Số kiến nghị đã được trả lời"),
  COMPLAINTS_RECEIVED("complaintsReceived", "Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận"),
  COMPLAINTS_RESOLVED("complaintsResolved", "Số đơn thư đã giải quyết"),
  COMPLAINTS_ON_TIME("complaintsOnTime", "Số đơn thư giải quyết đúng hạn"),
  DISCLOSURES_MADE("disclosuresMade", "Số lần công khai tài chính"),
  DIALOGUES_HELD("dialoguesHeld", "Số buổi đối thoại"),
  DIALOGUE_ACTIONS_DONE("dialogueActionsDone", "Số việc sau đối thoại đã hoàn thành"),
  KEY_TASKS_SET("keyTasksSet", "Số nhiệm vụ trọng tâm được giao"),
  KEY_TASKS_DONE("keyTasksDone", "Số nhiệm vụ trọng tâm hoàn thành"),
  INSPECTIONS_MADE("inspectionsMade", "Số cuộc kiểm tra, giám sát"),
  INSPECTION_FINDINGS("inspectionFindings", "Số tồn tại, hạn chế phát hiện qua kiểm tra");

  private final String key;
  private final String label;

  Indicator(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }
}
