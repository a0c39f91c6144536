package vn.qcdc.flow.register;

import java.time.Instant;
import java.time.LocalDate;

/** One number of the register, whatever became of it. */
public record RegisterEntry(
    String id,
    String agencySymbol,
    String series,
    DocumentKind kind,
    int seq,
    String number,
    String subject,
    String status,
    String origin,
    String reference,
    LocalDate documentDate,
    String reservedBy,
    Instant reservedAt,
    String issuedBy,
    Instant issuedAt,
    String cancelledBy,
    Instant cancelledAt,
    String cancelReason) {

  /** Handed out to a task that has not been completed yet; shown there, held for it. */
  public static final String RESERVED = "RESERVED";
  public static final String ISSUED = "ISSUED";
  public static final String CANCELLED = "CANCELLED";

  /** Issued by the register. */
  public static final String REGISTER = "REGISTER";
  /** Typed by a person on the report-submission form of release 1.0.0 and checked here. */
  public static final String TYPED = "TYPED";

  public String statusLabel() {
    return switch (status) {
      case RESERVED -> "Đã cấp, chờ ban hành";
      case ISSUED -> "Đã ban hành";
      default -> "Đã hủy";
    };
  }
}
