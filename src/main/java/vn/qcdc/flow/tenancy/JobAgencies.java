package vn.qcdc.flow.tenancy;

import java.lang.reflect.Field;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs each job for its instance's agency. The job executor's transaction, and with it the
 * business records' Hibernate session, opens before the engine has read the job, so this
 * interceptor (placed before the transaction) reads the job's tenant first: one indexed read
 * by primary key per job. A job without a tenant (an instance started before the agencies
 * were tenants, history cleanup) runs for the first agency, whose those instances are.
 */
public class JobAgencies extends CommandInterceptor {

  private static final Field JOB_ID = jobIdField();

  private final JdbcTemplate jdbc;
  private final String table;
  private final AgencyContext agencies;

  public JobAgencies(DataSource dataSource, String tablePrefix, AgencyContext agencies) {
    this.agencies = agencies;
    this.jdbc = new JdbcTemplate(dataSource);
    this.table = (tablePrefix == null ? "" : tablePrefix) + "ACT_RU_JOB";
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!(command instanceof ExecuteJobsCmd)) {
      return next.execute(command);
    }
    String agency = tenantOf(jobId(command));
    return AgencyContext.call(agency == null ? agencies.defaultAgency() : agency,
        () -> next.execute(command));
  }

  private String tenantOf(String jobId) {
    List<String> tenants = jdbc.queryForList(
        "SELECT TENANT_ID_ FROM " + table + " WHERE ID_ = ?", String.class, jobId);
    return tenants.isEmpty() ? null : tenants.get(0);
  }

  private static String jobId(Command<?> command) {
    try {
      return (String) JOB_ID.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field jobIdField() {
    try {
      Field field = ExecuteJobsCmd.class.getDeclaredField("jobId");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's ExecuteJobsCmd has no jobId any more", e);
    }
  }
}
