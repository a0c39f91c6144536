package vn.qcdc.flow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The input keys of a set of Camunda Forms, by form id: the forms shipped in forms/
 * ({@link #load()}), or those of one deployment ({@link DeployedForms}).
 */
public final class FormCatalog {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Set<String>> keysByForm = new LinkedHashMap<>();

  /** The forms on the classpath, as this build ships them. */
  public static FormCatalog load() {
    FormCatalog catalog = new FormCatalog();
    try {
      for (Resource r : new PathMatchingResourcePatternResolver()
          .getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = r.getInputStream()) {
          catalog.add(in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms", e);
    }
    return catalog;
  }

  /** Reads one form's JSON and records its id and input keys. */
  void add(InputStream form) throws IOException {
    JsonNode json = JSON.readTree(form);
    Set<String> keys = new LinkedHashSet<>();
    collectKeys(json.path("components"), keys);
    keysByForm.put(json.path("id").asText(), keys);
  }

  /**
   * A field's key; for a dynamic list (or a group with a path) the path, which is the one
   * variable it submits: its rows' keys are relative to each row, not variables of their own.
   */
  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      String path = component.path("path").asText("");
      if (!path.isBlank()) {
        keys.add(path.split("\\.")[0]);
        continue;
      }
      collectKeys(component.path("components"), keys);
    }
  }

  public Set<String> keys(String formId) {
    return keysByForm.getOrDefault(formId, Set.of());
  }

  public boolean has(String formId) {
    return keysByForm.containsKey(formId);
  }

  public Set<String> formIds() {
    return keysByForm.keySet();
  }
}
