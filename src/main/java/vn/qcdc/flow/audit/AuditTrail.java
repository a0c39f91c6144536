package vn.qcdc.flow.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.engine.Clock;

/** Runs the history verifier on the application's database with the seal key it holds. */
@Component
public class AuditTrail {

  private final DataSource dataSource;
  private final AuditSeals seals;

  public AuditTrail(DataSource dataSource, AuditSeals seals) {
    this.dataSource = dataSource;
    this.seals = seals;
  }

  /** @param publishedText any text holding published seals (e-mails, appendices); may be empty */
  public AuditTrailVerifier.Result verify(String publishedText) {
    List<HistoryChain.Seal> published = HistoryChain.parseSeals(publishedText);
    try (Connection c = dataSource.getConnection()) {
      return AuditTrailVerifier.verify(c, seals.key(), published,
          Clock.now());
    } catch (SQLException e) {
      throw new IllegalStateException("Không đọc được lịch sử để kiểm tra: " + e.getMessage(), e);
    }
  }
}
