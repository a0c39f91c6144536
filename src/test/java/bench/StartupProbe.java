package bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start's time goes (issue 17, item 11; docs/benchmarks.md, "the ratios"): starts the
 * application as production/AppNode does ({@code -Dprobe.side=app}: QcdcFlowApplication with
 * NodeHooks) or the bare webapp ({@code -Dprobe.side=bare}) with the same arguments, records
 * Spring's start-up steps (BufferingApplicationStartup), times each runner, and prints at ready
 * the self time of each step (its time less its children's), the runners, the loaded classes,
 * VmRSS and the CPU time of the main thread and of the process; then exits
 * ({@code -Dprobe.stay=true} keeps it up for jcmd). Run it with AppNode's JVM flags and
 * arguments on the test classpath.
 */
public final class StartupProbe {

  private static final List<String> RUNNERS = Collections.synchronizedList(new ArrayList<>());

  private StartupProbe() {
  }

  public static void main(String[] args) throws Exception {
    long mainAt = System.currentTimeMillis();
    boolean bare = "bare".equals(System.getProperty("probe.side"));
    Class<?>[] sources = bare ? new Class<?>[] {Class.forName("bench.bare.BareCamundaApplication")}
        : new Class<?>[] {Class.forName("vn.qcdc.flow.QcdcFlowApplication"),
            Class.forName("vn.qcdc.flow.production.NodeHooks")};
    SpringApplication app = new SpringApplication(sources);
    BufferingApplicationStartup startup = new BufferingApplicationStartup(200_000);
    app.setApplicationStartup(startup);
    app.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(
        new BeanPostProcessor() {
          @Override
          public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof ApplicationRunner || bean instanceof CommandLineRunner
                ? timed(bean, name) : bean;
          }
        }));
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long t0 = System.currentTimeMillis();
    ConfigurableApplicationContext context = app.run(args);
    long end = System.currentTimeMillis();
    StringBuilder out = new StringBuilder();
    String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?");
    out.append("[probe] ").append(rss.replaceAll("\\s+", " ")).append('\n');
    out.append(String.format("[probe] main thread cpu %d ms, process cpu %d ms%n",
        ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000,
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory
            .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000));
    out.append(String.format("[probe] side=%s jvm->main %d ms, run() %d ms, jvm->ready %d ms,"
        + " classes loaded %d%n", bare ? "bare" : "app", mainAt - jvmStart, end - t0,
        end - jvmStart, ManagementFactory.getClassLoadingMXBean().getLoadedClassCount()));
    steps(startup.getBufferedTimeline(), out);
    out.append("[probe] runners:\n");
    RUNNERS.forEach(r -> out.append(r).append('\n'));
    System.out.println(out);
    String file = System.getProperty("probe.out");
    if (file != null) {
      Files.writeString(Path.of(file), out);
    }
    if (Boolean.getBoolean("probe.stay")) {
      Thread.currentThread().join();
    }
    context.close();
    System.exit(0);
  }

  private static Object timed(Object bean, String name) {
    try {
      ProxyFactory proxy = new ProxyFactory(bean);
      proxy.setProxyTargetClass(true);
      proxy.addAdvice((MethodInterceptor) invocation -> {
        if (!invocation.getMethod().getName().equals("run")) {
          return invocation.proceed();
        }
        long t = System.nanoTime();
        long c = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try {
          return invocation.proceed();
        } finally {
          RUNNERS.add(String.format("%7d ms runner %s (cpu %d ms)",
              (System.nanoTime() - t) / 1_000_000, name,
              (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c) / 1_000_000));
        }
      });
      return proxy.getProxy();
    } catch (RuntimeException e) {
      System.out.println("[probe] runner " + name + " not timed: " + e);
      return bean;
    }
  }

  private static void steps(StartupTimeline timeline, StringBuilder out) {
    Map<Long, Long> children = new HashMap<>();
    for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
      Long parent = e.getStartupStep().getParentId();
      if (parent != null) {
        children.merge(parent, e.getDuration().toMillis(), Long::sum);
      }
    }
    List<Map.Entry<Long, String>> rows = new ArrayList<>();
    Map<String, Long> byName = new TreeMap<>();
    for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
      StartupStep step = e.getStartupStep();
      long self = e.getDuration().toMillis() - children.getOrDefault(step.getId(), 0L);
      StringBuilder tags = new StringBuilder();
      for (StartupStep.Tag tag : step.getTags()) {
        tags.append(tag.getKey()).append('=').append(tag.getValue()).append(' ');
      }
      rows.add(Map.entry(self, String.format("%7d self %7d total %s %s", self,
          e.getDuration().toMillis(), step.getName(), tags)));
      byName.merge(step.getName(), self, Long::sum);
    }
    rows.sort((a, b) -> Long.compare(b.getKey(), a.getKey()));
    out.append("[probe] self time by step name:\n");
    byName.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .forEach(e -> out.append(String.format("%7d ms %s%n", e.getValue(), e.getKey())));
    out.append("[probe] top steps by self time:\n");
    rows.stream().limit(60).forEach(r -> out.append(r.getValue()).append('\n'));
  }
}
