package vn.qcdc.flow.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.flow.upgrade.ReleasedContract.Need;

/**
 * Bean, method, variable, group, form, process and decision names are a contract with every
 * released model: an instance started on a release runs on it for up to a year, and each
 * expression it meets must still resolve in the code of the day. The contract of a release is
 * recorded beside its models ({@code released/<version>/contract.tsv}) when the release is
 * added:
 *
 * <pre>./mvnw test -Dtest=ReleasedContractTest -Dqcdc.release.record=1.1.0</pre>
 *
 * which decides, with the code of that release, whether each name an expression starts with
 * is a bean or a variable. Afterwards this test fails when the current code no longer provides
 * one of them, and names the release and the model element that need it.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReleasedContractTest {

  static final String RECORD = "qcdc.release.record";
  private static final Pattern CALLABLE = Pattern.compile("<(\\w+)>");

  @Autowired
  ApplicationContext context;
  @Autowired
  ProcessEngine engine;

  @Test
  void eachReleaseKeepsTheContractRecordedWithIt() throws IOException {
    for (ReleasedVersion release : ReleasedVersion.all()) {
      ReleasedContract found = ReleasedContract.of(release);
      Path file = recordedContract(release);
      assertThat(file).as("contract of released " + release + " (record it with -D" + RECORD
          + "=" + release + ")").exists();
      Set<String> recorded = read(file).stream().map(Need::key)
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> inModels = found.needs.stream().map(Need::key)
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(inModels).as("the models of released " + release + " must never change:"
          + " they no longer match " + file).isEqualTo(recorded);
    }
  }

  @Test
  void theCurrentCodeStillProvidesWhatEveryReleasedModelNeeds() throws IOException {
    String code = mainSources();
    ReleasedVersion current = ReleasedVersion.current();
    Set<String> currentForms = ReleasedContract.formKeysById(current.forms()).keySet();
    Set<String> currentKeys = definitionKeys(current);
    Set<String> groups = engine.getIdentityService().createGroupQuery().list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).collect(Collectors.toSet());
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (ReleasedVersion release : ReleasedVersion.all()) {
      ReleasedContract contract = ReleasedContract.of(release);
      Map<String, Set<String>> releasedForms = ReleasedContract.formKeysById(release.forms());
      for (Need need : read(recordedContract(release))) {
        checked++;
        String problem = switch (need.kind()) {
          case "bean" -> bean(need);
          case "variable" -> contract.produced.contains(need.name())
              || code.contains("\"" + need.name() + "\"") ? null
              : "variable «" + need.name() + "» is set by none of its models and forms and is"
                  + " named nowhere in src/main/java";
          case "group" -> groups.contains(need.name()) ? null
              : "group «" + need.name() + "» no longer exists";
          case "form" -> !releasedForms.containsKey(need.name())
              ? "form «" + need.name() + "» is missing from the release itself"
              : currentForms.contains(need.name()) ? null
                  : "form id «" + need.name() + "» is gone from forms/";
          case "process", "decision" -> currentKeys.contains(need.name()) ? null
              : need.kind() + " «" + need.name() + "» is no longer deployed";
          case "class" -> loads(need.name()) ? null : "class «" + need.name() + "» is gone";
          case "function" -> ReleasedContract.ENGINE_NAMES.contains(need.name()) ? null
              : "function «" + need.name() + "» is not one the engine provides";
          default -> "unknown kind " + need.kind();
        };
        if (problem != null) {
          broken.add("released " + release + " needs " + problem + " (used by " + need.usedBy()
              + ")");
        }
      }
    }
    assertThat(checked).as("names checked").isGreaterThan(100);
    assertThat(broken).as("what released models need and the current code no longer provides")
        .isEmpty();
  }

  private String bean(Need need) {
    if (!context.containsBean(need.name())) {
      return "bean «" + need.name() + "»" + (need.member().isEmpty() ? ""
          : " (for " + need.member() + ")") + ", which is no longer defined";
    }
    Class<?> type = AopUtils.getTargetClass(context.getBean(need.name()));
    String member = need.member();
    Matcher callable = CALLABLE.matcher(member);
    if (callable.matches()) {
      String wanted = callable.group(1);
      boolean ok = Stream.of(org.camunda.bpm.engine.delegate.TaskListener.class,
              org.camunda.bpm.engine.delegate.ExecutionListener.class,
              org.camunda.bpm.engine.delegate.JavaDelegate.class)
          .filter(i -> i.getSimpleName().equals(wanted)).anyMatch(i -> i.isAssignableFrom(type));
      return ok ? null : "bean «" + need.name() + "» to be a " + wanted + ", but it is a "
          + type.getName();
    }
    if (member.isEmpty()) {
      return null;
    }
    String property = Character.toUpperCase(member.charAt(0)) + member.substring(1);
    for (Method m : type.getMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && (m.getName().equals(member)
          || m.getName().equals("get" + property) || m.getName().equals("is" + property))) {
        return null;
      }
    }
    return "bean «" + need.name() + "» to have a public method or property «" + member
        + "», which " + type.getSimpleName() + " no longer has";
  }

  /** The release's recorded contract; recorded first when -Dqcdc.release.record names it. */
  private Path recordedContract(ReleasedVersion release) throws IOException {
    Path file = manifest(release);
    if (release.version.equals(System.getProperty(RECORD))) {
      record(ReleasedContract.of(release), file);
    }
    return file;
  }

  private void record(ReleasedContract found, Path file) throws IOException {
    Set<String> lines = new TreeSet<>();
    for (Need need : found.needs) {
      String kind = need.kind().isEmpty()
          ? (context.containsBean(need.name()) ? "bean" : "variable") : need.kind();
      lines.add(new Need(kind, need.name(), need.member(), need.usedBy()).line());
    }
    Files.writeString(file, "kind\tname\tmember\tused by\n" + String.join("\n", lines) + "\n",
        StandardCharsets.UTF_8);
  }

  static List<Need> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1)
        .filter(l -> !l.isBlank()).map(Need::parse).toList();
  }

  /** The source copy of the manifest: recorded there, read from there. */
  static Path manifest(ReleasedVersion release) {
    return Path.of("src/test/resources/released", release.version, "contract.tsv");
  }

  private static Set<String> definitionKeys(ReleasedVersion version) {
    Set<String> keys = new TreeSet<>();
    Pattern definition = Pattern.compile("<(?:bpmn:process|decision)\\s[^>]*?\\bid=\"([^\"]+)\"");
    for (String xml : version.models().values()) {
      Matcher m = definition.matcher(xml);
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    return keys;
  }

  private static String mainSources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files.filter(p -> p.toString().endsWith(".java")).map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).collect(Collectors.joining("\n"));
    }
  }

  private static boolean loads(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
