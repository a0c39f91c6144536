package vn.qcdc.flow.year;

import java.util.Map;

/**
 * How a user acts on the application: through the Java API in-process, with the user's
 * authorizations ({@link JavaHand}), or over HTTP as a browser or a script would (the tests'
 * RestDesk). The year's script says what each user does; a hand says how.
 */
public interface Hand {

  /** Starts the cycle of a year as this user, as /api/cycles does; the process instance id. */
  String startCycle(int year, String user);

  /** Claims the task (unless it is the user's already) and submits its form as this user. */
  void submit(String taskId, String user, Map<String, Object> values);

  /** Submits the start form of the latest version of a process as this user; the instance id. */
  String startForm(String processKey, String user, Map<String, Object> values);
}
