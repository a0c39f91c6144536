package vn.qcdc.flow.upgrade;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What a released model needs from the code that runs it: the beans and methods its
 * expressions call, the variables they read, the groups, forms, called processes, decisions
 * and classes it names; and the variables the model and its forms set themselves.
 */
final class ReleasedContract {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** One thing a model needs. kind is filled in when the release is recorded (bean or variable). */
  record Need(String kind, String name, String member, String usedBy) {
    String line() {
      return String.join("\t", kind, name, member, usedBy);
    }

    static Need parse(String line) {
      String[] f = line.split("\t", -1);
      return new Need(f[0], f[1], f[2], f[3]);
    }

    /** The same need, whatever its kind. */
    String key() {
      return name + "\t" + member + "\t" + usedBy;
    }
  }

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}");
  private static final Pattern STRING = Pattern.compile("'[^']*'|\"[^\"]*\"");
  /** A root identifier, optionally followed by .member and an opening bracket. */
  private static final Pattern ROOT =
      Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(?:\\s*\\.\\s*([A-Za-z_]\\w*))?(\\s*\\()?");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not",
      "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  /** Names the engine provides in every expression. */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId",
      "now", "dateTime", "currentUser", "currentUserGroups", "S", "XML", "JSON", "variables");

  final Set<Need> needs = new LinkedHashSet<>();
  /** Variables the models and forms of the release set themselves. */
  final Set<String> produced = new LinkedHashSet<>();

  static ReleasedContract of(ReleasedVersion release) {
    ReleasedContract contract = new ReleasedContract();
    release.models().forEach(contract::readModel);
    release.forms().forEach((name, bytes) -> contract.produced.addAll(FormKeys.of(bytes)));
    return contract;
  }

  private void readModel(String resource, String xml) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Element root = factory.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement();
      walk(resource, root, resource);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read released model " + resource, e);
    }
  }

  private void walk(String resource, Element element, String where) {
    if (element.getNamespaceURI() != null && element.getNamespaceURI().contains("DI")) {
      return; // diagram interchange: shapes and edges name nothing the code provides
    }
    String id = element.getAttribute("id");
    String here = id.isEmpty() ? where : resource + "#" + id;
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      attribute(element, (Attr) attributes.item(i), here);
    }
    if ("inputExpression".equals(element.getLocalName())) {
      String text = element.getTextContent().trim();
      if (text.matches("[A-Za-z_]\\w*")) {
        needs.add(new Need("", text, "", here)); // a DMN input read from the variables
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        walk(resource, e, here);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        expressions(child.getNodeValue(), here);
      }
    }
  }

  private void attribute(Element element, Attr attribute, String here) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String value = attribute.getValue();
    // camunda:delegateExpression on a task, or delegateExpression on a camunda:taskListener
    boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI())
        || attribute.getNamespaceURI() == null && CAMUNDA.equals(element.getNamespaceURI());
    boolean expression = value.contains("${") || value.contains("#{");
    Matcher delegate = DELEGATE.matcher(value);
    if (camunda && "delegateExpression".equals(name) && delegate.matches()) {
      // The bean must still be the kind of object the engine calls it as.
      needs.add(new Need("", delegate.group(1), "<" + delegateType(element) + ">", here));
    } else if (expression) {
      expressions(value, here);
    }
    if (camunda && !expression) {
      switch (name) {
        case "formRef" -> needs.add(new Need("form", value, "", here));
        case "decisionRef" -> needs.add(new Need("decision", value, "", here));
        case "class" -> needs.add(new Need("class", value, "", here));
        case "candidateGroups", "candidateStarterGroups" -> {
          for (String group : value.split(",")) {
            needs.add(new Need("group", group.trim(), "", here));
          }
        }
        case "elementVariable", "resultVariable", "initiator", "inputVariable" -> produced.add(value);
        default -> { }
      }
    }
    if (!camunda && "calledElement".equals(name) && !expression) {
      needs.add(new Need("process", value, "", here));
    }
    if (camunda && "target".equals(name) && "in".equals(element.getLocalName())) {
      produced.add(value);
    }
    if (camunda && "name".equals(name) && "outputParameter".equals(element.getLocalName())) {
      produced.add(value);
    }
  }

  private static final Pattern DELEGATE = Pattern.compile("[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}");

  private static String delegateType(Element element) {
    return switch (element.getLocalName()) {
      case "taskListener" -> "TaskListener";
      case "executionListener" -> "ExecutionListener";
      default -> "JavaDelegate";
    };
  }

  private void expressions(String text, String here) {
    if (text == null) {
      return;
    }
    Matcher m = EXPRESSION.matcher(text);
    while (m.find()) {
      String body = STRING.matcher(m.group(1)).replaceAll("''");
      Matcher r = ROOT.matcher(body);
      while (r.find()) {
        String root = r.group(1);
        if (EL_WORDS.contains(root) || ENGINE_NAMES.contains(root)) {
          continue;
        }
        boolean call = r.group(3) != null;
        String member = r.group(2) == null ? "" : r.group(2);
        if (member.isEmpty() && call) {
          needs.add(new Need("function", root, "", here));
        } else {
          needs.add(new Need("", root, member, here));
        }
      }
    }
  }

  /** The needs whose kind is decided by the release's code: bean or variable. */
  List<Need> undecided() {
    List<Need> found = new ArrayList<>();
    for (Need n : needs) {
      if (n.kind().isEmpty()) {
        found.add(n);
      }
    }
    return found;
  }

  /** Reads the keys of one Camunda Form. */
  static final class FormKeys {
    private FormKeys() {}

    static Set<String> of(byte[] form) {
      Set<String> keys = new LinkedHashSet<>();
      try {
        collect(new com.fasterxml.jackson.databind.ObjectMapper().readTree(form), keys);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      return keys;
    }

    static String id(byte[] form) {
      try {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(form).path("id").asText();
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode node, Set<String> keys) {
      for (var c : node.path("components")) {
        if (c.hasNonNull("key")) {
          keys.add(c.get("key").asText());
        }
        collect(c, keys);
      }
    }
  }

  static Map<String, Set<String>> formKeysById(Map<String, byte[]> forms) {
    Map<String, Set<String>> byId = new java.util.TreeMap<>();
    forms.values().forEach(f -> byId.put(FormKeys.id(f), FormKeys.of(f)));
    return byId;
  }
}
