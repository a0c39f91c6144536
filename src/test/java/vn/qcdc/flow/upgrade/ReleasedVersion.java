package vn.qcdc.flow.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The models and forms of one release as agencies run them, kept under
 * {@code src/test/resources/released/<version>/} (see the README there), or those this build
 * ships ({@link #current()}).
 */
final class ReleasedVersion {

  private static final Pattern FOLDER =
      Pattern.compile("/released/([0-9][^/]*)/((?:processes|forms)/[^/]+)$");

  final String version;
  /** Resource name as deployed (processes/x.bpmn, forms/x.form) to its bytes. */
  final Map<String, byte[]> resources;

  private ReleasedVersion(String version, Map<String, byte[]> resources) {
    this.version = version;
    this.resources = resources;
  }

  /** Every released version, oldest first. */
  static List<ReleasedVersion> all() {
    Map<String, Map<String, byte[]>> found = new TreeMap<>(ReleasedVersion::compareVersions);
    for (Resource r : resources("classpath*:released/*/processes/*.*",
        "classpath*:released/*/forms/*.form")) {
      Matcher m = FOLDER.matcher(url(r));
      if (m.find()) {
        found.computeIfAbsent(m.group(1), v -> new TreeMap<>()).put(m.group(2), read(r));
      }
    }
    List<ReleasedVersion> versions = new ArrayList<>();
    found.forEach((version, files) -> versions.add(new ReleasedVersion(version, files)));
    if (versions.isEmpty()) {
      throw new IllegalStateException("No released version under released/ on the test classpath");
    }
    return versions;
  }

  static ReleasedVersion named(String version) {
    return all().stream().filter(v -> v.version.equals(version)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No released version " + version));
  }

  /** What this build deploys: processes/ and forms/ as the application ships them. */
  static ReleasedVersion current() {
    Map<String, byte[]> files = new TreeMap<>();
    for (Resource r : resources("classpath*:processes/*.*", "classpath*:forms/*.form")) {
      String url = url(r);
      String folder = url.contains("/processes/") ? "processes/" : "forms/";
      files.put(folder + r.getFilename(), read(r));
    }
    return new ReleasedVersion("current", files);
  }

  /** The models of this version (BPMN and DMN), by resource name. */
  Map<String, String> models() {
    Map<String, String> models = new LinkedHashMap<>();
    resources.forEach((name, bytes) -> {
      if (name.startsWith("processes/")) {
        models.put(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    return models;
  }

  /** The forms of this version, by resource name. */
  Map<String, byte[]> forms() {
    Map<String, byte[]> forms = new LinkedHashMap<>();
    resources.forEach((name, bytes) -> {
      if (name.startsWith("forms/")) {
        forms.put(name, bytes);
      }
    });
    return forms;
  }

  /**
   * Deploys every model and form of this version together, as the application deploys a
   * release: one deployment, forms bound by deployment. Returns the deployment id.
   */
  String deploy(ProcessEngine engine, String deploymentName) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(deploymentName).source("qcdc-flow " + version);
    resources.forEach((name, bytes) ->
        deployment.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
    return deployment.deploy().getId();
  }

  @Override
  public String toString() {
    return version;
  }

  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Comparator.<Integer>naturalOrder().compare(part(x, i), part(y, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int part(String[] parts, int i) {
    return i < parts.length ? Integer.parseInt(parts[i].replaceAll("\\D.*", "")) : 0;
  }

  private static List<Resource> resources(String... patterns) {
    List<Resource> found = new ArrayList<>();
    try {
      for (String pattern : patterns) {
        found.addAll(List.of(new PathMatchingResourcePatternResolver().getResources(pattern)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static String url(Resource r) {
    try {
      return r.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Resource r) {
    try (InputStream in = r.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
