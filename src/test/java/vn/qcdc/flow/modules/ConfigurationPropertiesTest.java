package vn.qcdc.flow.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * One binding per prefix: no two {@code @ConfigurationProperties} classes bind the same prefix,
 * and none binds a prefix inside another's (qcdc.tasks twice, or qcdc and qcdc.tasks, would let
 * one key mean two things).
 */
class ConfigurationPropertiesTest {

  static Map<String, String> prefixes() {
    Map<String, String> byClass = new TreeMap<>();
    for (JavaClass c : ModulesTest.CLASSES) {
      if (c.isAnnotatedWith(ConfigurationProperties.class)) {
        ConfigurationProperties cp = c.reflect().getAnnotation(ConfigurationProperties.class);
        byClass.put(c.getName(), cp.prefix().isEmpty() ? cp.value() : cp.prefix());
      }
    }
    return byClass;
  }

  @Test
  void noTwoClassesBindTheSameOrANestedPrefix() {
    Map<String, String> byClass = prefixes();
    assertThat(byClass).hasSizeGreaterThanOrEqualTo(15);
    assertThat(clashes(byClass)).isEmpty();
  }

  /**
   * Every setting of the application is read through its capability's record (issue 17, item
   * 3): no {@code @Value} on a constructor parameter or a field of the application's classes.
   */
  @Test
  void noSettingIsReadWithValue() {
    List<String> found = new ArrayList<>();
    for (JavaClass c : ModulesTest.CLASSES) {
      Class<?> type = c.reflect();
      for (var constructor : type.getDeclaredConstructors()) {
        for (var parameter : constructor.getParameters()) {
          if (parameter.isAnnotationPresent(Value.class)) {
            found.add(type.getName() + "(" + parameter.getAnnotation(Value.class).value() + ")");
          }
        }
      }
      for (var field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(Value.class)) {
          found.add(type.getName() + "." + field.getName());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** What the check finds in the bindings before issue 17: qcdc.tasks twice, qcdc over all. */
  @Test
  void theBindingsBeforeWouldHaveFailed() {
    assertThat(clashes(Map.of("QcdcProperties", "qcdc", "ReminderProperties", "qcdc.tasks",
        "TaskDeadlines.Settings", "qcdc.tasks", "ReportRules", "qcdc.reporting.assessment",
        "ReportingProperties", "qcdc.reporting", "KeyTaskProperties", "qcdc.key-tasks")))
        .hasSize(8);
    assertThat(clashes(Map.of("A", "qcdc.tasks", "B", "qcdc.tasks-extra"))).isEmpty();
  }

  static List<String> clashes(Map<String, String> byClass) {
    List<String> clashes = new ArrayList<>();
    for (var a : byClass.entrySet()) {
      for (var b : byClass.entrySet()) {
        if (!a.getKey().equals(b.getKey()) && (a.getValue().equals(b.getValue())
            || b.getValue().startsWith(a.getValue() + "."))) {
          clashes.add(a.getKey() + " (" + a.getValue() + ") and " + b.getKey() + " ("
              + b.getValue() + ")");
        }
      }
    }
    return clashes;
  }
}
