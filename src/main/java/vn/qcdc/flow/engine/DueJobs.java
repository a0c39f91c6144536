package vn.qcdc.flow.engine;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs, in the caller's thread, the jobs due at the engine's time of the processes with one
 * business key (a cycle and what it called): how the demo data builds its finished year, and
 * how the Java-API tests move through a year without waiting for the job executor.
 */
public final class DueJobs {

  private DueJobs() {}

  /** Runs every due job, and those they make due; returns how many ran. */
  public static int run(ProcessEngine engine, String businessKey) {
    return run(engine, businessKey, null);
  }

  /** The same for one agency's instances (several agencies share the business keys). */
  public static int run(ProcessEngine engine, String businessKey, String agency) {
    for (int ran = 0; ran < 500; ran++) {
      // One at a time: a job may cancel another (an interrupting timer ends its siblings).
      Job next = null;
      var instances = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(businessKey);
      if (agency != null) {
        instances.tenantIdIn(agency);
      }
      for (var instance : instances.list()) {
        List<Job> due = engine.getManagementService().createJobQuery().executable()
            .processInstanceId(instance.getId()).orderByJobDuedate().asc().list();
        if (!due.isEmpty()) {
          next = due.get(0);
          break;
        }
      }
      if (next == null) {
        return ran;
      }
      engine.getManagementService().executeJob(next.getId());
    }
    throw new IllegalStateException(businessKey + ": jobs keep coming after 500 runs");
  }
}
