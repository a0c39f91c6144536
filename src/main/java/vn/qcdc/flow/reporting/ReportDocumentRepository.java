package vn.qcdc.flow.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportDocumentRepository extends JpaRepository<ReportDocument, String> {

  List<ReportDocument> findByReportIdOrderByVersion(String reportId);

  Optional<ReportDocument> findFirstByReportIdOrderByVersionDesc(String reportId);

  Optional<ReportDocument> findByReportIdAndVersion(String reportId, int version);
}
