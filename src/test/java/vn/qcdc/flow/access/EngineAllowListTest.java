package vn.qcdc.flow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.qcdc.flow.access.EngineAllowList.Who;

/**
 * The allow-list's own facts, without a server: docs/access.md's "who may do what" is the table
 * printed by {@link EngineAllowList#markdown()}, and no line opens what issue 12 closed.
 */
class EngineAllowListTest {

  static final String BEGIN = "<!-- engine-allow-list:begin -->";
  static final String END = "<!-- engine-allow-list:end -->";

  @Test
  void theReadmeShowsTheTableAsItIs() throws IOException {
    String readme = Files.readString(Path.of("docs/access.md"));
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertThat(begin).as("docs/access.md has the markers of the allow-list").isPositive();
    assertThat(readme.substring(begin + BEGIN.length(), end).trim())
        .as("docs/access.md's table differs: paste EngineAllowList.markdown() between the markers")
        .isEqualTo(EngineAllowList.markdown().trim());
  }

  @Test
  void noLineOpensAWriteThatOnlyAdministratorsMayDo() {
    Set<Who> everyone = Set.of(Who.ANYONE, Who.UNITS, Who.OVERSIGHT, Who.AUDITORS);
    for (String[] call : new String[][] {
        {"POST", "/task/1/bpmnError"}, {"POST", "/task/1/bpmnEscalation"},
        {"PUT", "/task/1"}, {"POST", "/task/1/variables"}, {"PUT", "/task/1/variables/x"},
        {"POST", "/task/1/localVariables"}, {"POST", "/process-instance/1/variables"},
        {"POST", "/execution/1/localVariables"}, {"POST", "/signal"}, {"POST", "/message"},
        {"POST", "/external-task/fetchAndLock"}, {"POST", "/job/1/execute"},
        {"PUT", "/job/1/duedate"}, {"PUT", "/job/1/retries"}, {"PUT", "/incident/1"},
        {"POST", "/process-instance/1/modification"}, {"POST", "/migration/execute"},
        {"PUT", "/process-instance/1/suspended"}, {"DELETE", "/process-instance/1"},
        {"POST", "/user/create"}, {"PUT", "/user/x/profile"}, {"POST", "/group/create"},
        {"PUT", "/group/x/members/y"}, {"POST", "/authorization/create"},
        {"POST", "/tenant/create"}, {"POST", "/deployment/create"}, {"POST", "/filter/create"},
        {"POST", "/identity/verify"}, {"POST", "/task/create"}}) {
      assertThat(EngineAllowList.find(everyone, call[0], call[1])).as("%s %s", call[0], call[1])
          .isEmpty();
    }
    assertThat(EngineAllowList.find(Set.of(Who.ANYONE), "POST", "/task/1/claim")).isEmpty();
    assertThat(EngineAllowList.find(Set.of(Who.UNITS), "POST", "/task/1/claim")).isPresent();
    assertThat(EngineAllowList.find(Set.of(Who.AUDITORS), "GET", "/process-instance")).isEmpty();
    assertThat(EngineAllowList.find(Set.of(Who.OVERSIGHT), "GET", "/process-instance"))
        .isPresent();
  }

  @Test
  void pathsAreReadAsJerseyReadsThem() {
    assertThat(EngineAccessFilter.enginePath("/engine-rest/engine/default/task/1/claim", false))
        .isEqualTo("/task/1/claim");
    assertThat(EngineAccessFilter.enginePath("/engine-rest//task/1/bpmn%45rror", false))
        .isEqualTo("/task/1/bpmnError");
    assertThat(EngineAccessFilter.enginePath("/engine-rest/task;x=1/1/claim", false))
        .isEqualTo("/task/1/claim");
    assertThat(EngineAccessFilter.enginePath("/engine-rest/task/%2e%2e/signal", false)).isNull();
    assertThat(EngineAccessFilter.enginePath("/camunda/api/engine/engine/default/signal", true))
        .isEqualTo("/signal");
    assertThat(EngineAccessFilter.enginePath("/camunda/api/engine/engine/", true))
        .isEqualTo("/engine");
    assertThat(EngineAccessFilter.enginePath("/camunda/api/engine/task/1", true)).isNull();
  }
}
