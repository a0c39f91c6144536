package vn.qcdc.flow.emulation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmulationRatingRepository extends JpaRepository<EmulationRating, String> {

  Optional<EmulationRating> findByYearAndUnitCode(int year, String unitCode);

  List<EmulationRating> findByYear(int year);
}
