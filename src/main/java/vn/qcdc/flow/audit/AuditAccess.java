package vn.qcdc.flow.audit;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.engine.AsTheApplication;

/**
 * Who may read the audit trail: members of the auditors' group
 * ({@code kiem-tra-lich-su}) and administrators ({@code camunda-admin}).
 *
 * <p>The caller is the user that the REST basic-auth filter authenticated on
 * /api/*; membership is read from Camunda's IdentityService, not from the
 * request. Once admitted, the audit queries run without the engine's
 * per-resource authorization checks: an auditor reads the whole history of a
 * cycle, and that right is granted here, by group, rather than by one
 * authorization per process definition that every new process would need.
 */
@Component
public class AuditAccess {

  public static final String AUDITORS = "kiem-tra-lich-su";
  public static final String ADMINISTRATORS = "camunda-admin";
  static final String REFUSED = "Bạn không có quyền xem lịch sử kiểm tra: chỉ thành viên nhóm"
      + " Kiểm toán, thanh tra (kiem-tra-lich-su) hoặc quản trị hệ thống được truy cập.";

  private final IdentityService identity;

  public AuditAccess(IdentityService identity) {
    this.identity = identity;
  }

  /** The authenticated auditor's id; refuses everyone else. */
  public String requireAuditor() {
    var current = identity.getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      throw new AuditRefusedException(REFUSED);
    }
    List<String> groups = current.getGroupIds();
    if (groups == null || groups.isEmpty()) {
      // Read without the caller's authorizations: a user may lack READ on groups.
      groups = AsTheApplication.get(identity, () -> identity.createGroupQuery()
          .groupMember(current.getUserId()).list().stream().map(Group::getId).toList());
    }
    if (!groups.contains(AUDITORS) && !groups.contains(ADMINISTRATORS)) {
      throw new AuditRefusedException(REFUSED);
    }
    return current.getUserId();
  }

  /** Checks the caller, then reads as the engine itself (no per-resource authorization checks). */
  public <T> T asAuditor(Supplier<T> read) {
    requireAuditor();
    return AsTheApplication.get(identity, read);
  }
}
