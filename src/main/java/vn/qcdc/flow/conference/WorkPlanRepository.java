package vn.qcdc.flow.conference;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkPlanRepository extends JpaRepository<WorkPlan, Integer> {
}
