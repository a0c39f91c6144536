package vn.qcdc.flow.dissemination;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qcdc.flow.tenancy.AgencyContext;
import vn.qcdc.flow.tenancy.AgencyTenantIds;
import vn.qcdc.flow.engine.Actors;
import vn.qcdc.flow.engine.AsTheApplication;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.notice.Notice;
import vn.qcdc.flow.notice.Notices;
import vn.qcdc.flow.organisation.OrgUnit;
import vn.qcdc.flow.organisation.OrganisationRegistry;

/**
 * Dissemination through the year (II.1 third point, III.1): "thông qua các cuộc họp của cơ
 * quan, công đoàn, ... sinh hoạt định kỳ và sinh hoạt chuyên đề của chi bộ". A member of a unit
 * records each such meeting from Tasklist by starting qcdc-dissemination-session with its start
 * form; the start listener checks it and stores it, or refuses it and nothing is stored (the
 * instance is not created either). The reviews count the sessions; a unit with none in a
 * finished quarter of a running year is reminded, once per unit and quarter.
 */
@Service
public class DisseminationSessions {

  public static final String PROCESS_KEY = "qcdc-dissemination-session";
  static final String PHASE_PREFIX = "SESSIONS_Q";
  /** A quarter is reminded about during the quarter after it, not years later. */
  static final int REMIND_WITHIN_DAYS = 92;

  /** The kinds of meeting the plan names, with the words the form and the report use. */
  public static final Map<String, String> KINDS = kinds();

  private static final Logger LOG = LoggerFactory.getLogger(DisseminationSessions.class);

  private final DisseminationSessionRepository sessions;
  private final DisseminationRecordRepository records;
  private final OrganisationRegistry organisation;
  private final Notices notices;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final AgencyContext agencies;

  public DisseminationSessions(DisseminationSessionRepository sessions,
      DisseminationRecordRepository records, OrganisationRegistry organisation, Notices notices,
      @Lazy IdentityService identity, @Lazy RuntimeService runtime, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, AgencyContext agencies) {
    this.agencies = agencies;
    this.sessions = sessions;
    this.records = records;
    this.organisation = organisation;
    this.notices = notices;
    this.identity = identity;
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
  }

  private static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("HOP_CO_QUAN", "cuộc họp cơ quan");
    kinds.put("HOP_DON_VI", "cuộc họp của phòng, đơn vị");
    kinds.put("HOP_CONG_DOAN", "cuộc họp công đoàn");
    kinds.put("SINH_HOAT_DINH_KY", "sinh hoạt định kỳ của chi bộ");
    kinds.put("SINH_HOAT_CHUYEN_DE", "sinh hoạt chuyên đề của chi bộ");
    return java.util.Collections.unmodifiableMap(kinds);
  }

  /** Start listener of qcdc-dissemination-session: checks and stores the meeting. */
  void record(DelegateExecution execution) {
    String user = Actors.current(identity);
    FormInput in = FormInput.of(execution);
    LocalDate date = in.date("sessionDate", "Ngày họp, sinh hoạt");
    String kind = in.choice("sessionKind", "Hình thức", KINDS.keySet());
    String documents = in.text("sessionDocuments", "Văn bản về QCDC đã phổ biến");
    int attendees = in.count("sessionAttendees", "Số người tham dự", 0, 100000);
    String given = in.optionalText("sessionUnit", "Đơn vị");
    LocalDate today = Clock.today();
    in.require(date == null || !date.isAfter(today),
        "«Ngày họp, sinh hoạt» không được sau ngày hôm nay.");
    in.require(date == null || date.isAfter(today) || runningCycle(date.getYear()) != null,
        date == null ? "" : "Năm " + date.getYear() + " không có chu kỳ QCDC đang thực hiện:"
            + " «Ngày họp, sinh hoạt» phải nằm trong năm của chu kỳ đang thực hiện.");
    in.require(user != null, "Không xác định được người ghi nhận: hãy đăng nhập.");
    String unit = user == null ? null : unitOf(user, given, in);
    in.refuseIfInvalid();
    sessions.save(new DisseminationSession(unit, date, kind, documents, attendees,
        execution.getProcessInstanceId(), user, Clock.now()));
    execution.setProcessBusinessKey("QCDC-" + date.getYear() + "-PB-" + unit);
    execution.setVariable("year", date.getYear());
    execution.setVariable("unitCode", unit);
    execution.setVariable("unitName", organisation.name(unit));
  }

  /**
   * The unit the starter records for: one of the units taking part in dissemination that the
   * starter is a member of; the form's «Đơn vị» (code or name) only when there are several.
   */
  private String unitOf(String user, String given, FormInput in) {
    Set<String> mine = AsTheApplication.get(identity, () -> identity.createGroupQuery()
        .groupMember(user).list().stream().map(Group::getId).collect(Collectors.toSet()));
    List<OrgUnit> units = organisation.unitsFor("DISSEMINATION").stream()
        .filter(u -> mine.contains(u.getCode())).toList();
    if (given != null) {
      OrgUnit named = organisation.unitsFor("DISSEMINATION").stream()
          .filter(u -> u.getCode().equals(given) || u.getName().equalsIgnoreCase(given))
          .findFirst().orElse(null);
      if (named == null) {
        in.require(false, "«Đơn vị» không hợp lệ.");
        return null;
      }
      in.require(units.contains(named), "Đồng chí " + user + " không phải thành viên của "
          + named.getName() + ": chỉ thành viên của đơn vị mới ghi nhận buổi phổ biến của đơn"
          + " vị mình.");
      return named.getCode();
    }
    if (units.isEmpty()) {
      in.require(false, "Đồng chí " + user + " không thuộc đơn vị nào tổ chức phổ biến QCDC:"
          + " chỉ thành viên của đơn vị mới ghi nhận buổi phổ biến của đơn vị mình.");
      return null;
    }
    if (units.size() > 1) {
      in.require(false, "Đồng chí " + user + " thuộc nhiều đơn vị ("
          + units.stream().map(OrgUnit::getName).collect(Collectors.joining(", "))
          + "): hãy ghi «Đơn vị» đã tổ chức buổi phổ biến.");
      return null;
    }
    return units.get(0).getCode();
  }

  /** The running annual cycle of a year, read as the application (a unit cannot read it). */
  private ProcessInstance runningCycle(int year) {
    return AsTheApplication.get(identity, () -> runtime.createProcessInstanceQuery()
        .processDefinitionKey("qcdc-annual-cycle").processInstanceBusinessKey("QCDC-" + year)
        .tenantIdIn(agencies.agency()).singleResult());
  }

  /** The sessions of a year between two days, both included, in date order. */
  public List<DisseminationSession> between(int year, LocalDate from, LocalDate to) {
    return sessions.findByYearOrderBySessionDate(year).stream()
        .filter(s -> !s.getSessionDate().isBefore(from) && !s.getSessionDate().isAfter(to))
        .toList();
  }

  public static String kindLabel(String kind) {
    return KINDS.getOrDefault(kind, kind);
  }

  @Scheduled(fixedDelayString = "${qcdc.dissemination.session-check:PT6H}",
      initialDelayString = "${qcdc.dissemination.session-check:PT6H}")
  public void scheduled() {
    try {
      remindQuarters();
    } catch (RuntimeException e) {
      LOG.warn("Dissemination session reminders failed this time, the next run tries again", e);
    }
  }

  /**
   * One pass: for every running year, every finished quarter and every unit taking part in
   * dissemination with no meeting in that quarter (neither the start-of-year meeting nor a
   * session), one reminder to the unit, while the next quarter runs. Returns how many were
   * sent.
   */
  public int remindQuarters() {
    LocalDate today = Clock.today();
    List<ProcessInstance> running = AsTheApplication.get(identity, () -> runtime
        .createProcessInstanceQuery().processDefinitionKey("qcdc-annual-cycle").list());
    int sent = 0;
    for (ProcessInstance cycle : running) {
      String key = cycle.getBusinessKey();
      if (key == null || !key.matches("QCDC-\\d{4}")) {
        continue;
      }
      int year = Integer.parseInt(key.substring(5));
      sent += AgencyContext.call(cycle.getTenantId(), () -> remindQuarters(year, today, cycle));
    }
    return sent;
  }

  /** One running year's reminders, for its agency. */
  private int remindQuarters(int year, LocalDate today, ProcessInstance cycle) {
    int sent = 0;
    {
      for (int quarter = 1; quarter <= 4; quarter++) {
        LocalDate from = LocalDate.of(year, Month.of(quarter * 3 - 2), 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        if (!today.isAfter(to)) {
          break;
        }
        if (today.isAfter(to.plusDays(REMIND_WITHIN_DAYS))) {
          continue; // only the quarter just finished: a year left open long after is not chased
        }
        for (OrgUnit unit : organisation.unitsFor("DISSEMINATION")) {
          if (held(year, unit.getCode(), from, to) == 0
              && remind(year, quarter, unit, cycle.getId(), to)) {
            sent++;
          }
        }
      }
    }
    return sent;
  }

  /** Meetings of a unit between two days: the start-of-year meeting and the sessions. */
  int held(int year, String unit, LocalDate from, LocalDate to) {
    int count = (int) sessions.findByYearAndUnitCodeOrderBySessionDate(year, unit).stream()
        .filter(s -> !s.getSessionDate().isBefore(from) && !s.getSessionDate().isAfter(to))
        .count();
    return count + records.findByYearAndUnitCode(year, unit)
        .filter(r -> r.getMeetingDate() != null && !r.getMeetingDate().isBefore(from)
            && !r.getMeetingDate().isAfter(to)).map(r -> 1).orElse(0);
  }

  private boolean remind(int year, int quarter, OrgUnit unit, String cycleInstance,
      LocalDate end) {
    try {
      return Boolean.TRUE.equals(transactions.execute(status -> {
        jdbc.update("INSERT INTO qcdc_dissemination_session_reminder (agency, cycle_year,"
            + " quarter, unit_code, reminded_at) VALUES (?, ?, ?, ?, ?)", agencies.agency(), year, quarter, unit.getCode(),
            java.sql.Timestamp.from(Clock.now()));
        notices.send(year, cycleInstance, Notice.Kind.REMINDER, PHASE_PREFIX + quarter,
            unit.getCode(), unit.getCode(), "Nhắc nhở: " + unit.getName() + " chưa ghi nhận"
                + " buổi phổ biến văn bản về QCDC nào trong quý " + roman(quarter) + " năm "
                + year + " (đến ngày " + Formats.date(end) + "). Đề nghị lồng ghép phổ biến"
                + " trong các cuộc họp, sinh hoạt của đơn vị và ghi nhận trong Tasklist"
                + " («Ghi nhận buổi phổ biến QCDC»).");
        return true;
      }));
    } catch (DuplicateKeyException alreadyReminded) {
      return false;
    }
  }

  private static String roman(int quarter) {
    return List.of("I", "II", "III", "IV").get(quarter - 1);
  }

  /** The bean qcdc-dissemination-session.bpmn names. */
  @Configuration
  static class Listeners {
    @Bean
    ExecutionListener disseminationSessionRecorded(DisseminationSessions s) {
      return s::record;
    }
  }
}
