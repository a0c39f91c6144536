package vn.qcdc.flow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The input keys of each Camunda Form shipped in forms/, by form id. */
public final class FormCatalog {

  private final Map<String, Set<String>> keysByForm = new LinkedHashMap<>();

  public static FormCatalog load() {
    FormCatalog catalog = new FormCatalog();
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource r : new PathMatchingResourcePatternResolver()
          .getResources("classpath*:forms/**/*.form")) {
        try (var in = r.getInputStream()) {
          JsonNode form = json.readTree(in);
          Set<String> keys = new LinkedHashSet<>();
          collectKeys(form.path("components"), keys);
          catalog.keysByForm.put(form.path("id").asText(), keys);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms", e);
    }
    return catalog;
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component.path("components"), keys);
    }
  }

  public Set<String> keys(String formId) {
    return keysByForm.getOrDefault(formId, Set.of());
  }

  public Set<String> formIds() {
    return keysByForm.keySet();
  }
}
