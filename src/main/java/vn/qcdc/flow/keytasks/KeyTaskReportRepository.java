package vn.qcdc.flow.keytasks;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KeyTaskReportRepository extends JpaRepository<KeyTaskReport, String> {

  Optional<KeyTaskReport> findByYearAndMonthAndUnitCode(int year, int month, String unitCode);

  List<KeyTaskReport> findByYearAndMonth(int year, int month);

  List<KeyTaskReport> findByYearAndUnitCode(int year, String unitCode);
}
