package vn.qcdc.flow.support;

import java.util.Map;

/** How a person acts on the application: through the Java API or over REST. */
public interface Desk {

  /** Starts the cycle of a year as this user; returns the process instance id. */
  String startCycle(int year, String user);

  /** Claims the task and submits its form as this user. */
  void submit(String taskId, String user, Map<String, Object> values);
}
