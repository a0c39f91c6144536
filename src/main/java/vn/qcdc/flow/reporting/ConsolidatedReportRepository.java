package vn.qcdc.flow.reporting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsolidatedReportRepository extends JpaRepository<ConsolidatedReport, String> {

  Optional<ConsolidatedReport> findByYearAndPeriod(int year, String period);
}
