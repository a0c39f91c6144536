package vn.qcdc.flow.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.audit: how long history is kept and how the history chain is sealed.
 *
 * @param retentionDays how long the history of a finished cycle is kept, in days (at least 1),
 *     applied to every deployed definition at start-up (HistoryRetention)
 * @param cleanupWindowStart the nightly window (agency time) in which history cleanup runs
 * @param cleanupWindowEnd its end
 * @param cleanupBatchSize how many root instances' histories a cleanup run removes
 * @param seal the chain's seals (AuditSeals)
 */
@ConfigurationProperties("qcdc.audit")
public record AuditProperties(@DefaultValue("3650") int retentionDays,
    @DefaultValue("22:00") String cleanupWindowStart, @DefaultValue("05:00") String cleanupWindowEnd,
    @DefaultValue("100") int cleanupBatchSize, @DefaultValue Seal seal) {

  public AuditProperties {
    seal = seal == null ? new Seal("", "", false, true, Seal.DAILY, Seal.ZONE) : seal;
  }

  /**
   * qcdc.audit.seal: the HMAC key held outside the database, the same on every node.
   *
   * @param keyFile a file holding the key (QCDC_AUDIT_SEAL_KEY_FILE); wins over key
   * @param key the key itself (QCDC_AUDIT_SEAL_KEY)
   * @param allowEphemeralKey without a key, use a throw-away one (demo and tests) instead of
   *     refusing to start
   * @param mailReportSeals e-mail the seal printed in each generated report to the People's
   *     Inspection Board too
   * @param cron the daily seal (read by AuditSeals' schedule; "-" turns it off)
   * @param zone the zone of cron
   */
  public record Seal(@DefaultValue("") String keyFile, @DefaultValue("") String key,
      @DefaultValue("false") boolean allowEphemeralKey,
      @DefaultValue("true") boolean mailReportSeals, @DefaultValue(DAILY) String cron,
      @DefaultValue(ZONE) String zone) {

    static final String DAILY = "0 50 23 * * *";
    static final String ZONE = "Asia/Ho_Chi_Minh";
  }
}
