package vn.qcdc.flow.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalRepository extends JpaRepository<Proposal, String> {

  List<Proposal> findByYearOrderByUnitCodeAscSeqAsc(int year);

  List<Proposal> findByYearAndUnitCode(int year, String unitCode);
}
