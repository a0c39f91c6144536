package vn.qcdc.flow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.Task;
import vn.qcdc.flow.engine.DeployedForms;

/**
 * Refuses a task completion that carries a variable its form does not have.
 * Form fields are task-local (engine/TaskScopedFormVariables), but any other
 * name submitted with a task is written to the process: without this check a
 * department could send {@code unitCode} and file its record as another unit,
 * or reset the conference's attempt counter. Applies to submit-form, complete
 * and resolve of tasks that have a Camunda Form, in /engine-rest and in the
 * API Tasklist calls.
 */
@Priority(Priorities.USER)
public class FormKeysFilter implements ContainerRequestFilter {

  private static final Pattern TASK_COMPLETION =
      Pattern.compile("(?:^|/)task/([^/]+)/(?:submit-form|complete|resolve)/?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!"POST".equals(request.getMethod())) {
      return;
    }
    Matcher m = TASK_COMPLETION.matcher(request.getUriInfo().getPath());
    if (!m.find() || !request.hasEntity()) {
      return;
    }
    // Checked already by access/EngineAccessFilter for this task (the servlet request's
    // attribute, which Jersey exposes as a property): no second query of the task.
    if (m.group(1).equals(request.getProperty(
        vn.qcdc.flow.access.EngineAccessFilter.FORM_KEYS_CHECKED))) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    JsonNode variables;
    try {
      variables = JSON.readTree(body).path("variables");
    } catch (IOException e) {
      return; // malformed JSON: Camunda's reader refuses it with its own 400
    }
    if (!variables.isObject() || variables.isEmpty()) {
      return;
    }
    Set<String> allowed = formKeysOf(m.group(1));
    if (allowed == null) {
      return;
    }
    List<String> foreign = new ArrayList<>();
    for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        foreign.add("«" + name + "»");
      }
    }
    if (!foreign.isEmpty()) {
      request.abortWith(Refusals.json(400, "InputRefusedException",
          "Dữ liệu chưa hợp lệ: biểu mẫu của công việc này không có trường "
              + String.join(", ", foreign) + "."));
    }
  }

  /** The keys of the task's form, or null when the task or its form is not known here. */
  private static Set<String> formKeysOf(String taskId) {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    if (engine == null) {
      return null;
    }
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys()
        .singleResult();
    CamundaFormRef ref = task == null ? null : task.getCamundaFormRef();
    if (ref == null) {
      return null;
    }
    // The form the task was deployed with: a task of an older release keeps its own fields.
    return DeployedForms.keys(engine.getRepositoryService(), task.getProcessDefinitionId(),
        ref.getKey());
  }
}
