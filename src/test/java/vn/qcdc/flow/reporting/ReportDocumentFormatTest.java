package vn.qcdc.flow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import vn.qcdc.flow.PlanRules;

/**
 * The report as a leader signs it, without the engine: the rules of ReportRules on a year with
 * late units and complaints and on a quiet year, the legal basis of qcdc-rules.yaml by date,
 * and the Word document turned into PDF by LibreOffice and read back page by page (header,
 * number, place line, parts I-III, the appendix, page numbers from page 2, the K/T block).
 */
class ReportDocumentFormatTest {

  static PlanRules plan;
  static final PdfConverter PDF =
      new PdfConverter(new DocumentProperties("soffice", java.time.Duration.ofMinutes(2), 0));
  static final ReportRules RULES = new ReportRules(ReportingProperties.Assessment.DEFAULTS);

  @BeforeAll
  static void configuration() throws IOException {
    StandardEnvironment env = new StandardEnvironment();
    new YamlPropertySourceLoader().load("rules", new ClassPathResource("qcdc-rules.yaml"))
        .forEach(env.getPropertySources()::addLast);
    plan = Binder.get(env).bind("qcdc.plan", PlanRules.class).get();
  }

  static ReportRules.Facts busy() {
    return new ReportRules.Facts("6 tháng đầu năm 2022", "sơ kết",
        List.of("Phòng Báo chí - Xuất bản"), List.of("Phòng Văn hóa - Văn nghệ"), 4, 3, 2, 6, 5);
  }

  static ReportRules.Facts quiet() {
    return new ReportRules.Facts("năm 2025", "tổng kết", List.of(), List.of(), 0, 0, 0, 0, 0);
  }

  @Test
  void theAssessmentFollowsTheFiguresNotAFixedVerdict() {
    assertThat(RULES.verdict(busy())).isEqualTo(ReportRules.Verdict.FAIR);
    assertThat(RULES.assessment(busy())).isEqualTo("Trong 6 tháng đầu năm 2022, việc thực hiện"
        + " quy chế dân chủ ở cơ sở tại cơ quan cơ bản được thực hiện; còn 1 đơn vị chưa nộp báo"
        + " cáo sơ kết (Phòng Văn hóa - Văn nghệ); 1 đơn vị nộp báo cáo sơ kết chậm so với thời"
        + " hạn (Phòng Báo chí - Xuất bản); 1 đơn thư giải quyết quá thời hạn luật định; mới"
        + " hoàn thành 5/6 nhiệm vụ trọng tâm.");
    assertThat(RULES.assessment(quiet())).isEqualTo("Trong năm 2025, việc thực hiện quy chế dân"
        + " chủ ở cơ sở tại cơ quan được thực hiện nghiêm túc: các đơn vị nộp báo cáo tổng kết"
        + " đúng hạn.");
    ReportRules.Facts bad = new ReportRules.Facts("năm 2023", "tổng kết", List.of("A", "B", "C"),
        List.of(), 5, 5, 5, 10, 10);
    assertThat(RULES.verdict(bad)).isEqualTo(ReportRules.Verdict.POOR);
    assertThat(RULES.assessment(bad)).contains("chưa đạt yêu cầu: 3 đơn vị nộp báo cáo tổng kết"
        + " chậm");
    // Zero as Vietnamese writes it; never "0/0" nor "phát hiện 0".
    assertThat(ReportRules.cases(0, 0, 0)).isEqualTo("Trong kỳ, cơ quan chưa phát sinh đơn thư"
        + " khiếu nại, tố cáo, kiến nghị, phản ánh.");
    assertThat(ReportRules.cases(4, 3, 2)).isEqualTo("Cơ quan tiếp nhận 4 đơn thư khiếu nại, tố"
        + " cáo, kiến nghị, phản ánh; đã giải quyết 3, trong đó 2 đúng thời hạn luật định; 1 đơn"
        + " đang giải quyết.");
    assertThat(ReportRules.findings(0)).isEqualTo("không phát hiện tồn tại, hạn chế");
    assertThat(ReportRules.keyTasks(0, 0)).doesNotContain("0/0");
    assertThat(ReportRules.proposals(0, 0)).doesNotContain("0");
  }

  @Test
  void theLegalBasisIsTheOneInForceOnThePeriodsDate() {
    assertThat(plan.legalBasisOn(LocalDate.of(2022, 6, 30))).startsWith("Nghị định số 04/2015")
        .doesNotContain("10/2022/QH15");
    assertThat(plan.legalBasisOn(LocalDate.of(2022, 12, 31))).contains("04/2015/NĐ-CP");
    // The first half of 2023 still rests on the decree; the law is in force from 01/07/2023.
    assertThat(plan.legalBasisOn(LocalDate.of(2023, 6, 30))).contains("04/2015/NĐ-CP")
        .doesNotContain("10/2022/QH15");
    assertThat(plan.legalBasisOn(LocalDate.of(2023, 12, 31))).contains("10/2022/QH15",
        "59/2023/NĐ-CP").doesNotContain("04/2015");
    assertThat(plan.legalBasisFor(2023)).contains("04/2015/NĐ-CP");
    assertThat(plan.legalBasisFor(2024)).contains("10/2022/QH15", "59/2023/NĐ-CP");
    assertThat(plan.legalBasis()).allSatisfy(b -> assertThat(b.source()).isNotBlank());
  }

  @Test
  void aBusyHalfYearSignedByADeputyReadsBackFromThePdf() throws Exception {
    assumeTrue(PDF.available(), "LibreOffice (soffice) is not installed");
    ReportContent c = content(busy(), "01-BC/BTGTU", LocalDate.of(2022, 7, 10),
        plan.legalBasisInForce(LocalDate.of(2022, 6, 30)), "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN",
        "Trần Thị Bình", true);
    List<String> pages = pdfPages(new ReportWriter(new org.springframework.beans.factory.support.StaticListableBeanFactory()
        .getBeanProvider(vn.qcdc.flow.audit.AuditSeals.class)).write(c), "bao-cao-2022-H1");
    assertThat(pages.size()).isGreaterThanOrEqualTo(2);
    String first = squeeze(pages.get(0));
    assertThat(first).contains(squeezed("THÀNH ỦY ĐÀ NẴNG", "BAN TUYÊN GIÁO", "Số 01-BC/BTGTU",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 10 tháng 7 năm 2022", "BÁO CÁO",
        "Căn cứ Nghị định số 04/2015/NĐ-CP", "I. KẾT QUẢ THỰC HIỆN",
        "cơ bản được thực hiện; còn 1 đơn vị chưa nộp"));
    assertThat(first).doesNotContain(squeezed("BAN TUYÊN GIÁO THÀNH ỦY", "ĐẢNG BỘ THÀNH PHỐ", "mục II"));
    // Page numbers from page 2: the first page has none, the others start with theirs.
    assertThat(pages.get(0).strip()).doesNotStartWith("1");
    for (int i = 1; i < pages.size(); i++) {
      assertThat(pages.get(i).strip()).startsWith(String.valueOf(i + 1));
    }
    String all = squeeze(String.join("\n", pages));
    assertThat(all).contains(squeezed("II. HẠN CHẾ VÀ NGUYÊN NHÂN",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ, ĐỀ XUẤT", "K/T TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN", "Trần Thị Bình", "Nơi nhận:", "- Lưu VT."));
    String last = squeeze(pages.get(pages.size() - 1));
    assertThat(last).contains(squeezed("PHỤ LỤC", "(Kèm theo Báo cáo số 01-BC/BTGTU ngày 10/07/2022",
        "Tổng cộng", "Nộp trễ", "7/8"));
    // Table cells wrap between words, never inside one ("Nhiệ|m vụ" was the old table's flaw).
    List<String> words = List.of(pages.get(pages.size() - 1).split("\\s+"));
    assertThat(words).contains("Nhiệm", "vụ", "trọng", "tâm", "quán", "triệt", "Chưa", "nộp")
        .doesNotContain("Nhiệ", "m", "triệ");
  }

  @Test
  void aQuietYearSignedByTheHeadReadsBackFromThePdf() throws Exception {
    assumeTrue(PDF.available(), "LibreOffice (soffice) is not installed");
    ReportContent c = content(quiet(), "02-BC/BTGTU", LocalDate.of(2025, 12, 20),
        plan.legalBasisInForce(LocalDate.of(2025, 12, 31)), "TRƯỞNG BAN", "Nguyễn Văn An",
        false);
    List<String> pages = pdfPages(new ReportWriter(new org.springframework.beans.factory.support.StaticListableBeanFactory()
        .getBeanProvider(vn.qcdc.flow.audit.AuditSeals.class)).write(c), "bao-cao-2025-YEAR");
    String all = squeeze(String.join("\n", pages));
    assertThat(all).contains(squeezed("Số 02-BC/BTGTU", "Đà Nẵng, ngày 20 tháng 12 năm 2025",
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
        "Căn cứ Nghị định số 59/2023/NĐ-CP", "được thực hiện nghiêm túc",
        "chưa phát sinh đơn thư", "III. PHƯƠNG HƯỚNG", "Các đơn vị không có kiến nghị",
        "PHỤ LỤC")).doesNotContain(squeezed("K/T", "04/2015", "phát hiện 0"));
  }

  /**
   * Text without any white space: justified lines come out of PDF text extraction with spaces
   * inside words ("cơ s ở"), so words and phrases are compared without them.
   */
  static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  static String[] squeezed(String... phrases) {
    return java.util.Arrays.stream(phrases).map(ReportDocumentFormatTest::squeeze)
        .toArray(String[]::new);
  }

  static ReportContent content(ReportRules.Facts f, String number, LocalDate date,
      List<PlanRules.LegalBasis> basis, String signerTitle, String signer, boolean busy) {
    List<String> units = List.of("Phòng Khoa giáo - Hành chính và Tổng hợp", "Phòng Tuyên truyền",
        "Phòng Lý luận chính trị và Lịch sử Đảng", "Phòng Báo chí - Xuất bản",
        "Phòng Văn hóa - Văn nghệ", "Trung tâm Nghiên cứu dư luận xã hội", "Công đoàn cơ quan",
        "Ban Thanh tra nhân dân");
    List<ReportContent.Row> rows = new ArrayList<>();
    for (String unit : units) {
      boolean missing = busy && unit.equals("Phòng Văn hóa - Văn nghệ");
      List<Integer> figures = new ArrayList<>();
      for (int i = 0; i < ReportAssembler.TABLE.size(); i++) {
        figures.add(missing ? null : busy ? i + 1 : 0);
      }
      rows.add(new ReportContent.Row(unit, figures, missing ? ReportAssembler.MISSING
          : busy && unit.equals("Phòng Báo chí - Xuất bản") ? ReportAssembler.LATE
          : ReportAssembler.FILED));
    }
    List<Integer> totals = new ArrayList<>();
    for (int i = 0; i < ReportAssembler.TABLE.size(); i++) {
      totals.add(busy ? 7 * (i + 1) : 0);
    }
    List<ReportContent.Section> sections = List.of(
        new ReportContent.Section("I. KẾT QUẢ THỰC HIỆN", List.of(RULES.assessment(f))),
        new ReportContent.Section("3. Thực hiện quy chế, công khai và giải quyết đơn thư",
            List.of(ReportRules.cases(f.casesReceived(), f.casesResolved(), f.casesOnTime()))),
        new ReportContent.Section("II. HẠN CHẾ VÀ NGUYÊN NHÂN", List.of(busy
            ? "Phòng Báo chí - Xuất bản: nộp báo cáo chậm." : "Các đơn vị không nêu hạn chế.")),
        new ReportContent.Section("III. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ, ĐỀ XUẤT",
            List.of("Các đơn vị không có kiến nghị, đề xuất với cấp trên trong kỳ này.")));
    return new ReportContent("Thành ủy Đà Nẵng", "Ban Tuyên giáo", "BTGTU", "Đà Nẵng", number,
        date, "BÁO CÁO", "kết quả thực hiện quy chế dân chủ ở cơ sở " + f.periodText(),
        "Ban Tuyên giáo Thành ủy báo cáo kết quả như sau:", sections,
        ReportAssembler.TABLE_HEADERS, rows, new ReportContent.Row("Tổng cộng", totals,
            (busy ? 7 : 8) + "/8 đã nộp"), "Ghi chú: \"-\" là chỉ tiêu đơn vị không báo cáo.",
        List.of(), List.of("BCĐ thực hiện QCDCCS TP", "Đảng ủy Khối CCQTP", "Lưu VT"),
        signerTitle, signer, basis.stream().map(PlanRules.LegalBasis::text).toList(),
        "Số liệu thực hiện quy chế dân chủ ở cơ sở " + f.periodText() + " của các đơn vị");
  }

  /** The PDF's text page by page; the .docx and .pdf are kept under target/reports. */
  static List<String> pdfPages(byte[] docx, String name) throws IOException {
    byte[] pdf = PDF.toPdf(docx);
    Path dir = Path.of("target", "reports");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".docx"), docx);
    Files.write(dir.resolve(name + ".pdf"), pdf);
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper text = new PDFTextStripper();
      // LibreOffice places Vietnamese precomposed letters out of stream order: read by position.
      text.setSortByPosition(true);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        text.setStartPage(p);
        text.setEndPage(p);
        pages.add(text.getText(doc));
      }
    }
    return pages;
  }
}
