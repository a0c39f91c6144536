package vn.qcdc.flow.cycle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualCycleRepository extends JpaRepository<AnnualCycle, Integer> {

  List<AnnualCycle> findAllByOrderByYearDesc();
}
