package vn.qcdc.flow.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.qcdc.flow.engine.ConflictRefusedException;
import vn.qcdc.flow.engine.InputRefusedException;

/** Refusals of the application's own REST API: a status and a Vietnamese message. */
@RestControllerAdvice
class ApiErrors {

  /** A bloc's body asking for something only an agency's officials do. */
  @ExceptionHandler(vn.qcdc.flow.tenancy.AgencyRequiredException.class)
  ResponseEntity<Map<String, String>> agencyOnly(vn.qcdc.flow.tenancy.AgencyRequiredException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(ConflictRefusedException.class)
  ResponseEntity<Map<String, String>> conflict(ConflictRefusedException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(InputRefusedException.class)
  ResponseEntity<Map<String, String>> refused(InputRefusedException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }

  /** The engine refused the user (authorization): 403 and why, in Vietnamese. */
  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ResponseEntity<Map<String, String>> forbidden(org.camunda.bpm.engine.AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
        "Người dùng " + e.getUserId() + " không có quyền thực hiện thao tác này."));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("message",
        "Nội dung yêu cầu phải là JSON (Content-Type: application/json)."));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest()
        .body(Map.of("message", "Nội dung yêu cầu không đọc được (JSON không hợp lệ)."));
  }
}
