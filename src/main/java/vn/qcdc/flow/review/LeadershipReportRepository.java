package vn.qcdc.flow.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadershipReportRepository extends JpaRepository<LeadershipReport, String> {

  Optional<LeadershipReport> findByYearAndPeriod(int year, String period);
}
