package vn.qcdc.flow.web;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds {@link RefusalExceptionMapper} to every Jersey application of the
 * server. The webapps' own REST API is configured inside the webapp starter,
 * out of reach of Spring's customizers; Jersey's auto-discovery reaches both.
 */
public class RefusalMapperFeature implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(RefusalExceptionMapper.class)) {
      context.register(RefusalExceptionMapper.class);
    }
  }
}
