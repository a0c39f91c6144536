package vn.qcdc.flow.dissemination;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisseminationRecordRepository extends JpaRepository<DisseminationRecord, String> {

  Optional<DisseminationRecord> findByYearAndUnitCode(int year, String unitCode);

  List<DisseminationRecord> findByYear(int year);
}
