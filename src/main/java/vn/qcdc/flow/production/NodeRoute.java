package vn.qcdc.flow.production;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sticky sessions behind a reverse proxy: with {@code qcdc.node.route} (env
 * QCDC_NODE_ROUTE) set, Tomcat ends every session id with ".&lt;route&gt;", and
 * nginx (docker/nginx.conf) sends a browser whose JSESSIONID ends so to that
 * node. The webapps (Tasklist, Cockpit) keep their login and CSRF token in the
 * session; REST calls with basic authentication need no stickiness.
 */
@Configuration
@ConditionalOnProperty(name = "qcdc.node.route")
class NodeRoute {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> jvmRoute(
      org.springframework.core.env.Environment env) {
    String route = env.getRequiredProperty("qcdc.node.route");
    return factory -> factory.addContextCustomizers(context -> {
      for (Container c = context; c != null; c = c.getParent()) {
        if (c instanceof Engine engine) {
          engine.setJvmRoute(route);
        }
      }
    });
  }
}
