package vn.qcdc.flow.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardElectionRepository extends JpaRepository<BoardElection, String> {

  List<BoardElection> findByBoardUnitOrderByTermStartDescRecordedAtDesc(String boardUnit);
}
