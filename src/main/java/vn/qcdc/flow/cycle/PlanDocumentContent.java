package vn.qcdc.flow.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.reporting.ReportContent;

/**
 * The approved plan as the agency issues it (issue 14, item 2): the seed's structure (opening
 * from the work programme; I. Mục đích, yêu cầu; II. Nội dung thực hiện; III. Tổ chức thực hiện;
 * Nơi nhận with its five recipients) filled from the plan's data: the documents to disseminate
 * and their deadline, the year's key tasks, the legal basis of the year. Laid out by the same
 * writer as the reports, so the header, number, place line, signature block and page numbers
 * follow Hướng dẫn 36-HD/VPTW in one place.
 */
public final class PlanDocumentContent {

  /** The recipients of the seed's "Nơi nhận", in its order; the external ones come first. */
  public static final List<String> INTERNAL_RECIPIENTS = List.of(
      "Thành viên Ban Chỉ đạo cơ quan", "Các phòng, trung tâm thuộc Ban", "Lưu VT");

  private PlanDocumentContent() {
  }

  /**
   * @param parentBody the committee above the agency ("THÀNH ỦY ...")
   * @param agencyName the agency as its header writes it
   * @param externalRecipients short names of the external recipients (reporting.recipients)
   * @param previousResolution last year's conference resolution as recorded, or null
   * @param carriedKeyTasks last year's key tasks left unfinished ("Tháng m/năm: ...")
   */
  public static ReportContent of(int year, String parentBody, String agencyName,
      String agencyShortName, String agencyFullName, String place, String number,
      LocalDate date, List<String> legalBasis, String documents, LocalDate disseminationDue,
      String keyTasks, List<String> externalRecipients, String signerTitle, String signerName,
      String previousResolution, List<String> carriedKeyTasks) {
    List<ReportContent.Section> sections = new ArrayList<>();
    sections.add(new ReportContent.Section("I. MỤC ĐÍCH, YÊU CẦU", List.of(
        "1. Nâng cao nhận thức, trách nhiệm của toàn thể cán bộ, công chức trong việc thực hiện"
            + " và phát huy tinh thần dân chủ, góp phần thay đổi lề lối, tác phong làm việc của"
            + " cơ quan, hoàn thành hiệu quả các nhiệm vụ chính trị được giao.",
        "2. Phát huy hơn nữa vai trò của cấp ủy và lãnh đạo cơ quan, nhất là người đứng đầu cơ"
            + " quan, bí thư cấp ủy với tổ chức công đoàn trong xây dựng và thực hiện quy chế dân"
            + " chủ ở cơ sở.",
        "3. Việc thực hiện quy chế dân chủ ở cơ sở phải được quan tâm thường xuyên, thực chất,"
            + " gắn với các phong trào thi đua xây dựng “Cơ quan văn hóa”.")));

    List<String> content = new ArrayList<>();
    content.add("1. Tăng cường công tác chỉ đạo, tuyên truyền thực hiện quy chế dân chủ ở cơ sở");
    content.add("- Các phòng, trung tâm, Công đoàn và Chi bộ cơ quan tuyên truyền, quán triệt"
        + " đến toàn thể cán bộ, công chức các văn bản sau, hoàn thành trước ngày "
        + Formats.date(disseminationDue) + ":");
    lines(documents).forEach(d -> content.add("+ " + d + ";"));
    content.add("- Thông qua các cuộc họp của cơ quan, công đoàn, sinh hoạt định kỳ và sinh hoạt"
        + " chuyên đề của chi bộ, Ban Chỉ đạo quy chế dân chủ ở cơ sở cơ quan tăng cường công"
        + " tác tư tưởng, nâng cao nhận thức của cán bộ, công chức về dân chủ ở cơ sở.");
    content.add("2. Tổ chức Hội nghị cán bộ, công chức cơ quan năm " + year
        + " và triển khai thực hiện có hiệu quả Nghị quyết Hội nghị");
    content.add("- Tổ chức tốt Hội nghị cán bộ, công chức cơ quan năm " + year + ", chú trọng"
        + " việc đề xuất, kiến nghị và thảo luận các giải pháp nhằm cải tiến điều kiện làm"
        + " việc, nâng cao hiệu quả công tác.");
    content.add("- Trên cơ sở Nghị quyết của Hội nghị cán bộ, công chức cơ quan năm " + (year - 1)
        + ", chủ động xây dựng kế hoạch công tác năm và nhiệm vụ trọng tâm từng tháng"
        + (previousResolution == null || previousResolution.isBlank() ? "."
            : "; Nghị quyết năm " + (year - 1) + ": " + previousResolution.strip()
                .replaceAll("\\s*\\R\\s*", "; ") + "."));
    content.add("3. Thực hiện quy chế dân chủ ở cơ sở gắn với cải cách hành chính, phòng, chống"
        + " tham nhũng, thực hành tiết kiệm, chống lãng phí");
    List<String> tasks = lines(keyTasks);
    if (tasks.isEmpty()) {
      content.add("- Thực hiện tốt các nhiệm vụ trọng tâm năm " + year + " được cấp trên giao.");
    } else {
      content.add("- Thực hiện tốt " + tasks.size() + " nhiệm vụ trọng tâm năm " + year
          + " được giao:");
      tasks.forEach(t -> content.add("+ " + t + ";"));
    }
    if (!carriedKeyTasks.isEmpty()) {
      content.add("- Tiếp tục thực hiện các nhiệm vụ trọng tâm năm " + (year - 1)
          + " chưa hoàn thành:");
      carriedKeyTasks.forEach(t -> content.add("+ " + t + ";"));
    }
    content.add("- Thường xuyên rà soát, sửa đổi, bổ sung, hoàn thiện các quy định, quy chế"
        + " trong cơ quan; thực hiện nghiêm công tác tiếp công dân, giải quyết đơn thư khiếu"
        + " nại, tố cáo đúng thời hạn luật định; công khai, minh bạch các khoản chi, chế độ"
        + " chính sách, tiền lương, tiền thưởng của cán bộ, công chức.");
    content.add("4. Tăng cường trách nhiệm của tập thể lãnh đạo cơ quan, nhất là người đứng đầu"
        + " trong thực hiện quy chế dân chủ ở cơ sở");
    content.add("- Lãnh đạo Ban gương mẫu thực hiện các quy định nêu gương của cán bộ, đảng"
        + " viên; chú trọng đối thoại dân chủ giữa lãnh đạo Ban, bí thư cấp ủy với công đoàn,"
        + " cán bộ, công chức trong cơ quan.");
    content.add("5. Nâng cao vai trò của Công đoàn và Ban Thanh tra nhân dân trong thực hiện quy"
        + " chế dân chủ ở cơ sở");
    content.add("- Công đoàn cơ quan tuyên truyền cho đoàn viên, phối hợp kiểm tra, giám sát"
        + " việc thực hiện quy chế dân chủ ở cơ sở và phản ánh tâm tư, nguyện vọng của cán bộ,"
        + " công chức; Ban Thanh tra nhân dân giám sát các hoạt động hành chính - tài chính.");
    sections.add(new ReportContent.Section("II. NỘI DUNG THỰC HIỆN", content));

    sections.add(new ReportContent.Section("III. TỔ CHỨC THỰC HIỆN", List.of(
        "1. Các phòng, trung tâm thuộc Ban tổ chức quán triệt các văn bản về thực hiện quy chế"
            + " dân chủ ở cơ sở đến toàn thể cán bộ, công chức thông qua các buổi họp, sinh hoạt"
            + " định kỳ.",
        "2. Ban Chỉ đạo quy chế dân chủ ở cơ sở cơ quan phát huy vai trò của tập thể và từng"
            + " thành viên, tuyên truyền, vận động cán bộ, công chức phát huy dân chủ, tạo sự"
            + " đồng thuận trong thực thi công vụ.",
        "3. Ban Chỉ đạo phân công thành viên kiểm tra tình hình thực hiện quy chế dân chủ ở cơ"
            + " sở. Định kỳ 6 tháng, cuối năm, từng phòng, trung tâm, đoàn thể sơ kết, tổng kết"
            + " tại đơn vị; Phòng Khoa giáo - Hành chính và Tổng hợp tổng hợp, báo cáo kết quả"
            + " của cơ quan về Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở thành phố và Đảng"
            + " ủy Khối Các cơ quan thành phố.",
        "4. Lấy kết quả thực hiện quy chế dân chủ ở cơ sở là một trong các tiêu chuẩn quan"
            + " trọng để xét công nhận danh hiệu thi đua cho cán bộ, công chức.")));

    List<String> recipients = new ArrayList<>(externalRecipients);
    recipients.addAll(INTERNAL_RECIPIENTS);
    return new ReportContent(parentBody, agencyName, agencyShortName, place, number, date,
        "KẾ HOẠCH", "thực hiện quy chế dân chủ ở cơ sở năm " + year,
        "Căn cứ chương trình công tác năm " + year + ", " + agencyFullName + " xây dựng kế hoạch"
            + " triển khai thực hiện quy chế dân chủ ở cơ sở trong năm gồm những nội dung như"
            + " sau:",
        sections, List.of(), List.of(), null, null, List.of(), recipients, signerTitle,
        signerName, legalBasis, null);
  }

  private static List<String> lines(String text) {
    return text == null || text.isBlank() ? List.of()
        : text.lines().map(String::strip).map(l -> l.replaceAll("^[-+•]\\s*", ""))
            .map(l -> l.replaceAll("[;.]$", "")).filter(l -> !l.isEmpty()).toList();
  }
}
