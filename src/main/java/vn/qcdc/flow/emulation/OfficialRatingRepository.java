package vn.qcdc.flow.emulation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficialRatingRepository extends JpaRepository<OfficialRating, String> {

  List<OfficialRating> findByYearAndUnitCodeOrderByOfficialName(int year, String unitCode);

  Optional<OfficialRating> findByYearAndUnitCodeAndOfficialName(int year, String unitCode,
      String officialName);

  List<OfficialRating> findByYearOrderByUnitCodeAscOfficialNameAsc(int year);
}
