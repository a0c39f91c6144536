package vn.qcdc.flow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The MariaDB of the MariaDB-backed tests works and keeps Vietnamese text: run before trusting
 * the process tests on it. No Spring here.
 */
@Tag("mariadb")
class MariaDbServerSmokeTest {

  private static final String VIETNAMESE = "Hội nghị cán bộ, công chức – Đảng ủy Khối";

  @Test
  void vietnameseTextRoundTripsInAUtf8mb4Database() throws SQLException {
    System.out.println("[MariaDbServerSmokeTest] " + MariaDbTestDatabase.description());

    try (Connection c = MariaDbTestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS smoke_text");
      s.execute("CREATE TABLE smoke_text (id INT PRIMARY KEY, body VARCHAR(255) NOT NULL)");
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO smoke_text (id, body) VALUES (?, ?)")) {
        insert.setInt(1, 1);
        insert.setString(2, VIETNAMESE);
        insert.executeUpdate();
      }

      assertThat(single(s, "SELECT body FROM smoke_text WHERE id = 1")).isEqualTo(VIETNAMESE);
      assertThat(single(s, "SELECT @@character_set_database")).isEqualTo("utf8mb4");

      String version = single(s, "SELECT VERSION()");
      System.out.println("[MariaDbServerSmokeTest] VERSION() = " + version);
      if (MariaDbTestDatabase.embedded()) {
        assertThat(version).startsWith("11.4");
      } else {
        assertThat(version).isNotBlank();
      }

      s.execute("DROP TABLE smoke_text");
    }
  }

  private static String single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as("a row from %s", sql).isTrue();
      return rs.getString(1);
    }
  }
}
