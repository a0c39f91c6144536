package vn.qcdc.flow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qcdc.flow.production.HistoryTimestampColumns;
import vn.qcdc.flow.support.MariaDbTestDatabase;
import vn.qcdc.flow.support.YearDriver;

/**
 * The cycle's scenarios on MariaDB: embedded 11.4 by default, the server
 * named by QCDC_TEST_MARIADB_URL otherwise (CI runs both).
 */
@ActiveProfiles({"test", "mariadbtest"})
class MariaDbAnnualCycleTest extends AnnualCycleScenarios {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", MariaDbTestDatabase::jdbcUrl);
    registry.add("spring.datasource.username", MariaDbTestDatabase::username);
    registry.add("spring.datasource.password", MariaDbTestDatabase::password);
  }

  @Autowired
  JdbcTemplate jdbc;

  /**
   * Camunda's MySQL scripts create five history columns as TIMESTAMP, which MariaDB 11.4
   * ends in January 2038 (production/HistoryTimestampColumns converts them): the 2045 cycle
   * runs its first half with the engine clock in 2045 and its history keeps the dates.
   */
  @Test
  void aYearAfter2038RunsAndItsHistoryKeepsItsDates() throws Exception {
    assertThat(jdbc.queryForList("SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME)"
        + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
        + " AND TABLE_NAME LIKE 'ACT%' AND DATA_TYPE = 'timestamp'", String.class)).isEmpty();
    assertThat(jdbc.queryForObject("SELECT DATA_TYPE FROM information_schema.COLUMNS"
        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ACT_HI_OP_LOG'"
        + " AND COLUMN_NAME = 'TIMESTAMP_'", String.class)).isEqualTo("datetime");
    try (var c = jdbc.getDataSource().getConnection()) {
      assertThat(HistoryTimestampColumns.pendingConversions(c)).isEmpty();
    }

    YearDriver y = year(2045);
    String id = y.start();
    y.firstHalf();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
        .activityIdIn("MidYearReviewDue").count()).isEqualTo(1);
    // Every claim wrote an identity link and an operation-log entry, dated in 2045.
    var links = engine.getHistoryService().createHistoricIdentityLinkLogQuery()
        .userId("tuyentruyen").type("assignee").list();
    assertThat(links).isNotEmpty()
        .anySatisfy(l -> assertThat(yearOf(l.getTime())).isEqualTo(2045));
    var claims = engine.getHistoryService().createUserOperationLogQuery()
        .operationType("Claim").userId("tuyentruyen").list();
    assertThat(claims).isNotEmpty()
        .anySatisfy(e -> assertThat(yearOf(e.getTimestamp())).isEqualTo(2045));
  }

  static int yearOf(java.util.Date date) {
    return date.toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
  }

  @Test
  void vietnameseTextRoundTripsInProcessVariablesAndBusinessRecords() {
    assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase(
        "MariaDB");
    String text = "Hội nghị cán bộ, công chức – Đảng ủy Khối Các cơ quan thành phố; ỹ ự ẫ đ";
    var instance = engine.getRuntimeService().startProcessInstanceByKey("qcdc-annual-cycle",
        Map.of("year", 2040));
    engine.getRuntimeService().setVariable(instance.getId(), "note", text);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "note")).isEqualTo(text);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("note").singleResult().getValue())
        .isEqualTo(text);
    // a business record with Vietnamese text, written by the plan's start listener
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "planTitle"))
        .isEqualTo("Kế hoạch thực hiện quy chế dân chủ ở cơ sở năm 2040");
    jdbc.update("UPDATE qcdc_org_unit SET name = ? WHERE code = 'cap-uy'", text);
    assertThat(jdbc.queryForObject("SELECT name FROM qcdc_org_unit WHERE code = 'cap-uy'",
        String.class)).isEqualTo(text);
    jdbc.update("UPDATE qcdc_org_unit SET name = ? WHERE code = 'cap-uy'", "Chi bộ cơ quan");
  }
}
