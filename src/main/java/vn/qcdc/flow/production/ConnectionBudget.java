package vn.qcdc.flow.production;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the database pool cannot serve the job executor and the users at
 * once. Every job thread holds a connection for its whole job, report generation with its
 * LibreOffice conversion included; with a pool no larger than the job threads, a year-end
 * with many reports due leaves no connection for Tasklist, and every request times out.
 * Found by the benchmark's 60 years on a node with 8 connections and 10 job threads.
 */
@Component
class ConnectionBudget implements InitializingBean {

  /** Connections kept for HTTP requests beside the job executor's threads. */
  static final int FOR_REQUESTS = 4;

  private final DataSource dataSource;
  private final CamundaBpmProperties camunda;

  ConnectionBudget(DataSource dataSource, CamundaBpmProperties camunda) {
    this.dataSource = dataSource;
    this.camunda = camunda;
  }

  @Override
  public void afterPropertiesSet() {
    if (!(dataSource instanceof HikariDataSource hikari)
        || !camunda.getJobExecution().isEnabled()) {
      return;
    }
    int jobThreads = camunda.getJobExecution().getMaxPoolSize();
    check(hikari.getMaximumPoolSize(), jobThreads);
  }

  static void check(int pool, int jobThreads) {
    if (pool < jobThreads + FOR_REQUESTS) {
      throw new IllegalStateException("spring.datasource.hikari.maximum-pool-size (" + pool
          + ") must be at least camunda.bpm.job-execution.max-pool-size (" + jobThreads
          + ") + " + FOR_REQUESTS + ": each job thread holds a connection for its whole job,"
          + " and the users need some too. Raise the pool (QCDC_DB_POOL_SIZE) or lower the"
          + " job threads.");
    }
  }
}
