package vn.qcdc.flow.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportDispatchRepository extends JpaRepository<ReportDispatch, String> {

  List<ReportDispatch> findByReportId(String reportId);

  boolean existsByReportIdAndRecipient(String reportId, String recipient);
}
