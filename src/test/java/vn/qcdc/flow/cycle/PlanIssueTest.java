package vn.qcdc.flow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.flow.register.DocumentRegister;
import vn.qcdc.flow.register.RegisterEntry;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * Issue 14 item 2 through the engine: leadership approves the plan; IssuePlan numbers it from
 * the register (KH), writes it as Word and PDF, e-mails it once to each external recipient, and
 * every unit's dissemination task links to it; the link serves it to the agency's users only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PlanIssueTest {

  static final int YEAR = 2043;
  static final int SMTP_PORT = freePort();
  static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:qcdc-plan-issue;DB_CLOSE_DELAY=-1");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("qcdc.documents.soffice", () -> "soffice");
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DocumentRegister register;
  @Autowired
  PlanIssue issue;
  @Autowired
  MockMvc mvc;
  @Autowired
  AnnualPlanRepository plans;
  @Autowired
  org.springframework.transaction.PlatformTransactionManager transactions;

  @BeforeAll
  static void startMail() {
    SMTP.start();
  }

  @AfterAll
  static void stop() {
    ClockUtil.reset();
    SMTP.stop();
  }

  @Test
  void theApprovedPlanIsNumberedWrittenSentAndLinkedFromEveryUnit() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    YearDriver y = new YearDriver(engine, new JavaDesk(engine, cycles), YEAR);
    y.start();
    y.draftAndApprovePlan();

    // Numbered from the register as KH, issued, the reference tying it to the year's plan.
    RegisterEntry entry = register.active(PlanIssue.reference(YEAR)).orElseThrow();
    assertThat(entry.status()).isEqualTo(RegisterEntry.ISSUED);
    assertThat(entry.number()).matches("\\d{2,}-KH/BTGTU");
    Map<String, Object> row = jdbc.queryForMap(
        "SELECT * FROM qcdc_plan_document WHERE cycle_year = ?", YEAR);
    assertThat(row.get("document_number")).isEqualTo(entry.number());

    // The Word document read back: header, number, the seed's parts, the plan's own data.
    String word;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream((byte[]) row.get("content")));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      word = extractor.getText();
    }
    assertThat(word).contains("Số " + entry.number(), "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN", "hoàn thành trước ngày 15/02/" + YEAR,
        "+ Cải cách hành chính;", "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
        "Nơi nhận:", "BCĐ thực hiện QCDCCS TP", "Đảng ủy Khối CCQTP",
        "Thành viên Ban Chỉ đạo cơ quan", "Các phòng, trung tâm thuộc Ban", "Lưu VT");

    // The PDF, where LibreOffice is installed, and a page image of it for the README.
    byte[] pdf = (byte[]) row.get("pdf_content");
    if (pdf != null) {
      List<String> pages = new ArrayList<>();
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        PDFTextStripper text = new PDFTextStripper();
        text.setSortByPosition(true);
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
          text.setStartPage(p);
          text.setEndPage(p);
          pages.add(text.getText(doc));
        }
      }
      assertThat(pages.size()).isGreaterThanOrEqualTo(2);
      assertThat(squeeze(pages.get(0))).contains(squeeze("Số " + entry.number()),
          squeeze("ĐẢNG CỘNG SẢN VIỆT NAM"));
      assertThat(pages.get(0).strip()).doesNotStartWith("1");
      for (int i = 1; i < pages.size(); i++) {
        assertThat(pages.get(i).strip()).startsWith(String.valueOf(i + 1));
      }
      Files.createDirectories(Path.of("target", "reports"));
      Files.write(Path.of("target", "reports", "ke-hoach-" + YEAR + ".pdf"), pdf);
    }

    // E-mailed once to each external recipient, Word and PDF attached, as an agency writes.
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(2);
    for (MimeMessage message : received) {
      assertThat(message.getSubject()).isEqualTo("Số " + entry.number()
          + " - Kế hoạch thực hiện quy chế dân chủ ở cơ sở năm " + YEAR);
      assertThat(text(message)).contains("trân trọng gửi Kế hoạch số " + entry.number(),
          "Trân trọng./.").containsAnyOf(
          "Kính gửi: Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở thành phố.",
          "Kính gửi: Đảng ủy Khối Các cơ quan thành phố.");
      assertThat(attachmentNames(message)).anyMatch(n -> n.endsWith(".docx"));
      if (pdf != null) {
        assertThat(attachmentNames(message)).anyMatch(n -> n.endsWith(".pdf"));
      }
    }
    assertThat(jdbc.queryForList("SELECT channel FROM qcdc_plan_dispatch WHERE cycle_year = ?",
        String.class, YEAR)).containsExactly("EMAIL", "EMAIL");

    // Running the step again (a retried job) issues no second number and sends nothing more.
    org.camunda.bpm.engine.delegate.DelegateExecution again =
        org.mockito.Mockito.mock(org.camunda.bpm.engine.delegate.DelegateExecution.class);
    org.mockito.Mockito.when(again.getVariable("year")).thenReturn(YEAR);
    issue.execute(again);
    org.mockito.Mockito.verify(again).setVariable("planDocumentNumber", entry.number());
    assertThat(SMTP.getReceivedMessages()).hasSize(2);
    assertThat(register.entries(register.seriesOf(java.time.LocalDate.of(YEAR, 1, 5))).stream()
        .filter(e -> e.number().contains("-KH/")).count()).isEqualTo(1);

    // Every unit's dissemination task links to the issued plan, in words.
    List<Task> tasks = engine.getTaskService().createTaskQuery()
        .taskDefinitionKey("RecordDissemination").list();
    assertThat(tasks).hasSizeGreaterThanOrEqualTo(4);
    String form = new String(Files.readAllBytes(Path.of("forms", "dissemination-record.form")),
        StandardCharsets.UTF_8);
    assertThat(form).contains("[Kế hoạch thực hiện quy chế dân chủ ở cơ sở năm {{year}} (bản Word)]"
        + "(/plans/{{year}}/document)", "(/plans/{{year}}/document.pdf)");
    for (Task task : tasks) {
      assertThat(engine.getTaskService().getVariable(task.getId(), "year")).isEqualTo(YEAR);
    }

    // The link serves the agency's users and nobody else.
    mvc.perform(get("/api/plans/" + YEAR + "/document").header("Authorization",
        basic("tuyentruyen")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", PlanIssue.DOCX));
    mvc.perform(get("/api/plans/" + YEAR + "/document.pdf").header("Authorization",
        basic("tongdoan"))).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/plans/" + YEAR + "/document")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/plans/" + (YEAR + 1) + "/document")
        .header("Authorization", basic("tuyentruyen"))).andExpect(status().isNotFound());
  }

  /**
   * A job whose own transaction rolls back after the mails went out (an optimistic-locking
   * conflict further on, a node killed before the commit) is retried: the retry finds the
   * issued document and the dispatches, committed on their own, and mails nobody again. Before
   * the fix both lived in the job's transaction and the recipients received the plan twice
   * (seen in MariaDbCrashRecoveryTest on CI).
   */
  @Test
  void aRolledBackIssueIsRetriedWithoutASecondMailOrNumber() {
    int year = YEAR + 4;
    AnnualPlan plan = new AnnualPlan("btgtu", year);
    plan.draft("Kế hoạch thực hiện quy chế dân chủ ở cơ sở năm " + year, "Nghị quyết số 1",
        "Luật Thực hiện dân chủ ở cơ sở", "Nhiệm vụ trọng tâm", java.time.LocalDate.of(year, 3, 1),
        "tonghop", java.time.Instant.now());
    plan.approve("truongban", java.time.Instant.now());
    plans.save(plan);
    int before = SMTP.getReceivedMessages().length;
    org.camunda.bpm.engine.delegate.DelegateExecution job =
        org.mockito.Mockito.mock(org.camunda.bpm.engine.delegate.DelegateExecution.class);
    org.mockito.Mockito.when(job.getVariable("year")).thenReturn(year);

    new org.springframework.transaction.support.TransactionTemplate(transactions)
        .executeWithoutResult(status -> {
          issue.execute(job);
          status.setRollbackOnly();
        });
    assertThat(SMTP.getReceivedMessages()).hasSize(before + 2);
    String number = jdbc.queryForObject("SELECT document_number FROM qcdc_plan_document"
        + " WHERE cycle_year = ?", String.class, year);

    issue.execute(job);
    assertThat(SMTP.getReceivedMessages()).as("no second mail").hasSize(before + 2);
    assertThat(jdbc.queryForList("SELECT channel FROM qcdc_plan_dispatch WHERE cycle_year = ?",
        String.class, year)).containsExactly("EMAIL", "EMAIL");
    assertThat(jdbc.queryForList("SELECT document_number FROM qcdc_plan_document"
        + " WHERE cycle_year = ?", String.class, year)).containsExactly(number);
    assertThat(jdbc.queryForList("SELECT number_text FROM qcdc_register_entry WHERE reference = ?",
        String.class, PlanIssue.reference(year))).as("one number for the plan")
        .containsExactly(number);
  }

  /**
   * Issue 14 item 7: the conference is due by the legal deadline of its year (Luật 10/2022/QH15
   * Điều 51: within 3 months of the new work year, so by 31/03), and the next year's plan draft
   * starts from this year's conference resolution and the monthly key tasks left unfinished.
   */
  @Test
  void theNextYearsDraftStartsFromThisYearsResolutionAndUnfinishedTasks() {
    int year = YEAR + 2;
    YearDriver y = new YearDriver(engine, new JavaDesk(engine, cycles), year);
    y.start();
    y.draftAndApprovePlan();
    y.firstHalfAfterPlan();
    var conferences = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey("RecordConference").processInstanceBusinessKey("QCDC-" + year)
        .list();
    assertThat(conferences).isNotEmpty().allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(
        vn.qcdc.flow.engine.Clock.startOfDay(java.time.LocalDate.of(year, 4, 1))));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(conferences.get(0).getProcessInstanceId())
        .variableName("conferenceTimingBasis").list())
        .anySatisfy(v -> assertThat(v.getValue().toString())
            .contains("Điều 51", "hạn chót: 31/03/" + year));

    YearDriver next = new YearDriver(engine, new JavaDesk(engine, cycles), year + 1);
    next.start();
    Task draft = next.task("DraftPlan");
    assertThat(engine.getTaskService().getVariable(draft.getId(), "previousResolution"))
        .isEqualTo("Thông qua kế hoạch công tác năm và quy chế chi tiêu nội bộ.");
    String carried = (String) engine.getTaskService().getVariable(draft.getId(),
        "carriedKeyTasks");
    // No unit reported on any month of that year: every month's tasks are carried over.
    assertThat(carried.lines()).hasSize(12).contains(
        "Tháng 1/" + year + ": Nhiệm vụ trọng tâm tháng 1/" + year,
        "Tháng 12/" + year + ": Nhiệm vụ trọng tâm tháng 12/" + year);
    // A year with no conference behind it says so rather than leaving the field empty.
    YearDriver first = new YearDriver(engine, new JavaDesk(engine, cycles), YEAR + 10);
    first.start();
    assertThat((String) engine.getTaskService().getVariable(first.task("DraftPlan").getId(),
        "previousResolution")).isEqualTo("Năm " + (YEAR + 9) + " chưa có Nghị quyết Hội nghị"
            + " cán bộ, công chức được ghi nhận.");
  }

  static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
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

  static List<String> attachmentNames(MimeMessage message) throws Exception {
    List<String> names = new ArrayList<>();
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        names.add(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()));
      }
    }
    return names;
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":"
        + vn.qcdc.flow.support.TestPasswords.of(user)).getBytes(StandardCharsets.UTF_8));
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
