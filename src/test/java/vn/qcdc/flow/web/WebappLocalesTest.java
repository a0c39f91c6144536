package vn.qcdc.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every label of Tasklist, Cockpit, Admin and Welcome is in Vietnamese: vi.json (built by
 * src/main/locales/build-locales.py from the webjar's en.json) has every key of en.json, none
 * left in English except those src/main/locales/keep-english.tsv names, the same {{placeholders}},
 * and the glossary's term wherever the English names one.
 */
class WebappLocalesTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String APP = "META-INF/resources/webjars/camunda/app/";
  static final Set<String> FRAGMENTS = new HashSet<>();
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*\\w+\\s*}}|\\{}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLabelIsVietnameseWithItsPlaceholdersAndTerms(String app) throws IOException {
    JsonNode en = read(APP + app + "/locales/en.json").path("labels");
    JsonNode vi = read(APP + app + "/locales/vi.json").path("labels");
    Set<String> kept = keptInEnglish(app);
    List<String> english = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    Map<String, List<String>> glossary = glossary();
    FRAGMENTS.clear();
    for (String line : Files.readAllLines(Path.of("src/main/locales/glossary.tsv"))) {
      if (line.startsWith("!")) {
        FRAGMENTS.add(line.substring(1).split("\t")[0]);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      String text = e.getValue().asText();
      assertThat(vi.has(key)).as(app + ": " + key + " missing from vi.json").isTrue();
      String viet = vi.path(key).asText();
      if (viet.equals(text) && !kept.contains(key)) {
        english.add(key + " = " + text);
      }
      if (!placeholders(text).equals(placeholders(viet))) {
        placeholders.add(key + ": " + text + " -> " + viet);
      }
      String plain = PLACEHOLDER.matcher(text).replaceAll(" ").toLowerCase();
      if (!viet.isEmpty() && !viet.equals(text) && !FRAGMENTS.contains(key)) {
        for (Map.Entry<String, List<String>> term : glossary.entrySet()) {
          if (Pattern.compile("\\b" + Pattern.quote(term.getKey()) + "(s|es)?\\b")
              .matcher(plain).find()
              && term.getValue().stream().noneMatch(w -> viet.toLowerCase().contains(w))) {
            terms.add(key + ": «" + term.getKey() + "» in " + text + " -> " + viet);
            break;
          }
        }
      }
    }
    System.out.printf("LOCALES %s: %d labels, %d in English (%d kept on purpose)%n", app,
        en.size(), english.size(), kept.size());
    assertThat(english).as(app + ": labels still in English").isEmpty();
    assertThat(placeholders).as(app + ": placeholders changed").isEmpty();
    assertThat(terms).as(app + ": glossary terms not used").isEmpty();
  }

  static Set<String> placeholders(String text) {
    Set<String> found = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group().replace(" ", ""));
    }
    return found;
  }

  static JsonNode read(String resource) throws IOException {
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
    }
  }

  static Set<String> keptInEnglish(String app) throws IOException {
    Set<String> kept = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("src/main/locales/keep-english.tsv"))) {
      if (line.startsWith(app + ":")) {
        kept.add(line.substring(app.length() + 1).split("\t")[0]);
      }
    }
    return kept;
  }

  /** English term -> the Vietnamese term and its accepted wordings, longest terms first. */
  static Map<String, List<String>> glossary() throws IOException {
    Map<String, List<String>> terms = new TreeMap<>((a, b) -> a.length() != b.length()
        ? b.length() - a.length() : a.compareTo(b));
    for (String line : Files.readAllLines(Path.of("src/main/locales/glossary.tsv"))) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      String[] p = line.split("\t", -1);
      List<String> accepted = new ArrayList<>(List.of(p[1].toLowerCase()));
      if (p.length > 2 && !p[2].isBlank()) {
        for (String w : p[2].split("\\|")) {
          accepted.add(w.toLowerCase());
        }
      }
      terms.put(p[0], accepted);
    }
    return terms;
  }
}
