package vn.qcdc.flow.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitReviewRepository extends JpaRepository<UnitReview, String> {

  Optional<UnitReview> findByYearAndPeriodAndUnitCode(int year, String period, String unitCode);

  List<UnitReview> findByYearAndPeriod(int year, String period);

  List<UnitReview> findByYearAndUnitCode(int year, String unitCode);
}
