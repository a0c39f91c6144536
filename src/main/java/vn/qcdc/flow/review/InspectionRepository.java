package vn.qcdc.flow.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRepository extends JpaRepository<Inspection, String> {

  List<Inspection> findByYearAndPeriod(int year, String period);

  List<Inspection> findByYearAndUnitCode(int year, String unitCode);
}
