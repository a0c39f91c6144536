package vn.qcdc.flow.conference;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.qcdc.flow.engine.AgencyYear;

public interface WorkPlanRepository extends JpaRepository<WorkPlan, AgencyYear> {

  /** The current agency's record of the year (the key is the agency and the year). */
  @Query("select r from WorkPlan r where r.agency = ?#{@agencyContext.agency()} and r.year = ?1")
  Optional<WorkPlan> findById(int year);

  @Query("select count(r) > 0 from WorkPlan r where r.agency = ?#{@agencyContext.agency()}"
      + " and r.year = ?1")
  boolean existsById(int year);
}
