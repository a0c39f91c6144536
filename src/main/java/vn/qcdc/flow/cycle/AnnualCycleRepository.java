package vn.qcdc.flow.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.qcdc.flow.engine.AgencyYear;

public interface AnnualCycleRepository extends JpaRepository<AnnualCycle, AgencyYear> {

  @Query("select r from AnnualCycle r where r.agency = ?#{@agencyContext.agency()}"
      + " order by r.year desc")
  List<AnnualCycle> findAllByOrderByYearDesc();

  /** The current agency's record of the year (the key is the agency and the year). */
  @Query("select r from AnnualCycle r where r.agency = ?#{@agencyContext.agency()} and r.year = ?1")
  Optional<AnnualCycle> findById(int year);

  @Query("select count(r) > 0 from AnnualCycle r where r.agency = ?#{@agencyContext.agency()}"
      + " and r.year = ?1")
  boolean existsById(int year);
}
