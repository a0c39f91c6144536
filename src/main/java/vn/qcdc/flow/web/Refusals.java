package vn.qcdc.flow.web;

import org.camunda.bpm.engine.AuthorizationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import vn.qcdc.flow.engine.ConflictRefusedException;
import vn.qcdc.flow.engine.InputRefusedException;

/**
 * The answers of Camunda's REST APIs to a request that is wrong, as opposed
 * to a fault of the server: a 4xx and a message that says what is wrong.
 * Camunda answers several of these with 500 (a task that does not exist or is
 * finished, a task someone else holds, a concurrent update of the same process)
 * or with an empty message (malformed JSON).
 */
final class Refusals {

  private Refusals() {
  }

  /** The answer for a refusal somewhere in the cause chain, or null for a real fault. */
  static Response answer(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthorizationException denied) {
        // Authorization is on (access/): a task of another unit, or of the leadership. Camunda
        // says it in English as a list of permissions; the user reads why in Vietnamese, the
        // permissions stay in brackets for the administrator.
        return json(403, "AuthorizationException", "Người dùng " + denied.getUserId()
            + " không có quyền thực hiện thao tác này: công việc thuộc đơn vị hoặc người"
            + " khác. (" + denied.getMessage() + ")");
      }
      if (t instanceof InputRefusedException refused) {
        return json(refused instanceof ConflictRefusedException ? 409 : 400,
            refused.getClass().getSimpleName(), refused.getMessage());
      }
      if (t instanceof OptimisticLockingException) {
        // A job (a reminder, a timer) or another user changed the same process in the
        // same moment; nothing was saved, and sending again succeeds.
        return json(409, "OptimisticLockingException", "Hồ sơ vừa được một thao tác khác cập"
            + " nhật cùng lúc; dữ liệu của bạn chưa được lưu. Hãy gửi lại.");
      }
      if (t instanceof TaskAlreadyClaimedException claimed) {
        return json(409, "TaskAlreadyClaimedException",
            "Công việc đã được người khác nhận (" + claimed.getTaskAssignee()
                + "); chỉ người đang giữ công việc mới hoàn thành được.");
      }
      if (t instanceof NullValueException missing && String.valueOf(missing.getMessage())
          .startsWith("Cannot find task with id")) {
        return json(404, "NotFound", "Không tìm thấy công việc: công việc không tồn tại hoặc"
            + " đã được hoàn thành. (" + missing.getMessage() + ")");
      }
      if (t instanceof InvalidRequestException invalid
          && (invalid.getMessage() == null || invalid.getMessage().isBlank())) {
        return unreadable(invalid.getCause());
      }
    }
    return null;
  }

  static Response unreadable(Throwable cause) {
    String detail = cause == null || cause.getMessage() == null ? ""
        : " (" + cause.getMessage().lines().findFirst().orElse("") + ")";
    return json(400, "InvalidRequestException",
        "Nội dung yêu cầu không đọc được (JSON không hợp lệ)" + detail + ".");
  }

  static Response json(int status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
