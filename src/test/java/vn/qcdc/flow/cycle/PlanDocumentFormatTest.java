package vn.qcdc.flow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import vn.qcdc.flow.PlanRules;
import vn.qcdc.flow.reporting.ReportContent;
import vn.qcdc.flow.reporting.ReportDocumentFormatTestAccess;
import vn.qcdc.flow.reporting.ReportWriter;

/**
 * Issue 14 item 2: the approved plan as a document, read back from the Word file and from its
 * PDF: header per 36-HD, the number from the register, the seed's sections I-III filled from
 * the plan's data, its five recipients, page numbers from page 2 and no figures appendix.
 */
class PlanDocumentFormatTest {

  static PlanRules plan;

  @BeforeAll
  static void configuration() throws IOException {
    StandardEnvironment env = new StandardEnvironment();
    new YamlPropertySourceLoader().load("rules", new ClassPathResource("qcdc-rules.yaml"))
        .forEach(env.getPropertySources()::addLast);
    plan = Binder.get(env).bind("qcdc.plan", PlanRules.class).get();
  }

  static ReportContent plan2022(String signerTitle, String signer) {
    return PlanDocumentContent.of(2022, "Thành ủy Đà Nẵng", "Ban Tuyên giáo", "BTGTU",
        "Ban Tuyên giáo Thành ủy", "Đà Nẵng", "08-KH/BTGTU", LocalDate.of(2022, 1, 20),
        plan.legalBasisInForce(LocalDate.of(2022, 1, 1)).stream()
            .map(PlanRules.LegalBasis::text).toList(),
        String.join("\n", plan.defaultDocuments()).replace("{year}", "2022"),
        LocalDate.of(2022, 3, 15),
        "Nâng cao chất lượng công tác tuyên truyền\nĐổi mới công tác dư luận xã hội\n"
            + "Tổng kết 10 năm thực hiện Chỉ thị 29-CT/TU",
        List.of("BCĐ thực hiện QCDCCS TP", "Đảng ủy Khối CCQTP"), signerTitle, signer,
        "Hoàn thành 100% chỉ tiêu công tác năm 2022\nCải tiến điều kiện làm việc",
        List.of("Tháng 11/2021: Sơ kết Chỉ thị 05-CT/TW"));
  }

  static ReportWriter writer() {
    return new ReportWriter(new org.springframework.beans.factory.support
        .StaticListableBeanFactory().getBeanProvider(vn.qcdc.flow.audit.AuditSeals.class));
  }

  @Test
  void theWordDocumentHasTheSeedsStructureFromThePlansData() throws IOException {
    byte[] docx = writer().write(plan2022("TRƯỞNG BAN", "Nguyễn Văn An"));
    String text;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      text = extractor.getText();
    }
    assertThat(text).contains("THÀNH ỦY ĐÀ NẴNG", "BAN TUYÊN GIÁO", "Số 08-KH/BTGTU",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 20 tháng 01 năm 2022", "KẾ HOẠCH",
        "thực hiện quy chế dân chủ ở cơ sở năm 2022",
        "Căn cứ Nghị định số 04/2015/NĐ-CP", "Căn cứ chương trình công tác năm 2022",
        "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN",
        "hoàn thành trước ngày 15/03/2022", "+ Chỉ thị số 37-CT/TW ngày 03/9/2019",
        "Nhiệm vụ công tác trọng tâm năm 2022 của Ban Chỉ đạo",
        "Thực hiện tốt 3 nhiệm vụ trọng tâm năm 2022 được giao:",
        "+ Đổi mới công tác dư luận xã hội;",
        "Trên cơ sở Nghị quyết của Hội nghị cán bộ, công chức cơ quan năm 2021",
        "Nghị quyết năm 2021: Hoàn thành 100% chỉ tiêu công tác năm 2022; Cải tiến điều kiện",
        "Tiếp tục thực hiện các nhiệm vụ trọng tâm năm 2021 chưa hoàn thành:",
        "+ Tháng 11/2021: Sơ kết Chỉ thị 05-CT/TW;",
        "Nơi nhận:", "BCĐ thực hiện QCDCCS TP", "Đảng ủy Khối CCQTP",
        "Thành viên Ban Chỉ đạo cơ quan", "Các phòng, trung tâm thuộc Ban", "Lưu VT",
        "TRƯỞNG BAN", "Nguyễn Văn An");
    // A plan has no figures: no appendix, no reference to one; no report wording.
    assertThat(text).doesNotContain("PHỤ LỤC", "Phụ lục kèm theo", "BÁO CÁO", "-BC/",
        "Luật Thực hiện dân chủ ở cơ sở");
    // Order of the parts as in the seed.
    assertThat(text.indexOf("I. MỤC ĐÍCH")).isLessThan(text.indexOf("II. NỘI DUNG"));
    assertThat(text.indexOf("II. NỘI DUNG")).isLessThan(text.indexOf("III. TỔ CHỨC"));
    assertThat(text.indexOf("III. TỔ CHỨC")).isLessThan(text.indexOf("Nơi nhận"));
  }

  @Test
  void thePdfReadsBackWithPageNumbersFromPageTwo() throws Exception {
    assumeTrue(ReportDocumentFormatTestAccess.pdfAvailable(),
        "LibreOffice (soffice) is not installed");
    List<String> pages = ReportDocumentFormatTestAccess.pdfPages(
        writer().write(plan2022("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", "Trần Thị Bình")),
        "ke-hoach-2022");
    assertThat(pages.size()).isGreaterThanOrEqualTo(2);
    String first = squeeze(pages.get(0));
    assertThat(first).contains(squeeze("THÀNH ỦY ĐÀ NẴNG"), squeeze("Số 08-KH/BTGTU"),
        squeeze("KẾ HOẠCH"), squeeze("I. MỤC ĐÍCH, YÊU CẦU"));
    assertThat(pages.get(0).strip()).doesNotStartWith("1");
    for (int i = 1; i < pages.size(); i++) {
      assertThat(pages.get(i).strip()).startsWith(String.valueOf(i + 1));
    }
    String all = squeeze(String.join("\n", pages));
    assertThat(all).contains(squeeze("II. NỘI DUNG THỰC HIỆN"), squeeze("III. TỔ CHỨC THỰC HIỆN"),
        squeeze("Nơi nhận:"), squeeze("Thành viên Ban Chỉ đạo cơ quan"),
        squeeze("Các phòng, trung tâm thuộc Ban"), squeeze("- Lưu VT."), squeeze("K/T TRƯỞNG BAN"),
        squeeze("PHÓ TRƯỞNG BAN"), squeeze("Trần Thị Bình")).doesNotContain(squeeze("PHỤ LỤC"));
  }

  static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
