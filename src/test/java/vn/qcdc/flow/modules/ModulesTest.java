package vn.qcdc.flow.modules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packages under {@code vn.qcdc.flow} are the application's modules, one per capability of
 * the year. No cycle between them (a module that must react to another's step listens to its
 * event, such as {@code cycle.CycleStarted} or {@code conference.WorkPlanIssued}); nothing in
 * the application depends on the demo data; each module says what it is in one sentence, its
 * package-info. Classes of the root package (the application class and the shared
 * configuration) are not a module.
 */
class ModulesTest {

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.qcdc.flow");

  @Test
  void noCycleBetweenModules() {
    slices().matching("vn.qcdc.flow.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void nothingDependsOnTheDemoData() {
    noClasses().that().resideOutsideOfPackage("vn.qcdc.flow.demo..")
        .and().resideOutsideOfPackage("vn.qcdc.flow")
        .should().dependOnClassesThat().resideInAPackage("vn.qcdc.flow.demo..")
        .check(CLASSES);
  }

  @Test
  void everyModuleSaysWhatItIsInOneSentence() throws IOException {
    Pattern doc = Pattern.compile("/\\*\\*\\s*(.+?)\\s*\\*/\\s*package ", Pattern.DOTALL);
    TreeSet<String> modules = CLASSES.stream().map(c -> c.getPackageName())
        .filter(p -> p.startsWith("vn.qcdc.flow."))
        .map(p -> p.substring("vn.qcdc.flow.".length()).split("\\.")[0])
        .collect(Collectors.toCollection(TreeSet::new));
    List<String> undocumented = new ArrayList<>();
    for (String module : modules) {
      Path info = Path.of("src/main/java/vn/qcdc/flow", module, "package-info.java");
      Matcher m = Files.exists(info) ? doc.matcher(Files.readString(info)) : null;
      if (m == null || !m.find() || m.group(1).split("\\.\\s").length > 1) {
        undocumented.add(module);
      }
    }
    assertThat(modules).as("modules found").hasSizeGreaterThanOrEqualTo(20);
    assertThat(undocumented).as("modules without a one-sentence package-info").isEmpty();
  }
}
