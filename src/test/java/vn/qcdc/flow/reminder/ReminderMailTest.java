package vn.qcdc.flow.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * E-mail reminders against a real SMTP server (GreenMail): the dissemination tasks of a year
 * are reminded before their due date, each once although the check runs twice, to the members
 * of the unit the task is offered to; the escalation of the unit that misses the date reaches
 * that unit's members and the steering committee.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReminderMailTest {

  static final int YEAR = 2041;
  static final int SMTP_PORT = freePort();
  static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:qcdc-reminders;DB_CLOSE_DELAY=-1");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("qcdc.tasks.reminder-before", () -> "P2D");
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  DueReminders reminders;

  @BeforeAll
  static void startSmtp() {
    SMTP.start();
  }

  @AfterAll
  static void stop() {
    ClockUtil.reset();
    SMTP.stop();
  }

  @Test
  void eachTaskIsRemindedOnceBeforeItsDueDateAndTheLateUnitHearsOfItsEscalation()
      throws Exception {
    YearDriver y = new YearDriver(engine, new JavaDesk(engine, cycles), YEAR);
    y.start();
    y.draftAndApprovePlan();
    // Two days before nothing is due within the window except what the plan set for 15/02.
    y.clock(2, 10);
    assertThat(reminders.run()).isZero();
    for (String unit : List.of("phong-tong-hop", "phong-ly-luan")) {
      y.disseminate(unit, 5);
    }

    y.clock(2, 14);
    int first = reminders.run();
    int second = reminders.run();
    // The six units that have not disseminated; the two that did have no open task.
    assertThat(first).isEqualTo(6);
    assertThat(second).isZero();

    Map<String, MimeMessage> sent = distinct(SMTP.getReceivedMessages());
    List<MimeMessage> dueMails = sent.values().stream()
        .filter(m -> subject(m).startsWith("[QCDC] Nhắc việc sắp đến hạn")).toList();
    assertThat(dueMails).hasSize(6);
    for (String unit : List.of("phong-tuyen-truyen", "phong-bao-chi", "phong-van-hoa",
        "trung-tam-du-luan", "cong-doan", "cap-uy")) {
      String name = engine.getIdentityService().createGroupQuery().groupId(unit).singleResult()
          .getName();
      List<MimeMessage> forUnit = dueMails.stream()
          .filter(m -> body(m).contains(name)).toList();
      assertThat(forUnit).as(unit).hasSize(1);
      assertThat(subject(forUnit.get(0))).contains("15/02/" + YEAR);
      assertThat(recipients(forUnit.get(0))).as(unit).isEqualTo(addressesOf(unit));
    }

    // Everyone but phong-van-hoa records in time; the date passes and the escalation fires.
    for (String unit : List.of("phong-tuyen-truyen", "phong-bao-chi", "trung-tam-du-luan",
        "cong-doan", "cap-uy")) {
      y.disseminate(unit, 5);
    }
    int before = sent.size();
    y.clock(2, 16);
    y.runDueJobs();
    Map<String, MimeMessage> after = distinct(SMTP.getReceivedMessages());
    List<MimeMessage> escalations = after.values().stream()
        .filter(m -> subject(m).startsWith("[QCDC] Quá hạn")).toList();
    assertThat(escalations).hasSize(1);
    MimeMessage escalation = escalations.get(0);
    assertThat(body(escalation)).contains("Phòng Văn hóa").contains("15/02/" + YEAR);
    Set<String> expected = new TreeSet<>(addressesOf("phong-van-hoa"));
    expected.addAll(addressesOf("ban-chi-dao"));
    assertThat(recipients(escalation)).isEqualTo(expected);
    assertThat(after.size()).isGreaterThan(before);
    // The follow-up task the escalation opened is due later: no reminder yet, then one.
    assertThat(reminders.run()).isZero();
  }

  Set<String> addressesOf(String group) {
    return engine.getIdentityService().createUserQuery().memberOfGroup(group).list().stream()
        .map(User::getEmail).collect(Collectors.toCollection(TreeSet::new));
  }

  /** GreenMail keeps one copy per recipient: one entry per Message-ID. */
  static Map<String, MimeMessage> distinct(MimeMessage[] received) throws Exception {
    Map<String, MimeMessage> byId = new LinkedHashMap<>();
    for (MimeMessage m : received) {
      byId.putIfAbsent(m.getMessageID(), m);
    }
    return byId;
  }

  static Set<String> recipients(MimeMessage m) {
    try {
      return Arrays.stream(m.getAllRecipients()).map(Address::toString)
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
