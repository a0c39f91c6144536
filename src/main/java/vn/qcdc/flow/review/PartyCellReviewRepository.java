package vn.qcdc.flow.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyCellReviewRepository extends JpaRepository<PartyCellReview, String> {

  Optional<PartyCellReview> findByYearAndPeriod(int year, String period);
}
