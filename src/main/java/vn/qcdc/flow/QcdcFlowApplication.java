package vn.qcdc.flow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** QCDC Flow: an agency's yearly grassroots-democracy plan on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QcdcFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(QcdcFlowApplication.class, args);
  }
}
