package vn.qcdc.flow.bloc;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BlocReceiptRepository extends JpaRepository<BlocReceipt, String> {

  List<BlocReceipt> findByReportIdOrderByRevisionAscBodyAsc(String reportId);

  List<BlocReceipt> findByReportIdAndBodyAndStatus(String reportId, String body, String status);
}
