package vn.qcdc.flow.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualPlanRepository extends JpaRepository<AnnualPlan, Integer> {
}
