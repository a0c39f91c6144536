package vn.qcdc.flow.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import vn.qcdc.flow.QcdcFlowApplication;
import vn.qcdc.flow.cycle.CycleService;

/**
 * The application as the crash and two-node tests run it: a separate JVM
 * started by {@link AppNode}, the real application plus two test-only hooks
 * (never on the production classpath):
 *
 * <ul>
 *   <li>{@code /test/clock}: the engine clock, so that a test moves through the
 *       year as {@code YearDriver} does and the node's own job executor fires the timers;
 *   <li>{@code POST /test/java-year} (body: the year): the year of {@link AgencyYear} driven
 *       through the engine's Java API inside this node ({@link JavaApiYear}), the node's job
 *       executor running its jobs, for the benchmark's REST-vs-Java comparison. Answers when
 *       the year's cycle has ended, with the time it took;
 *   <li>crash points: {@code qcdc.test.crash-dir} and {@code qcdc.test.crash-at} (activity
 *       ids). When a listed activity has done its work but before its transaction commits,
 *       the node writes {@code <crash-dir>/<activity id>} and stops there for good, so that
 *       the test kills it (SIGKILL) in the middle of that step's transaction. Each point
 *       stops a node once per crash-dir: after the restart the step runs through.
 * </ul>
 *
 * <p>Not a {@code @Configuration}: the other tests' contexts scan this package and must not
 * pick it up; {@link #main} passes it to Spring as a source.
 */
public class NodeHooks {

  public static void main(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("--qcdc.test.clock=")) {
        TestClock.set(arg.substring("--qcdc.test.clock=".length()));
      }
    }
    new SpringApplication(QcdcFlowApplication.class, NodeHooks.class).run(args);
  }

  /** A functional endpoint: an annotated controller would be scanned into every test context. */
  @Bean
  RouterFunction<ServerResponse> testClock() {
    return RouterFunctions.route()
        // 503 until the application is ready: the organisation (users, groups) is synced by
        // a runner after the web server opens its port.
        .GET("/test/clock", request -> TestClock.ready
            ? ServerResponse.ok().body(TestClock.now())
            : ServerResponse.status(503).body(Map.of("ready", "false")))
        .POST("/test/clock", request -> {
          TestClock.set(request.body(String.class));
          return ServerResponse.ok().body(TestClock.now());
        })
        .build();
  }

  /** Runs in the request's thread: each engine call its own transaction, as REST's are. */
  @Bean
  RouterFunction<ServerResponse> javaYear(ObjectProvider<ProcessEngine> engine,
      ObjectProvider<CycleService> cycles) {
    return RouterFunctions.route()
        .POST("/test/java-year", request -> {
          int year = Integer.parseInt(request.body(String.class).strip());
          JavaApiYear driver = new JavaApiYear(engine.getObject(), cycles.getObject(), year);
          long t0 = System.nanoTime();
          try {
            driver.wholeYear();
          } catch (RuntimeException | AssertionError e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            return ServerResponse.status(500).body(Map.of("error", trace.toString()));
          }
          return ServerResponse.ok().body(Map.of("year", year,
              "millis", (System.nanoTime() - t0) / 1_000_000,
              "sleptMillis", driver.sleptMillis(), "submitted", driver.submitted()));
        })
        .build();
  }

  @Bean
  AbstractProcessEnginePlugin crashPoints(Environment env) {
    String dir = env.getProperty("qcdc.test.crash-dir", "");
    Set<String> at = Arrays.stream(env.getProperty("qcdc.test.crash-at", "").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    return new CrashPointsPlugin(dir, at);
  }

  @Bean
  org.springframework.context.ApplicationListener<
      org.springframework.boot.context.event.ApplicationReadyEvent> readyForTests() {
    return event -> TestClock.ready = true;
  }

  static final class TestClock {
    static volatile boolean ready;

    /**
     * A running clock, offset from the real one: frozen time would keep a killed node's job
     * locks from ever expiring. Takes a local date-time of Vietnam or an instant (…Z).
     */
    static void set(String value) {
      String v = value.strip();
      ClockUtil.reset();
      if (!"reset".equals(v)) {
        java.time.Instant target = v.endsWith("Z") ? java.time.Instant.parse(v)
            : LocalDateTime.parse(v).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        ClockUtil.offset(target.toEpochMilli() - System.currentTimeMillis());
      }
    }

    static Map<String, String> now() {
      return Map.of("now", ClockUtil.getCurrentTime().toInstant().toString(),
          "pid", String.valueOf(ProcessHandle.current().pid()));
    }
  }

  static class CrashPointsPlugin extends AbstractProcessEnginePlugin {
    private final String dir;
    private final Set<String> at;

    CrashPointsPlugin(String dir, Set<String> at) {
      this.dir = dir;
      this.at = at;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      if (at.isEmpty()) {
        return;
      }
      if (configuration.getCustomPostBPMNParseListeners() == null) {
        configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
      }
      configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
          addCrashPoint(activity);
        }

        @Override
        public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
          addCrashPoint(activity);
        }

        @Override
        public void parseScriptTask(Element element, ScopeImpl scope, ActivityImpl activity) {
          addCrashPoint(activity);
        }
      });
    }

    private void addCrashPoint(ActivityImpl activity) {
      if (at.contains(activity.getId())) {
        activity.addListener(ExecutionListener.EVENTNAME_END,
            (ExecutionListener) execution -> stopHere(activity.getId()));
      }
    }

    private void stopHere(String activityId) {
      Path marker = Path.of(dir, activityId);
      try {
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, String.valueOf(ProcessHandle.current().pid()),
            StandardOpenOption.CREATE_NEW);
      } catch (java.nio.file.FileAlreadyExistsException once) {
        return; // this point has stopped a node already: run through
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      while (true) { // the test kills the node here, inside the open transaction
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Stopped at crash point " + activityId);
        }
      }
    }
  }
}
