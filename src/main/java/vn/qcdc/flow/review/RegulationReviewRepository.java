package vn.qcdc.flow.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegulationReviewRepository extends JpaRepository<RegulationReview, String> {

  Optional<RegulationReview> findByYearAndPeriod(int year, String period);
}
