package vn.qcdc.flow.register;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.qcdc.flow.organisation.OrganisationFileLoader;

/** The register of this agency: its symbol ("BTGTU") is the organisation file's short name. */
@Configuration
class RegisterConfiguration {

  @Bean
  DocumentRegister documentRegister(DataSource dataSource, PlatformTransactionManager transactions,
      RegisterProperties properties, OrganisationFileLoader files) {
    String symbol = files.configured().getAgency().getShortName();
    if (symbol == null || !symbol.matches("[A-ZĐ0-9]{2,20}")) {
      throw new IllegalStateException("agency.short-name of the organisation file must be the"
          + " agency's symbol in capitals (e.g. BTGTU), not '" + symbol + "'");
    }
    return new DocumentRegister(dataSource, transactions, properties, () -> symbol);
  }
}
