package vn.qcdc.flow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.flow.audit.HistoryChain;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.Period;
import vn.qcdc.flow.review.ReviewService;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * The reporting chain of one six-month review with a known set of reviews: one unit late, one
 * missing, figures pre-filled and one corrected by hand. The Word report is read back with POI;
 * the submission goes to a real SMTP server (GreenMail) that is down at first, then refuses one
 * recipient, then works: each recipient gets the report exactly once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportChainTest {

  static final int YEAR = 2040;
  static final int SMTP_PORT = freePort();
  static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:qcdc-reporting;DB_CLOSE_DELAY=-1");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("qcdc.documents.soffice", () -> "soffice");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 3000);
  }

  /**
   * The mail server as this test's application sees it: GreenMail, which refuses the addresses
   * the test lists as unknown mailboxes (the settings, qcdc.reporting, stay as configured).
   */
  static class TestMailServer extends JavaMailSenderImpl {
    final Set<String> unknown = ConcurrentHashMap.newKeySet();

    TestMailServer() {
      setHost("127.0.0.1");
      setPort(SMTP_PORT);
      getJavaMailProperties().put("mail.smtp.connectiontimeout", "3000");
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) {
      for (MimeMessage message : messages) {
        try {
          for (Address to : message.getAllRecipients()) {
            if (unknown.contains(to.toString())) {
              throw new MailSendException("550 5.1.1 <" + to + ">: mailbox unavailable");
            }
          }
        } catch (MessagingException e) {
          throw new MailSendException("Cannot read the recipients", e);
        }
      }
      super.doSend(messages, originals);
    }
  }

  @TestConfiguration
  static class MailServer {
    @Bean
    TestMailServer mailSender() {
      return new TestMailServer();
    }
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  ReportingService reporting;
  @Autowired
  ReportDocuments documents;
  @Autowired
  ReportDispatchRepository dispatches;
  @Autowired
  ReportingProperties properties;
  @Autowired
  ReviewService reviews;
  @Autowired
  TestMailServer mailServer;
  @Autowired
  MockMvc mvc;

  YearDriver y;

  /**
   * One year's reporting chain, in the order it happens. One test, not ordered tests sharing a
   * static driver: each step needs the state the one before left (the same cycle, clock and
   * mailbox), and none can run alone.
   */
  @Test
  void aYearsReportsFromTheReviewsToTheRecipientsAndTheRatings() throws Exception {
    theReportSaysWhatTheReviewsSaid();
    theReportIsDownloadedAndCorrectedOverRest();
    theSubmissionReachesEachRecipientOnceThroughFailures();
    anIssuedGeneratedReportCarriesItsNumberDateAndSigner();
    leadershipConfirmsTheRatingsAndTheCouncilGetsThemAsCsvAndXlsx();
  }

  @AfterAll
  static void stop() {
    ClockUtil.reset();
    SMTP.stop();
  }

  void theReportSaysWhatTheReviewsSaid() throws Exception {
    y = new YearDriver(engine, new JavaDesk(engine, cycles), YEAR);
    y.start();
    y.firstHalf();
    y.clock(6, 15);
    y.runDueJobs();
    y.fileReview("phong-tong-hop", Map.of("complaintsReceived", 4L, "complaintsInPerson", 1L,
        "complaintsResolved", 3L, "complaintsOnTime", 2L, "keyTasksSet", 6L, "keyTasksDone", 5L));
    y.fileReview("phong-tuyen-truyen", Map.of("participants", 7L));
    for (String unit : List.of("phong-ly-luan", "trung-tam-du-luan", "cong-doan",
        "ban-thanh-tra")) {
      y.fileReview(unit);
    }
    y.reviewSideBranches(List.of("phong-ly-luan"));
    y.clock(7, 3); // due 30/06: Phòng Báo chí files late
    y.runDueJobs();
    y.fileReview("phong-bao-chi");
    y.clock(7, 8); // the cut-off: Phòng Văn hóa never filed
    y.runDueJobs();
    y.answerUnionSentiment(); // II.5.a: the reviews are in, the union's report is answered
    y.runDueJobs();

    var tuyenTruyen = reviews.filed(YEAR, Period.H1).get("phong-tuyen-truyen");
    assertThat(tuyenTruyen.getFigures().get(Indicator.PARTICIPANTS)).satisfies(f -> {
      assertThat(f.getPrefilled()).isEqualTo(5);
      assertThat(f.getValue()).isEqualTo(7);
      assertThat(f.isCorrected()).isTrue();
    });
    assertThat(tuyenTruyen.getFigures().get(Indicator.PROPOSALS_RECEIVED).getPrefilled())
        .isEqualTo(2);
    assertThat(tuyenTruyen.getFigures().get(Indicator.PROPOSALS_RECEIVED).isCorrected())
        .isFalse();

    ConsolidatedReport report = reporting.report(YEAR, Period.H1).orElseThrow();
    ReportDocument draft = documents.latest(report.getId()).orElseThrow();
    assertThat(draft.getVersion()).isEqualTo(1);
    assertThat(draft.getSource()).isEqualTo(ReportDocument.GENERATED);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draft.getContent()))) {
      String text = allText(doc);
      assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "THÀNH ỦY ĐÀ NẴNG",
          "BAN TUYÊN GIÁO", "-BC/BTGTU", "BÁO CÁO",
          "kết quả thực hiện quy chế dân chủ ở cơ sở 6 tháng đầu năm 2040",
          "I. KẾT QUẢ THỰC HIỆN",
          // The assessment follows the figures: one late, one missing, one case overdue.
          "Trong 6 tháng đầu năm 2040, việc thực hiện quy chế dân chủ ở cơ sở tại cơ quan cơ bản"
              + " được thực hiện; còn 1 đơn vị chưa nộp báo cáo sơ kết (Phòng Văn hóa - Văn"
              + " nghệ); 1 đơn vị nộp báo cáo sơ kết chậm so với thời hạn (Phòng Báo chí - Xuất"
              + " bản); 1 đơn thư giải quyết quá thời hạn luật định; mới hoàn thành 5/6 nhiệm vụ"
              + " trọng tâm.",
          "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
          "1. Công tác quán triệt, tuyên truyền",
          "2. Hội nghị cán bộ, công chức và nhiệm vụ trọng tâm",
          "3. Thực hiện quy chế, công khai và giải quyết đơn thư",
          "4. Trách nhiệm nêu gương của lãnh đạo và đối thoại",
          "5. Hoạt động của Công đoàn và Ban Thanh tra nhân dân",
          "II. HẠN CHẾ VÀ NGUYÊN NHÂN",
          "III. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ, ĐỀ XUẤT",
          "Cơ quan tiếp nhận 4 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh; đã giải quyết 3,"
              + " trong đó 2 đúng thời hạn luật định; 1 đơn đang giải quyết.",
          // III.3 (issue 18): the member the committee named, with the union's representative
          "Ban Chỉ đạo kiểm tra 1 đơn vị: Phòng Lý luận chính trị và Lịch sử Đảng do đồng chí"
              + " Trần Thị Bình kiểm tra, cùng đại diện Công đoàn là đồng chí Ngô Thị Quyên"
              + " (thực hiện tốt",
          "5/6 phòng, trung tâm đã nộp báo cáo sơ kết; Công đoàn cơ quan đã nộp, Ban Thanh tra"
              + " nhân dân đã nộp; nộp trễ: Phòng Báo chí - Xuất bản; chưa nộp: Phòng Văn hóa -"
              + " Văn nghệ.",
          "PHỤ LỤC",
          "Nơi nhận:", "- BCĐ thực hiện QCDCCS TP,", "- Đảng ủy Khối CCQTP,", "- Lưu VT.",
          "TRƯỞNG BAN");
      // Counted by kind of unit, no internal codes, no fixed verdict.
      assertThat(text).doesNotContain("(mục II", "8/8 phòng", "tiếp tục được thực hiện nghiêm"
          + " túc", "sơ kết, tổng kết", "ĐẢNG BỘ THÀNH PHỐ");
      // issue 13: the history chain's seal, made when the report was generated
      assertThat(HistoryChain.parseSeals(text)).hasSize(1);
      assertThat(text).contains("Dấu niêm phong nhật ký kiểm tra (báo cáo «");
      XWPFTable table = doc.getTables().stream()
          .filter(t -> t.getRow(0).getCell(1) != null
              && t.getRow(0).getCell(1).getText().equals("Đơn vị"))
          .findFirst().orElseThrow();
      XWPFTable second = doc.getTables().stream()
          .filter(t -> t.getRow(0).getCell(1) != null
              && t.getRow(0).getCell(1).getText().equals("Đơn vị") && t != table)
          .findFirst().orElseThrow();
      assertThat(cells(table.getRow(0))).containsExactly("TT", "Đơn vị", "Buổi quán triệt",
          "Lượt tham dự", "Kiến nghị nhận", "Kiến nghị đã trả lời", "Báo cáo");
      assertThat(cells(second.getRow(0))).containsExactly("TT", "Đơn vị", "Đơn thư tiếp nhận",
          "Tiếp công dân trực tiếp", "Đơn thư đã giải quyết", "Giải quyết đúng hạn", "Nhiệm vụ trọng tâm",
          "Nhiệm vụ hoàn thành");
      assertThat(cells(row(table, "Phòng Báo chí - Xuất bản"))).endsWith("Nộp trễ");
      assertThat(cells(row(table, "Phòng Văn hóa - Văn nghệ")))
          .containsSequence("-", "-", "-", "-", "Chưa nộp");
      assertThat(cells(row(second, "Phòng Văn hóa - Văn nghệ")))
          .containsSequence("-", "-", "-", "-", "-");
      assertThat(cells(row(table, "Ban Thanh tra nhân dân")))
          .containsSequence("-", "-", "-", "-", "Đúng hạn");
      // 6 units held their dissemination meeting (5 each, Phòng Tuyên truyền corrected to 7);
      // 3 proposals, all answered; the complaints and key tasks Phòng Tổng hợp entered.
      assertThat(cells(row(table, "Tổng cộng")))
          .containsExactly("", "Tổng cộng", "6", "32", "3", "3", "7/8 đã nộp");
      assertThat(cells(row(second, "Tổng cộng")))
          .containsExactly("", "Tổng cộng", "4", "1", "3", "2", "6", "5");
    }
  }

  void theReportIsDownloadedAndCorrectedOverRest() throws Exception {
    String path = "/api/reports/" + YEAR + "/H1/document";
    mvc.perform(get(path)).andExpect(status().isUnauthorized());
    mvc.perform(get(path).header("Authorization", basic("tuyentruyen")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(
            "Người dùng tuyentruyen không có quyền với báo cáo này."));
    mvc.perform(get(path).header("Authorization", basic("truongban")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", ReportDocuments.DOCX))
        .andExpect(header().string("X-Report-Version", "1"))
        .andExpect(header().string("Content-Disposition",
            org.hamcrest.Matchers.containsString("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20k%E1"
                + "%BA%BFt%20qu%E1%BA%A3")));
    mvc.perform(get("/api/reports/" + YEAR + "/Q3/document")
        .header("Authorization", basic("truongban"))).andExpect(status().isNotFound());

    // leadership returns it; the general-affairs department uploads its own corrected version
    y.submit(y.task("ApproveReport"), "truongban", Map.of("reportDecision", "return",
        "reportComments", "Bổ sung nguyên nhân Phòng Văn hóa chưa nộp."));
    byte[] corrected = withExtraParagraph(documents.latest(
        reporting.report(YEAR, Period.H1).orElseThrow().getId()).orElseThrow().getContent(),
        "Phòng Văn hóa - Văn nghệ chưa nộp do cán bộ đi công tác dài ngày.");
    mvc.perform(post(path).header("Authorization", basic("truongban"))
        .contentType(ReportDocuments.DOCX).content(corrected))
        .andExpect(status().isForbidden());
    mvc.perform(post(path).header("Authorization", basic("tonghop"))
        .contentType(ReportDocuments.DOCX).content("không phải Word".getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(
            "Tệp tải lên không phải văn bản Word (.docx) hợp lệ."));
    // The revision task links to the upload page; its POST needs the page's header and a
    // Tasklist session (HTTP basic is for /api only).
    assertThat(engine.getTaskService().getVariable(y.task("ReviseReport").getId(),
        "reportUploadUrl")).isEqualTo("/reports/upload.html?year=" + YEAR + "&period=H1");
    assertThat(mvc.perform(get("/reports/upload.html")).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Tải lên bản sửa của báo cáo", "X-Requested-With");
    String sessionPath = "/reports/" + YEAR + "/H1/document";
    mvc.perform(post(sessionPath).contentType(ReportDocuments.DOCX).content(corrected))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("Chỉ tải lên được từ trang tải lên bản sửa."));
    mvc.perform(post(sessionPath).header("X-Requested-With", "qcdc-upload")
        .contentType(ReportDocuments.DOCX).content(corrected))
        .andExpect(status().isUnauthorized());
    mvc.perform(post(path).header("Authorization", basic("tonghop"))
        .contentType(ReportDocuments.DOCX).content(corrected))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.source").value("UPLOADED"));
    y.submit(y.task("ReviseReport"), "tonghop", Map.of("reportSummary",
        "Đã bổ sung nguyên nhân.", "nextPeriodProposals", "Tăng cường kiểm tra"));
    y.runDueJobs();
    ConsolidatedReport report = reporting.report(YEAR, Period.H1).orElseThrow();
    // the upload made after the return is what leadership sees, not a regenerated text
    assertThat(documents.latest(report.getId()).orElseThrow().getVersion()).isEqualTo(2);
    y.submit(y.task("ApproveReport"), "phoban", Map.of("reportDecision", "approve"));
    mvc.perform(post(path).header("Authorization", basic("tonghop"))
        .contentType(ReportDocuments.DOCX).content(corrected))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(
            "Báo cáo đã được phê duyệt: không thể tải lên bản sửa."));
    mvc.perform(get("/api/reports/" + YEAR + "/H1").header("Authorization", basic("kiemtoan")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.versions.length()").value(2));
  }

  void theSubmissionReachesEachRecipientOnceThroughFailures() throws Exception {
    String bloc = properties.recipients().get(1).email();
    assertThatThrownBy(() -> y.submit(y.task("SubmitReport"), "tonghop",
        Map.of("documentNumber", "45/BC", "documentDate", y.engineToday(), "archived", true)))
        .rootCause().hasMessageContaining("«Số văn bản» phải có dạng");
    y.clock(7, 10);
    Task submission = y.task("SubmitReport");
    // The register held the number when the task was created: Tasklist shows it read-only,
    // another number sent by hand is refused, and the held one is issued.
    assertThat(engine.getTaskService().getVariableLocal(submission.getId(), "documentNumber"))
        .isEqualTo("01-BC/BTGTU");
    assertThatThrownBy(() -> y.submit(submission, "tonghop", Map.of("documentNumber",
        "07-BC/BTGTU", "documentDate", y.engineToday(), "archived", true)))
        .rootCause().hasMessageContaining("do sổ văn bản đi cấp (01-BC/BTGTU)");
    y.submit(submission, "tonghop", Map.of("documentNumber", "01-BC/BTGTU",
        "documentDate", y.engineToday(), "archived", true));
    theRegisterListsTheNumber();
    ConsolidatedReport report = reporting.report(YEAR, Period.H1).orElseThrow();
    ReportDocument issued = documents.latest(report.getId()).orElseThrow();
    assertThat(issued.getSource()).isEqualTo(ReportDocument.ISSUED);
    assertThat(issued.getVersion()).isEqualTo(3);
    // the approved version was the upload: it is issued as it is
    assertThat(issued.getSha256()).isEqualTo(documents.version(report.getId(), 2).orElseThrow()
        .getSha256());

    // 1. the mail server is down: three tries, then an incident
    for (int attempt = 0; attempt < 3; attempt++) {
      runSendJob();
      y.clock(7, 10 + attempt + 1);
    }
    assertThat(incidents()).hasSize(1);
    assertThat(dispatches.findByReportId(report.getId())).isEmpty();

    // 2. the server is up, but refuses the second address (a mailbox it does not know): the
    // first recipient gets it
    SMTP.start();
    mailServer.unknown.add(bloc);
    retryFromCockpit();
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(dispatches.findByReportId(report.getId())).hasSize(1);
    assertThat(incidents()).hasSize(1);

    // 3. the mailbox exists again and the incident is retried: only the second one is sent
    mailServer.unknown.remove(bloc);
    retryFromCockpit();
    assertThat(incidents()).isEmpty();
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(2);
    List<String> to = new ArrayList<>();
    for (MimeMessage message : received) {
      to.add(message.getAllRecipients()[0].toString());
      assertThat(message.getSubject())
          .isEqualTo("Số 01-BC/BTGTU - Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở 6 tháng"
              + " đầu năm 2040");
      byte[] attached = attachment(message);
      assertThat(ReportDocuments.sha256(attached)).isEqualTo(issued.getSha256());
      String letter = text(message);
      assertThat(letter).contains("Ban Tuyên giáo Thành ủy trân trọng gửi Báo cáo số"
          + " 01-BC/BTGTU ngày 10/07/2040 về kết quả thực hiện quy chế dân chủ ở cơ sở 6 tháng"
          + " đầu năm 2040.").doesNotContain("Đính kèm là").contains("Trân trọng./.")
          .containsAnyOf("Kính gửi: Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở thành phố.",
              "Kính gửi: Đảng ủy Khối Các cơ quan thành phố.")
          .doesNotContain("QCDCCS", "CCQTP");
    }
    assertThat(to).containsExactly(properties.recipients().get(0).email(), bloc);
    assertThat(dispatches.findByReportId(report.getId()))
        .extracting(ReportDispatch::getChannel).containsOnly(ReportDispatch.EMAIL);
    report = reporting.report(YEAR, Period.H1).orElseThrow();
    assertThat(report.getStatus()).isEqualTo(ConsolidatedReport.SUBMITTED);
    assertThat(report.isSentToCity() && report.isSentToBloc() && report.isArchived()).isTrue();
    assertThat(report.getDelivery()).isEqualTo(ReportDispatch.EMAIL);
    assertThat(y.runDueJobs()).isZero();
  }

  void anIssuedGeneratedReportCarriesItsNumberDateAndSigner() throws Exception {
    // The year-end report is approved as generated: its issued version is regenerated with the
    // number, the date and the approver's name.
    y.clock(11, 20);
    y.runDueJobs();
    for (String unit : YearDriver.REVIEW_UNITS) {
      y.fileReview(unit, unit.equals("phong-tong-hop") ? Map.of("officialsListed",
          "Trần Văn Hùng; 95; không\nLê Thị Mai; 75%; không\nPhạm Văn Nam; 40; có")
          : Map.of());
    }
    y.reviewSideBranches(List.of("phong-ly-luan", "phong-bao-chi"));
    y.runDueJobs();
    y.approveAndSubmitReport("02-BC/BTGTU");
    y.runDueJobs();
    ConsolidatedReport report = reporting.report(YEAR, Period.YEAR).orElseThrow();
    ReportDocument issued = documents.latest(report.getId()).orElseThrow();
    assertThat(issued.getSource()).isEqualTo(ReportDocument.ISSUED);
    // kept as a test artefact, to be looked at (README: rendered with LibreOffice)
    java.nio.file.Path artefact = java.nio.file.Path.of("target", "reports", "bao-cao-"
        + YEAR + "-YEAR.docx");
    java.nio.file.Files.createDirectories(artefact.getParent());
    java.nio.file.Files.write(artefact, issued.getContent());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(issued.getContent()))) {
      assertThat(allText(doc)).contains("Số 02-BC/BTGTU", "Đà Nẵng, ngày 20 tháng 11 năm 2040",
          "kết quả thực hiện quy chế dân chủ ở cơ sở năm 2040", "Nguyễn Văn An",
          "6/6 phòng, trung tâm đã nộp báo cáo tổng kết; Công đoàn cơ quan đã nộp, Ban Thanh tra"
              + " nhân dân đã nộp.");
    }
    // The PDF next to it, when LibreOffice is installed (CI installs it): read back.
    if (new PdfConverter(new DocumentProperties("soffice", java.time.Duration.ofMinutes(1), 0)).available()) {
      assertThat(issued.getPdfContent()).as("the PDF next to the issued version").isNotNull();
      java.nio.file.Files.write(artefact.resolveSibling("bao-cao-" + YEAR + "-YEAR.pdf"),
          issued.getPdfContent());
      try (var pdf = org.apache.pdfbox.Loader.loadPDF(issued.getPdfContent())) {
        var stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setSortByPosition(true);
        String all = ReportDocumentFormatTest.squeeze(stripper.getText(pdf));
        assertThat(all).contains(ReportDocumentFormatTest.squeezed("THÀNH ỦY ĐÀ NẴNG",
            "Số 02-BC/BTGTU", "III. PHƯƠNG HƯỚNG", "PHỤ LỤC", "Tổng cộng"));
        stripper.setStartPage(2);
        stripper.setEndPage(2);
        assertThat(stripper.getText(pdf).strip()).startsWith("2");
      }
      mvc.perform(get("/api/reports/" + YEAR + "/YEAR/document.pdf")
          .header("Authorization", basic("truongban")))
          .andExpect(status().isOk())
          .andExpect(header().string("Content-Type", "application/pdf"));
    }
    // Besides the reports: the Party committee's answers to the union (II.5.a, issue 18).
    assertThat(java.util.Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> !subjectOf(m).startsWith("[QCDC] Trả lời phản ánh"))).hasSize(4);
  }

  static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  void leadershipConfirmsTheRatingsAndTheCouncilGetsThemAsCsvAndXlsx() throws Exception {
    Task tongHop = y.taskAbout("ConfirmRating", "Phòng Khoa giáo - Hành chính và Tổng hợp");
    // 5 of 9 at the dissemination meeting: the unit is proposed HOAN_THANH, which caps Hùng
    assertThat((String) engine.getTaskService().getVariable(tongHop.getId(), "officialRatings"))
        .isEqualTo("Trần Văn Hùng: Hoàn thành tốt nhiệm vụ (hoàn thành 95%)\n"
            + "Lê Thị Mai: Hoàn thành tốt nhiệm vụ (hoàn thành 75%)\n"
            + "Phạm Văn Nam: Không hoàn thành nhiệm vụ (hoàn thành 40%, bị kỷ luật)");
    assertThatThrownBy(() -> y.submit(tongHop, "truongban", Map.of("finalRating", "TOT",
        "officialOverrides", "Nguyễn Văn Không Có: TOT", "overrideReason", "Lý do")))
        .rootCause().hasMessageContaining("\"Nguyễn Văn Không Có\" không có trong danh sách");
    assertThatThrownBy(() -> y.submit(tongHop, "truongban", Map.of("finalRating",
        "HOAN_THANH", "officialOverrides", "Lê Thị Mai: HOAN_THANH")))
        .rootCause().hasMessageContaining("phải ghi «Lý do điều chỉnh»");
    // The basis names the assessment rule in force at the end of 2040 and, apart, the
    // emulation law the titles are considered under.
    assertThat((String) engine.getTaskService().getVariable(tongHop.getId(), "ratingBasis"))
        .contains("Đánh giá, xếp loại chất lượng theo Quy định số 366-QĐ/TW")
        .contains("Danh hiệu thi đua xét riêng theo Luật Thi đua, khen thưởng số 06/2022/QH15");
    // The form offers the listed officials as a select and the levels with their names.
    assertThat(engine.getTaskService().getVariable(tongHop.getId(), "officialChoices")
        .toString()).isEqualTo("[{\"label\":\"Trần Văn Hùng\",\"value\":\"Trần Văn Hùng\"},"
            + "{\"label\":\"Lê Thị Mai\",\"value\":\"Lê Thị Mai\"},"
            + "{\"label\":\"Phạm Văn Nam\",\"value\":\"Phạm Văn Nam\"}]");
    assertThatThrownBy(() -> y.submit(tongHop, "truongban", Map.of("finalRating", "TOT",
        "override1Official", "Lê Thị Mai", "overrideReason", "Lý do")))
        .rootCause().hasMessageContaining("dòng 1: chưa chọn mức điều chỉnh");
    assertThatThrownBy(() -> y.submit(tongHop, "truongban", Map.of("finalRating", "TOT",
        "override1Official", "Lê Thị Mai", "override1Rating", "HOAN_THANH",
        "override2Official", "Lê Thị Mai", "override2Rating", "TOT",
        "overrideReason", "Lý do")))
        .rootCause().hasMessageContaining("dòng 2: \"Lê Thị Mai\" đã được điều chỉnh");
    y.submit(tongHop, "truongban", Map.of("finalRating", "TOT",
        "override1Official", "Lê Thị Mai", "override1Rating", "HOAN_THANH",
        "overrideReason", "Đơn vị tổ chức bù buổi quán triệt; chị Mai chậm hai việc."));
    for (Task other : y.tasks("ConfirmRating")) {
      String proposed = (String) engine.getTaskService().getVariable(other.getId(),
          "proposedRating");
      y.submit(other, "phoban", Map.of("finalRating", proposed));
    }
    y.runDueJobs();

    String csv = new String(mvc.perform(get("/api/emulation/" + YEAR + "/ratings.csv")
        .header("Authorization", basic("truongban")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
        .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFF\"Năm\",\"Đơn vị\",\"Cán bộ, công chức\"");
    assertThat(lines).contains(
        "\"2040\",\"Phòng Khoa giáo - Hành chính và Tổng hợp\",\"Trần Văn Hùng\",\"95\","
            + "\"Không\",\"Hoàn thành xuất sắc nhiệm vụ\",\"Hoàn thành xuất sắc nhiệm vụ\",\"\","
            + "\"truongban\",\"\"",
        "\"2040\",\"Phòng Khoa giáo - Hành chính và Tổng hợp\",\"Lê Thị Mai\",\"75\","
            + "\"Không\",\"Hoàn thành tốt nhiệm vụ\",\"Hoàn thành nhiệm vụ\","
            + "\"Đơn vị tổ chức bù buổi quán triệt; chị Mai chậm hai việc.\",\"truongban\",\"\"");
    // the unit confirmed TOT lifts the cap on Hùng: the table is applied again on confirmation
    // 6 units and the 3 officials of one, under the header
    assertThat(lines).hasSize(1 + 6 + 3);

    byte[] xlsx = mvc.perform(get("/api/emulation/" + YEAR + "/ratings.xlsx")
        .header("Authorization", basic("kiemtoan"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheet("Thi đua 2040");
      assertThat(sheet.getLastRowNum()).isEqualTo(9);
      var unitRow = java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(sheet::getRow)
          .filter(r -> r.getCell(2).getStringCellValue().isEmpty()
              && r.getCell(1).getStringCellValue().startsWith("Phòng Khoa giáo"))
          .findFirst().orElseThrow();
      assertThat(unitRow.getCell(5).getStringCellValue()).isEqualTo("Hoàn thành nhiệm vụ");
      assertThat(unitRow.getCell(6).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
    }
    mvc.perform(get("/api/emulation/" + YEAR + "/ratings.csv")
        .header("Authorization", basic("tuyentruyen"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/emulation/2039/ratings.csv")
        .header("Authorization", basic("truongban"))).andExpect(status().isNotFound());
  }

  private void runSendJob() {
    Job job = engine.getManagementService().createJobQuery().activityId("SendReport")
        .singleResult();
    assertThat(job).isNotNull();
    try {
      engine.getManagementService().executeJob(job.getId());
    } catch (RuntimeException expected) {
      // the failure is what this step is about; the engine records it on the job
    }
  }

  /** What Cockpit's "retry" does: give the failed job one more try, then run it. */
  private void retryFromCockpit() {
    Job job = engine.getManagementService().createJobQuery().activityId("SendReport")
        .singleResult();
    engine.getManagementService().setJobRetries(job.getId(), 1);
    runSendJob();
  }

  private List<Incident> incidents() {
    return engine.getRuntimeService().createIncidentQuery().activityId("SendReport").list();
  }

  static String allText(XWPFDocument doc) {
    StringBuilder text = new StringBuilder();
    doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
    for (XWPFTable table : doc.getTables()) {
      table.getRows().forEach(r -> r.getTableCells()
          .forEach(c -> text.append(c.getText()).append('\n')));
    }
    return text.toString();
  }

  static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
  }

  static XWPFTableRow row(XWPFTable table, String unit) {
    return table.getRows().stream().filter(r -> r.getCell(1).getText().equals(unit)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + unit));
  }

  static byte[] withExtraParagraph(byte[] docx, String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        var out = new java.io.ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
      return out.toByteArray();
    }
  }

  static String text(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (part.getDisposition() == null) {
        Object content = part.getContent();
        if (content instanceof Multipart inner) {
          return String.valueOf(inner.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
      }
    }
    throw new AssertionError("no text");
  }

  static byte[] attachment(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no attachment");
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + vn.qcdc.flow.support.TestPasswords.of(user))
        .getBytes(StandardCharsets.UTF_8));
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The register as general affairs and leadership read and export it; others may not. */
  void theRegisterListsTheNumber() throws Exception {
    String path = "/api/register/" + YEAR;
    mvc.perform(get(path).header("Authorization", basic("tuyentruyen")))
        .andExpect(status().isForbidden());
    mvc.perform(get(path).header("Authorization", basic("truongban")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].number").value("01-BC/BTGTU"))
        .andExpect(jsonPath("$[0].status").value("ISSUED"))
        .andExpect(jsonPath("$[0].documentDate").value(YEAR + "-07-10"))
        .andExpect(jsonPath("$[0].subject").value(
            "Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở 6 tháng đầu năm " + YEAR));
    // A notice written outside the application gets the next TB number; a wrong kind is refused.
    mvc.perform(post("/api/register").header("Authorization", basic("truongban"))
        .contentType("application/json").content("{\"kind\":\"TB\",\"subject\":\"x\","
            + "\"documentDate\":\"" + YEAR + "-07-10\"}")).andExpect(status().isForbidden());
    mvc.perform(post("/api/register").header("Authorization", basic("tonghop"))
        .contentType("application/json").content("{\"kind\":\"XX\",\"subject\":\"x\","
            + "\"documentDate\":\"" + YEAR + "-07-10\"}")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(
            "«Loại văn bản» phải là một trong")));
    String created = mvc.perform(post("/api/register").header("Authorization", basic("tonghop"))
        .contentType("application/json").content("{\"kind\":\"TB\",\"subject\":"
            + "\"Thông báo lịch đối thoại\",\"documentDate\":\"" + YEAR + "-07-10\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.number").value("01-TB/BTGTU"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created)
        .path("id").asText();
    mvc.perform(post("/api/register/entries/" + id + "/cancel")
        .header("Authorization", basic("tonghop")).contentType("application/json")
        .content("{\"reason\":\"\"}")).andExpect(status().isBadRequest());
    mvc.perform(post("/api/register/entries/" + id + "/cancel")
        .header("Authorization", basic("tonghop")).contentType("application/json")
        .content("{\"reason\":\"Lịch đối thoại thay đổi\"}")).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CANCELLED"));
    byte[] xlsx = mvc.perform(get(path + "/export.xlsx").header("Authorization",
        basic("tonghop"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐI - BTGTU - năm " + YEAR);
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("01-BC/BTGTU");
      assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("10/07/" + YEAR);
      // The year's plan, issued after its approval (IssuePlan), is numbered in the register.
      assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("01-KH/BTGTU");
      assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("01-TB/BTGTU");
      assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("Đã hủy");
      assertThat(sheet.getRow(5).getCell(7).getStringCellValue())
          .isEqualTo("Lịch đối thoại thay đổi");
    }
  }
}
