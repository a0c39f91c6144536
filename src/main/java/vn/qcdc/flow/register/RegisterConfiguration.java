package vn.qcdc.flow.register;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.qcdc.flow.organisation.Agencies;

/** The register of each agency: its symbol ("BTGTU") is its organisation file's short name. */
@Configuration
class RegisterConfiguration {

  @Bean
  DocumentRegister documentRegister(DataSource dataSource, PlatformTransactionManager transactions,
      RegisterProperties properties, Agencies agencies) {
    for (var file : agencies.all()) {
      String symbol = file.getAgency().getShortName();
      if (symbol == null || !symbol.matches("[A-ZĐ0-9]{2,20}")) {
        throw new IllegalStateException("agency.short-name of the organisation file must be the"
            + " agency's symbol in capitals (e.g. BTGTU), not '" + symbol + "'");
      }
    }
    // Each agency numbers its own documents: the register is keyed by the agency's symbol.
    return new DocumentRegister(dataSource, transactions, properties,
        () -> agencies.current().getAgency().getShortName());
  }
}
