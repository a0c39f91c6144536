package vn.qcdc.flow.cycle;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /api/cycles: start a year's cycle and list the cycles. */
@RestController
@RequestMapping("/api/cycles")
class CycleController {

  private final CycleService service;

  CycleController(CycleService service) {
    this.service = service;
  }

  record CycleView(int year, String businessKey, String processInstanceId, String status) {
    static CycleView of(AnnualCycle c) {
      return new CycleView(c.getYear(), c.getBusinessKey(), c.getProcessInstanceId(),
          c.getStatus());
    }
  }

  /**
   * {"year": 2022}. The year is read from the JSON tree, not bound: Jackson
   * would turn 2022.5 into 2022 and true into 1, and start a year nobody asked for.
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> start(@RequestBody JsonNode request) {
    if (request == null || !request.isObject()) {
      return ResponseEntity.badRequest().body(Map.of("message",
          "Nội dung yêu cầu không đọc được (JSON không hợp lệ): cần một đối tượng {\"year\": năm}."));
    }
    Integer year = yearOf(request.get("year"));
    if (year == null || year < AnnualCycle.FIRST_YEAR || year > AnnualCycle.LAST_YEAR) {
      return ResponseEntity.badRequest()
          .body(Map.of("message", "«Năm thực hiện» phải là số nguyên từ "
              + AnnualCycle.FIRST_YEAR + " đến " + AnnualCycle.LAST_YEAR + "."));
    }
    ProcessInstance instance = service.start(year);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
        "year", year,
        "businessKey", instance.getBusinessKey(),
        "processInstanceId", instance.getId()));
  }

  private static Integer yearOf(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return node.intValue();
    }
    if (node.isTextual() && node.textValue().strip().matches("\\d{4}")) {
      return Integer.valueOf(node.textValue().strip());
    }
    return null;
  }

  @GetMapping
  List<CycleView> list() {
    return service.all().stream().map(CycleView::of).toList();
  }
}
