package vn.qcdc.flow.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, String> {

  Optional<Complaint> findByProcessInstanceId(String processInstanceId);

  Optional<Complaint> findByCaseNumber(String caseNumber);

  @Query("select coalesce(max(c.seq), 0) from Complaint c where c.year = ?1")
  int maxSeq(int year);

  List<Complaint> findByReceivedOnBetween(LocalDate from, LocalDate to);

  List<Complaint> findByResolvedOnBetween(LocalDate from, LocalDate to);
}
