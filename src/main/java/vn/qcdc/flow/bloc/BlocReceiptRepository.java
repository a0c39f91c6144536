package vn.qcdc.flow.bloc;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BlocReceiptRepository extends JpaRepository<BlocReceipt, String> {

  List<BlocReceipt> findByReportIdOrderByRevisionAscBodyAsc(String reportId);
}
