package vn.qcdc.flow.web;

import jakarta.ws.rs.core.FeatureContext;
import java.util.List;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds the refusal mappers and {@link FormKeysFilter} to every Jersey
 * application of the server. The webapps' own REST API is configured inside the webapp starter,
 * out of reach of Spring's customizers; Jersey's auto-discovery reaches both.
 */
public class RefusalMapperFeature implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> component : List.of(RefusalExceptionMapper.class, EngineRefusalMapper.class,
        MalformedJsonMappers.Parse.class, MalformedJsonMappers.Mapping.class,
        FormKeysFilter.class)) {
      if (!context.getConfiguration().isRegistered(component)) {
        context.register(component);
      }
    }
  }
}
