package vn.qcdc.flow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys every model under its path inside processes/ or forms/.
 *
 * <p>The starter names a resource after its absolute file path when run from
 * the source tree and after its bare file name when run from the jar, so each
 * switch between the two would make a new version of every process. Runs
 * after the starter's own deployment configuration and renames its resources.
 */
@Component
@Order(Ordering.DEFAULT_ORDER + 1)
public class StableResourceNames extends AbstractCamundaConfiguration {

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    Resource[] found = configuration.getDeploymentResources();
    if (found == null) {
      return;
    }
    Set<Resource> renamed = new LinkedHashSet<>();
    for (Resource resource : found) {
      renamed.add(new NamedResource(read(resource), stableName(resource)));
    }
    configuration.setDeploymentResources(renamed.toArray(new Resource[0]));
  }

  static String stableName(Resource resource) {
    String path;
    try {
      path = resource.getURL().toString();
    } catch (IOException e) {
      path = resource.getDescription();
    }
    for (String folder : new String[] {"/processes/", "/forms/"}) {
      int at = path.lastIndexOf(folder);
      if (at >= 0) {
        return path.substring(at + 1);
      }
    }
    return resource.getFilename();
  }

  private static byte[] read(Resource resource) {
    try (var in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /** A resource whose name the engine takes from getPathWithinContext. */
  private static final class NamedResource extends ByteArrayResource implements ContextResource {
    private final String name;

    NamedResource(byte[] content, String name) {
      super(content, name);
      this.name = name;
    }

    @Override
    public String getPathWithinContext() {
      return name;
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof NamedResource that && that.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }
}
