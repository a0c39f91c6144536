package vn.qcdc.flow.production;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses to start on a MariaDB database that cannot hold Vietnamese text,
 * before Flyway creates a single table in it: a latin1 database accepts the
 * schema and then fails at the first form with "Incorrect string value". On
 * in the mariadb profile (qcdc.database.require-utf8mb4).
 */
@Configuration
@ConditionalOnProperty(name = "qcdc.database.require-utf8mb4", havingValue = "true")
class DatabaseCheck {

  @Bean
  FlywayConfigurationCustomizer utf8mb4Required() {
    return configuration -> {
      try (Connection c = configuration.getDataSource().getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(
              "SELECT @@character_set_database, @@collation_database, DATABASE()")) {
        rs.next();
        String charset = rs.getString(1);
        if (!"utf8mb4".equalsIgnoreCase(charset)) {
          throw new IllegalStateException("Database " + rs.getString(3) + " uses character set "
              + charset + " (" + rs.getString(2) + "); QCDC Flow needs utf8mb4 for Vietnamese"
              + " text. Create it with: CREATE DATABASE " + rs.getString(3)
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci;"
              + " or convert it: ALTER DATABASE " + rs.getString(3)
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci;");
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot check the database's character set", e);
      }
    };
  }
}
