package vn.qcdc.flow.cycle;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.qcdc.flow.engine.AgencyYear;

public interface AnnualPlanRepository extends JpaRepository<AnnualPlan, AgencyYear> {

  /** The current agency's record of the year (the key is the agency and the year). */
  @Query("select r from AnnualPlan r where r.agency = ?#{@agencyContext.agency()} and r.year = ?1")
  Optional<AnnualPlan> findById(int year);

  @Query("select count(r) > 0 from AnnualPlan r where r.agency = ?#{@agencyContext.agency()}"
      + " and r.year = ?1")
  boolean existsById(int year);
}
