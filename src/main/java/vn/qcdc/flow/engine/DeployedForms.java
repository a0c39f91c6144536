package vn.qcdc.flow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;

/**
 * The input keys of the forms deployed together with a process definition.
 *
 * <p>Every user task binds its form by deployment ({@code formRefBinding="deployment"}), so a
 * cycle started on last year's models shows last year's forms until it ends. The keys a task
 * declares and accepts must come from that same deployment, never from the forms this build
 * ships: a field added, renamed or removed in a new release would otherwise refuse or lose the
 * input of every task still running on the old models. Deployments never change, so what is
 * read once is kept.
 */
public final class DeployedForms {

  private static final Map<String, FormCatalog> BY_DEFINITION = new ConcurrentHashMap<>();

  private DeployedForms() {}

  /** The form's keys in the definition's deployment, or null when the deployment has no such form. */
  public static Set<String> keys(RepositoryService repository, String processDefinitionId,
      String formId) {
    FormCatalog forms = BY_DEFINITION.computeIfAbsent(processDefinitionId,
        id -> read(repository, repository.getProcessDefinition(id).getDeploymentId()));
    return forms.has(formId) ? forms.keys(formId) : null;
  }

  /**
   * Whether the form a task shows has the key (a field, or a dynamic list's path), as deployed
   * with the task's own process definition: a task of an older release is asked only what its
   * form asked. The server requires a list only of tasks whose form asks for it.
   */
  public static boolean asks(org.camunda.bpm.engine.delegate.DelegateTask task, String formId,
      String key) {
    Set<String> keys = keys(task.getProcessEngineServices().getRepositoryService(),
        task.getProcessDefinitionId(), formId);
    return keys != null && keys.contains(key);
  }

  private static FormCatalog read(RepositoryService repository, String deploymentId) {
    FormCatalog catalog = new FormCatalog();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (!name.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
        catalog.add(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read form " + name + " of deployment "
            + deploymentId, e);
      }
    }
    return catalog;
  }
}
