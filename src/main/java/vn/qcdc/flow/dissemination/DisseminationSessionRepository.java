package vn.qcdc.flow.dissemination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisseminationSessionRepository
    extends JpaRepository<DisseminationSession, String> {

  List<DisseminationSession> findByYearOrderBySessionDate(int year);

  List<DisseminationSession> findByYearAndUnitCodeOrderBySessionDate(int year, String unitCode);
}
