package vn.qcdc.flow.complaints;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintExtensionRepository extends JpaRepository<ComplaintExtension, String> {

  List<ComplaintExtension> findByComplaintIdOrderBySeq(String complaintId);
}
