package vn.qcdc.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.qcdc.flow.cycle.CycleService;
import vn.qcdc.flow.support.JavaDesk;
import vn.qcdc.flow.support.YearDriver;

/**
 * The auditors' replay and export over REST, on a whole finished year
 * driven by the demo users; subclasses pick the database and the year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AuditScenarios {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CycleService cycles;
  @Autowired
  AuditReplay replays;

  abstract int year();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The year, driven once per database: plan, dissemination, conference, both reviews, ratings. */
  YearDriver finishedYear() {
    YearDriver y = new YearDriver(engine, new JavaDesk(engine, cycles), year());
    if (engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(y.businessKey()).processDefinitionKey("qcdc-annual-cycle")
        .count() > 0) {
      return y;
    }
    y.start();
    y.firstHalf();
    y.clock(6, 15);
    y.runDueJobs();
    y.wholeReview("01-BC/BTGTU");
    y.clock(11, 20);
    y.runDueJobs();
    y.wholeReview("02-BC/BTGTU");
    for (Task rating : y.tasks("ConfirmRating")) {
      // a comment, as an official may add one in Tasklist
      engine.getIdentityService().setAuthenticatedUserId("truongban");
      engine.getTaskService().createComment(rating.getId(), rating.getProcessInstanceId(),
          "Đã đối chiếu với biên bản kiểm tra.");
      engine.getIdentityService().clearAuthentication();
      y.submit(rating, "truongban", Map.of("finalRating",
          engine.getTaskService().getVariable(rating.getId(), "proposedRating")));
    }
    ClockUtil.reset();
    return y;
  }

  HttpHeaders as(String user) {
    HttpHeaders h = new HttpHeaders();
    h.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + vn.qcdc.flow.support.TestPasswords.of(user)).getBytes(StandardCharsets.UTF_8)));
    return h;
  }

  ResponseEntity<String> get(String path, String user) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(as(user)), String.class);
  }

  JsonNode getJson(String path, String user) throws Exception {
    ResponseEntity<String> r = get(path, user);
    assertThat(r.getStatusCode().value()).as(path + ": " + r.getBody()).isEqualTo(200);
    return JSON.readTree(r.getBody());
  }

  @Test
  void theReplayListsEveryStepOfTheFinishedYearInOrderWithPeopleAndData() throws Exception {
    YearDriver y = finishedYear();
    JsonNode replay = getJson("/api/audit/cycles/" + y.businessKey(), "kiemtoan");
    String rootId = replay.path("cycle").path("id").asText();
    assertThat(replay.path("cycle").path("state").asText()).isEqualTo("COMPLETED");

    // every instance of the cycle: the cycle, dissemination, conference, two reviews
    List<String> processes = new ArrayList<>();
    replay.path("instances").forEach(i -> processes.add(i.path("processKey").asText()));
    assertThat(processes).containsExactlyInAnyOrder("qcdc-annual-cycle", "qcdc-dissemination",
        "qcdc-conference", "qcdc-review", "qcdc-review");

    List<JsonNode> steps = new ArrayList<>();
    replay.path("steps").forEach(steps::add);
    for (int i = 0; i < steps.size(); i++) {
      assertThat(steps.get(i).path("order").asInt()).isEqualTo(i + 1);
    }
    List<JsonNode> userTasks = steps.stream()
        .filter(s -> s.path("activityType").asText().equals("userTask")).toList();
    // every task the history holds appears once, with the person who completed it
    List<HistoricTaskInstance> done = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .rootProcessInstanceId(rootId).list();
    // 58, and in each review the answer to the union's report and the Party cell's assessment
    // (issue 18)
    assertThat(done).hasSize(62);
    assertThat(userTasks).hasSize(done.size());
    for (HistoricTaskInstance t : done) {
      JsonNode step = userTasks.stream()
          .filter(s -> s.path("activityInstanceId").asText().equals(t.getActivityInstanceId()))
          .findFirst().orElseThrow(() -> new AssertionError("no step for " + t.getName()));
      assertThat(step.path("person").asText()).as(t.getName()).isEqualTo(t.getAssignee());
      List<String> ops = new ArrayList<>();
      step.path("operations").forEach(o -> {
        if (!o.path("operation").asText().equals("Complete") || o.path("property").asText()
            .equals("delete")) {
          ops.add(o.path("operation").asText() + ":" + o.path("user").asText());
        } else {
          ops.add("Complete:" + o.path("user").asText());
        }
      });
      if (t.getTaskDefinitionKey().equals("InspectUnit")) {
        // III.3 (issue 18): the model assigns the inspection to the member the committee
        // named; nobody claims it, and that member completes it.
        assertThat(ops).as(t.getName()).contains("Complete:" + t.getAssignee())
            .noneMatch(o -> o.startsWith("Claim:"));
        continue;
      }
      assertThat(ops).as(t.getName()).contains("Claim:" + t.getAssignee(),
          "Complete:" + t.getAssignee());
      assertThat(ops.indexOf("Claim:" + t.getAssignee()))
          .isLessThan(ops.indexOf("Complete:" + t.getAssignee()));
    }

    // people, units and the data they entered
    JsonNode draft = only(userTasks, "DraftPlan");
    assertThat(draft.path("person").asText()).isEqualTo("bcd");
    assertThat(draft.path("unit").asText()).isEqualTo("ban-chi-dao");
    assertThat(draft.path("data").path("disseminationDueDate").asText())
        .isEqualTo(y.year() + "-02-15");
    JsonNode approve = only(userTasks, "ApprovePlan");
    assertThat(approve.path("person").asText()).isEqualTo("truongban");
    assertThat(approve.path("data").path("planDecision").asText()).isEqualTo("approve");
    List<JsonNode> disseminations = userTasks.stream()
        .filter(s -> s.path("activityId").asText().equals("RecordDissemination")).toList();
    assertThat(disseminations).hasSize(YearDriver.DISSEMINATION_UNITS.size())
        .allSatisfy(s -> {
          String unit = s.path("unit").asText();
          assertThat(s.path("person").asText()).as(unit).isEqualTo(y.memberOf(unit));
          assertThat(s.path("data").path("attendance").asText()).isEqualTo("5");
          assertThat(s.path("late").asBoolean()).isFalse();
          // due at the end of 15/02, the plan's date
          assertThat(s.path("due").asText()).isEqualTo(y.year() + "-02-16T00:00:00+07:00");
        });
    assertThat(only(userTasks, "RecordDissemination", "phong-tuyen-truyen").path("unitName")
        .asText()).isEqualTo("Phòng Tuyên truyền");
    List<JsonNode> submissions = userTasks.stream()
        .filter(s -> s.path("activityId").asText().equals("SubmitReport")).toList();
    assertThat(submissions).extracting(s -> s.path("data").path("documentNumber").asText())
        .containsExactly("01-BC/BTGTU", "02-BC/BTGTU");
    assertThat(userTasks.stream().filter(s -> s.path("activityId").asText()
        .equals("ConfirmRating"))).hasSize(6).allSatisfy(s -> assertThat(
            s.path("comments").get(0).path("text").asText())
            .isEqualTo("Đã đối chiếu với biên bản kiểm tra."));

    // the order: the plan before everything it released, called processes inside their call
    int draftAt = draft.path("order").asInt();
    assertThat(draftAt).isLessThan(approve.path("order").asInt());
    assertThat(approve.path("order").asInt())
        .isLessThan(disseminations.get(0).path("order").asInt());
    for (JsonNode call : steps) {
      if (!call.path("calledInstanceId").isTextual()) {
        continue;
      }
      String called = call.path("calledInstanceId").asText();
      List<JsonNode> inside = steps.stream()
          .filter(s -> s.path("instanceId").asText().equals(called)).toList();
      assertThat(inside).isNotEmpty().allSatisfy(s -> assertThat(s.path("order").asInt())
          .as(s.path("activityId").asText() + " inside " + call.path("activityId").asText())
          .isGreaterThan(call.path("order").asInt()));
    }
    int midYearDue = only(steps, "MidYearReviewDue").path("order").asInt();
    int yearEndDue = only(steps, "YearEndReviewDue").path("order").asInt();
    String h1 = only(steps, "MidYearReview").path("calledInstanceId").asText();
    for (JsonNode s : steps) {
      String process = s.path("processKey").asText();
      int at = s.path("order").asInt();
      if (process.equals("qcdc-dissemination") || process.equals("qcdc-conference")) {
        assertThat(at).as(s.path("activityId").asText()).isLessThan(midYearDue);
      }
      if (s.path("instanceId").asText().equals(h1)) {
        assertThat(at).isGreaterThan(midYearDue).isLessThan(yearEndDue);
      }
    }
    // inside the conference: proposals, then answers, then the record, then the work plan
    int lastProposal = steps.stream().filter(s -> s.path("activityId").asText()
        .equals("SubmitProposals")).mapToInt(s -> s.path("order").asInt()).max().orElseThrow();
    int firstAnswer = steps.stream().filter(s -> s.path("activityId").asText()
        .equals("AnswerProposal")).mapToInt(s -> s.path("order").asInt()).min().orElseThrow();
    assertThat(lastProposal).isLessThan(firstAnswer);
    assertThat(firstAnswer).isLessThan(only(steps, "RecordConference").path("order").asInt());
    assertThat(only(steps, "RecordConference").path("order").asInt())
        .isLessThan(only(steps, "IssueWorkPlan").path("order").asInt());
    assertThat(steps.get(steps.size() - 1).path("activityId").asText()).isIn("CycleClosed",
        "RateUnitDone");

    // the list of cycles, filtered by year and process
    JsonNode list = getJson("/api/audit/cycles?year=" + y.year(), "kiemtoan");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("id").asText()).isEqualTo(rootId);
    assertThat(getJson("/api/audit/cycles?process=qcdc-review", "admin")).isEmpty();
    // the diagram of each instance's definition
    String definition = replay.path("instances").get(1).path("definitionId").asText();
    assertThat(get("/api/audit/definitions/" + definition + "/xml", "kiemtoan").getBody())
        .contains("bpmndi:BPMNDiagram");
  }

  static JsonNode only(List<JsonNode> steps, String activityId) {
    List<JsonNode> found = steps.stream()
        .filter(s -> s.path("activityId").asText().equals(activityId)).toList();
    assertThat(found).as(activityId).hasSize(1);
    return found.get(0);
  }

  static JsonNode only(List<JsonNode> steps, String activityId, String unit) {
    return steps.stream().filter(s -> s.path("activityId").asText().equals(activityId)
        && s.path("unit").asText().equals(unit)).findFirst().orElseThrow();
  }

  @Test
  void theRetentionIsConfigurationAppliedToEveryDefinition() {
    var repository = engine.getRepositoryService();
    try {
      new HistoryRetention(repository, 4000).align();
      assertThat(repository.createProcessDefinitionQuery().list()).isNotEmpty()
          .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(4000));
      assertThat(repository.createDecisionDefinitionQuery().list()).isNotEmpty()
          .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(4000));
    } finally {
      new HistoryRetention(repository, 3650).align();
    }
    assertThat(repository.createProcessDefinitionQuery().list())
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(3650));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HistoryRetention(repository, 0))
        .hasMessageContaining("at least 1");
  }

  /** Figures for the report: the replay of a whole year, by the service and over REST. */
  @Test
  void replayTimeOfAWholeYear() {
    YearDriver y = finishedYear();
    replays.replay(y.businessKey()); // warm-up: caches, JIT
    long[] service = new long[7];
    int steps = 0;
    for (int i = 0; i < service.length; i++) {
      long t0 = System.nanoTime();
      steps = replays.replay(y.businessKey()).steps().size();
      service[i] = (System.nanoTime() - t0) / 1_000_000;
    }
    long[] rest = new long[5];
    int bytes = 0;
    for (int i = 0; i < rest.length; i++) {
      long t0 = System.nanoTime();
      ResponseEntity<String> r = get("/api/audit/cycles/" + y.businessKey(), "kiemtoan");
      rest[i] = (System.nanoTime() - t0) / 1_000_000;
      assertThat(r.getStatusCode().value()).isEqualTo(200);
      bytes = r.getBody().getBytes(StandardCharsets.UTF_8).length;
    }
    java.util.Arrays.sort(service);
    java.util.Arrays.sort(rest);
    System.out.printf("[audit-timing] %s: replay of %s, %d steps (%d KB JSON): service min %d ms,"
        + " median %d ms, max %d ms; REST min %d ms, median %d ms, max %d ms%n", database(),
        y.businessKey(), steps, bytes / 1024, service[0], service[service.length / 2],
        service[service.length - 1], rest[0], rest[rest.length / 2], rest[rest.length - 1]);
    assertThat(steps).isGreaterThan(200);
    assertThat(service[service.length / 2]).as("median replay time, ms").isLessThan(10_000);
  }

  abstract String database();

  /** URL, user and password of the test database, for the verifier's --jdbc option. */
  abstract String[] jdbc();

  @Test
  void aDepartmentMemberIsRefusedInVietnameseAndNobodyGetsInWithoutCredentials() throws Exception {
    ResponseEntity<String> refused = get("/api/audit/cycles", "tuyentruyen");
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(JSON.readTree(refused.getBody()).path("message").asText())
        .isEqualTo(AuditAccess.REFUSED).contains("Bạn không có quyền xem lịch sử");
    assertThat(get("/api/audit/cycles/QCDC-" + year() + "/export?format=csv", "truongban")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(http.getForEntity("/api/audit/cycles", String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(get("/api/audit/me", "kiemtoan").getBody()).contains("kiemtoan");
    assertThat(get("/api/audit/cycles/QCDC-1999", "kiemtoan").getStatusCode().value())
        .isEqualTo(404);
  }

  @Test
  void anExportNamesEachAlteredMissingOrReorderedEntry(@TempDir Path dir) throws Exception {
    YearDriver y = finishedYear();
    ResponseEntity<String> json = get("/api/audit/cycles/" + y.businessKey()
        + "/export?format=json", "kiemtoan");
    assertThat(json.getStatusCode().value()).isEqualTo(200);
    String head = json.getHeaders().getFirst("X-Audit-Chain-Head");
    ObjectNode file = (ObjectNode) JSON.readTree(json.getBody());
    ArrayNode entries = (ArrayNode) file.path("entries");
    assertThat(entries.size()).isGreaterThan(100);
    assertThat(file.path("head").asText()).isEqualTo(head)
        .isEqualTo(entries.get(entries.size() - 1).path("hash").asText());
    assertThat(verify(json.getBody()).path("intact").asBoolean()).isTrue();

    // one entry altered: the person of a completed task
    ObjectNode altered = file.deepCopy();
    ((ObjectNode) altered.path("entries").get(9)).put("person", "nguoikhac");
    JsonNode r = verify(altered.toString());
    assertThat(r.path("intact").asBoolean()).isFalse();
    assertThat(r.path("findings").get(0).path("problem").asText()).isEqualTo("ALTERED");
    assertThat(r.path("findings").get(0).path("seq").asInt()).isEqualTo(10);
    assertThat(r.path("findings")).hasSize(1);
    assertThat(r.path("report").asText()).startsWith("BỊ THAY ĐỔI: Mục số 10 đã bị sửa");

    // one entry deleted
    ObjectNode deleted = file.deepCopy();
    ((ArrayNode) deleted.path("entries")).remove(19);
    r = verify(deleted.toString());
    assertThat(r.path("findings").get(0).path("problem").asText()).isEqualTo("MISSING");
    assertThat(r.path("findings").get(0).path("seq").asInt()).isEqualTo(20);
    assertThat(r.path("findings")).hasSize(1);
    assertThat(r.path("report").asText()).contains("Thiếu mục số 20");

    // two entries swapped
    ObjectNode swapped = file.deepCopy();
    ArrayNode list = (ArrayNode) swapped.path("entries");
    JsonNode a = list.get(29);
    list.set(29, list.get(30));
    list.set(30, a);
    r = verify(swapped.toString());
    assertThat(r.path("findings")).hasSize(1);
    assertThat(r.path("findings").get(0).path("problem").asText()).isEqualTo("REORDERED");
    assertThat(r.path("findings").get(0).path("message").asText())
        .isEqualTo("Mục số 31 nằm sai thứ tự: đứng ở vị trí của mục số 30.");

    // all three in one file: each named, the first one first
    ObjectNode all = file.deepCopy();
    ArrayNode allEntries = (ArrayNode) all.path("entries");
    int withData = 0;
    while (!allEntries.get(withData).path("data").isObject()) {
      withData++;
    }
    assertThat(withData).isLessThan(9);
    ((ObjectNode) allEntries.get(withData).path("data")).put("planDecision", "return");
    ((ObjectNode) allEntries.get(9)).put("person", "nguoikhac");
    JsonNode b = allEntries.get(29);
    allEntries.set(29, allEntries.get(30));
    allEntries.set(30, b);
    allEntries.remove(19);
    r = verify(all.toString());
    assertThat(r.path("findings")).extracting(f -> f.path("problem").asText() + "@"
        + f.path("seq").asInt()).containsExactly("ALTERED@" + (withData + 1), "ALTERED@10", "MISSING@20", "REORDERED@31");

    // the last entry cut off, or the whole chain recomputed after a change: the recorded head
    ObjectNode cut = file.deepCopy();
    ((ArrayNode) cut.path("entries")).remove(entries.size() - 1);
    r = verify(cut.toString());
    assertThat(r.path("findings").get(0).path("problem").asText()).isEqualTo("MISSING");
    assertThat(r.path("findings").get(0).path("seq").asInt()).isEqualTo(entries.size());
    AuditChain.Trail original = AuditChain.fromJson(json.getBody());
    List<List<String>> forged = new ArrayList<>();
    original.entries().forEach(e -> forged.add(new ArrayList<>(e.fields())));
    forged.get(4).set(AuditChain.FIELDS.indexOf("person"), "nguoikhac");
    List<AuditChain.Entry> rechained = AuditChain.chain(original.genesis(), forged);
    String rewritten = AuditChain.toJson(new AuditChain.Trail(original.exportId(),
        original.businessKey(), original.rootInstanceId(), original.genesis(),
        rechained.get(rechained.size() - 1).hash(), rechained.size(), rechained));
    r = verify(rewritten);
    assertThat(r.path("findings").get(0).path("problem").asText()).isEqualTo("HEAD_MISMATCH");

    // CSV: the same chain, and the command-line verifier on files
    ResponseEntity<byte[]> csv = http.exchange("/api/audit/cycles/" + y.businessKey()
        + "/export?format=csv", HttpMethod.GET, new HttpEntity<>(as("kiemtoan")), byte[].class);
    String csvText = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    AuditChain.Trail csvTrail = AuditChain.fromCsv(csvText);
    assertThat(csvTrail.entries()).hasSize(entries.size());
    assertThat(csvTrail.entries().get(0).fields()).isEqualTo(original.entries().get(0).fields());
    Path good = Files.writeString(dir.resolve("good.csv"), csvText);
    assertThat(VerifyAuditExport.run(new String[] {good.toString()})).isZero();
    String[] db = jdbc();
    assertThat(VerifyAuditExport.run(new String[] {good.toString(), "--jdbc", db[0], "--user",
        db[1], "--password", db[2]})).as("against the head recorded in the database").isZero();
    String[] lines = csvText.split("\r\n", -1);
    List<String> tampered = new ArrayList<>(List.of(lines));
    tampered.remove(2 + 19); // comment line, headings, then entry 1 ...: entry 20
    Path bad = Files.writeString(dir.resolve("bad.csv"), String.join("\r\n", tampered));
    assertThat(VerifyAuditExport.run(new String[] {bad.toString(), "--head",
        csvTrail.head(), "--count", Integer.toString(csvTrail.entryCount())})).isEqualTo(1);
    // a chain recomputed after a change passes its own header, not the database's record
    Path forgedFile = Files.writeString(dir.resolve("forged.json"), rewritten);
    assertThat(VerifyAuditExport.run(new String[] {forgedFile.toString()})).isZero();
    assertThat(VerifyAuditExport.run(new String[] {forgedFile.toString(), "--jdbc", db[0],
        "--user", db[1], "--password", db[2]})).isEqualTo(1);
    assertThat(AuditVerifier.verify(AuditChain.read(Files.readString(bad)), null, null).first()
        .message()).isEqualTo("Thiếu mục số 20 (giữa mục số 19 và mục số 21).");
    assertThat(verify(csvText).path("intact").asBoolean()).isTrue();

    // the Word summary names the cycle and the recorded head
    ResponseEntity<byte[]> docx = http.exchange("/api/audit/cycles/" + y.businessKey()
        + "/export?format=docx", HttpMethod.GET, new HttpEntity<>(as("kiemtoan")), byte[].class);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("TÓM TẮT LỊCH SỬ KIỂM TRA").contains(y.businessKey())
          .contains(docx.getHeaders().getFirst("X-Audit-Chain-Head"))
          .contains("Quán triệt văn bản về QCDC - Phòng Tuyên truyền");
    }
    JsonNode recorded = getJson("/api/audit/cycles/" + y.businessKey() + "/exports", "kiemtoan");
    assertThat(recorded).extracting(e -> e.path("format").asText())
        .contains("JSON", "CSV", "DOCX");
  }

  JsonNode verify(String body) throws Exception {
    HttpHeaders h = as("kiemtoan");
    h.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    ResponseEntity<String> r = http.exchange("/api/audit/verify", HttpMethod.POST,
        new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), h), String.class);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
    return JSON.readTree(r.getBody());
  }

  @Test
  void historyCleanupIsScheduledAndSparesARunningCycle() {
    YearDriver finished = finishedYear();
    var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(3650));

    List<HistoricProcessInstance> done = engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceBusinessKey(finished.businessKey())
        .list();
    assertThat(done).hasSize(5).allSatisfy(p -> assertThat(p.getRemovalTime())
        .isEqualTo(new Date(done.stream().filter(q -> q.getSuperProcessInstanceId() == null)
            .findFirst().orElseThrow().getEndTime().getTime() + 3650L * 24 * 3600 * 1000)));

    YearDriver running = new YearDriver(engine, new JavaDesk(engine, cycles), year() + 1);
    running.start();
    running.firstHalf(); // dissemination and conference end; the cycle waits for the review
    List<HistoricProcessInstance> ofRunning = engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceBusinessKey(running.businessKey())
        .list();
    assertThat(ofRunning).hasSize(3).allSatisfy(p -> assertThat(p.getRemovalTime()).isNull());
    assertThat(ofRunning).filteredOn(p -> p.getEndTime() != null).hasSize(2);
    // nor any of its tasks, even those long finished
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(running.businessKey()).finished().list())
        .isNotEmpty().allSatisfy(t -> assertThat(t.getRemovalTime()).isNull());
  }
}
