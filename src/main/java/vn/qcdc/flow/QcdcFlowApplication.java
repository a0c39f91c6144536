package vn.qcdc.flow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** QCDC Flow: an agency's yearly grassroots-democracy plan on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QcdcFlowApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("verify-audit")) {
      // Offline check of an audit export; starts neither the engine nor the web server.
      System.exit(vn.qcdc.flow.audit.VerifyAuditExport.run(
          java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(QcdcFlowApplication.class, args);
  }
}
