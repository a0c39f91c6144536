package vn.qcdc.flow.cycle;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
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

  record StartRequest(Integer year) {
  }

  record CycleView(int year, String businessKey, String processInstanceId, String status) {
    static CycleView of(AnnualCycle c) {
      return new CycleView(c.getYear(), c.getBusinessKey(), c.getProcessInstanceId(),
          c.getStatus());
    }
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> start(@RequestBody StartRequest request) {
    if (request == null || request.year() == null || request.year() < 2000
        || request.year() > 2100) {
      return ResponseEntity.badRequest()
          .body(Map.of("message", "«Năm thực hiện» phải là số nguyên từ 2000 đến 2100."));
    }
    ProcessInstance instance = service.start(request.year());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
        "year", request.year(),
        "businessKey", instance.getBusinessKey(),
        "processInstanceId", instance.getId()));
  }

  @GetMapping
  List<CycleView> list() {
    return service.all().stream().map(CycleView::of).toList();
  }
}
