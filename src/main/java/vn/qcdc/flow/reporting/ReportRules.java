package vn.qcdc.flow.reporting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every rule by which a report turns the period's records into words, in one place: the
 * general assessment follows the thresholds below (the agency's own rule, not a legal one, so
 * configuration: qcdc.reporting.assessment.*, bound by ReportingProperties), and zero is written as Vietnamese writes it.
 *
 * <p>The assessment is "thực hiện nghiêm túc" only when nothing below is wrong; "cơ bản thực
 * hiện" when every shortcoming stays within the "fair" limits; otherwise "chưa đạt yêu cầu".
 * Each shortcoming is named in the sentence, so the verdict can be checked against the figures.
 */
@Component
public class ReportRules {

  private final int fairMaxLateUnits;
  private final int fairMaxMissingUnits;
  private final int fairMaxOverdueCases;
  private final int fairMinKeyTasksDonePercent;

  @Autowired
  ReportRules(ReportingProperties properties) {
    this(properties.assessment());
  }

  public ReportRules(ReportingProperties.Assessment limits) {
    this.fairMaxLateUnits = limits.fairMaxLateUnits();
    this.fairMaxMissingUnits = limits.fairMaxMissingUnits();
    this.fairMaxOverdueCases = limits.fairMaxOverdueCases();
    this.fairMinKeyTasksDonePercent = limits.fairMinKeyTasksDonePercent();
  }

  public enum Verdict { GOOD, FAIR, POOR }

  /** What the assessment looks at, counted from the records of the period. */
  public record Facts(String periodText, String reviewWord, List<String> lateUnits,
      List<String> missingUnits, int casesReceived, int casesResolved, int casesOnTime,
      int keyTasksSet, int keyTasksDone) {

    int overdueCases() {
      return Math.max(0, casesResolved - casesOnTime);
    }

    int unresolvedCases() {
      return Math.max(0, casesReceived - casesResolved);
    }
  }

  public Verdict verdict(Facts f) {
    boolean keyTasksAll = f.keyTasksSet() == 0 || f.keyTasksDone() >= f.keyTasksSet();
    if (f.lateUnits().isEmpty() && f.missingUnits().isEmpty() && f.overdueCases() == 0
        && keyTasksAll) {
      return Verdict.GOOD;
    }
    boolean keyTasksFair = f.keyTasksSet() == 0
        || f.keyTasksDone() * 100 >= fairMinKeyTasksDonePercent * f.keyTasksSet();
    if (f.lateUnits().size() <= fairMaxLateUnits && f.missingUnits().size() <= fairMaxMissingUnits
        && f.overdueCases() <= fairMaxOverdueCases && keyTasksFair) {
      return Verdict.FAIR;
    }
    return Verdict.POOR;
  }

  /** The general assessment: the verdict, and what it rests on. */
  public String assessment(Facts f) {
    List<String> shortcomings = new ArrayList<>();
    if (!f.missingUnits().isEmpty()) {
      shortcomings.add(f.missingUnits().size() + " đơn vị chưa nộp báo cáo " + f.reviewWord()
          + " (" + String.join(", ", f.missingUnits()) + ")");
    }
    if (!f.lateUnits().isEmpty()) {
      shortcomings.add(f.lateUnits().size() + " đơn vị nộp báo cáo " + f.reviewWord()
          + " chậm so với thời hạn (" + String.join(", ", f.lateUnits()) + ")");
    }
    if (f.overdueCases() > 0) {
      shortcomings.add(f.overdueCases() + " đơn thư giải quyết quá thời hạn luật định");
    }
    if (f.keyTasksSet() > 0 && f.keyTasksDone() < f.keyTasksSet()) {
      shortcomings.add("mới hoàn thành " + f.keyTasksDone() + "/" + f.keyTasksSet()
          + " nhiệm vụ trọng tâm");
    }
    String subject = "Trong " + f.periodText() + ", việc thực hiện quy chế dân chủ ở cơ sở tại"
        + " cơ quan ";
    return switch (verdict(f)) {
      case GOOD -> subject + "được thực hiện nghiêm túc: các đơn vị nộp báo cáo " + f.reviewWord()
          + " đúng hạn" + (f.casesResolved() > 0 ? ", đơn thư được giải quyết đúng thời hạn" : "")
          + (f.keyTasksSet() > 0 ? ", các nhiệm vụ trọng tâm đều hoàn thành" : "") + ".";
      case FAIR -> subject + "cơ bản được thực hiện; còn " + String.join("; ", shortcomings) + ".";
      case POOR -> subject + "chưa đạt yêu cầu: " + String.join("; ", shortcomings) + ".";
    };
  }

  /** "không phát hiện tồn tại" rather than "phát hiện 0 tồn tại". */
  public static String findings(int n) {
    return n == 0 ? "không phát hiện tồn tại, hạn chế" : "phát hiện " + n + " tồn tại, hạn chế";
  }

  /** Complaints of the period, written as an agency writes them, zero included. */
  public static String cases(int received, int resolved, int onTime) {
    if (received == 0 && resolved == 0) {
      return "Trong kỳ, cơ quan chưa phát sinh đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh.";
    }
    String text = "Cơ quan tiếp nhận " + received + " đơn thư khiếu nại, tố cáo, kiến nghị,"
        + " phản ánh; ";
    if (resolved == 0) {
      return text + "chưa giải quyết xong đơn nào.";
    }
    text += "đã giải quyết " + resolved + (resolved == onTime ? ", tất cả đúng thời hạn luật định"
        : onTime == 0 ? ", không đơn nào đúng thời hạn luật định"
        : ", trong đó " + onTime + " đúng thời hạn luật định");
    int open = received - resolved;
    return text + (open > 0 ? "; " + open + " đơn đang giải quyết." : ".");
  }

  /** Key tasks of the period; none set is said as such, not "0/0". */
  public static String keyTasks(int set, int done) {
    if (set == 0) {
      return "Trong kỳ chưa giao nhiệm vụ trọng tâm theo tháng.";
    }
    return done >= set ? "Hoàn thành cả " + set + " nhiệm vụ trọng tâm được giao."
        : "Hoàn thành " + done + "/" + set + " nhiệm vụ trọng tâm được giao.";
  }

  /** Proposals; none received is said as such. */
  public static String proposals(int received, int answered) {
    if (received == 0) {
      return "Cán bộ, công chức không có kiến nghị, đề xuất.";
    }
    return "Cán bộ, công chức gửi " + received + " kiến nghị, đề xuất; "
        + (answered >= received ? "tất cả đã được trả lời." : "đã trả lời " + answered + ".");
  }
}
