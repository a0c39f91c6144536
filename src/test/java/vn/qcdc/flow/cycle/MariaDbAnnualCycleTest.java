package vn.qcdc.flow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.qcdc.flow.support.MariaDbTestDatabase;

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
