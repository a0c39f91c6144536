package vn.qcdc.flow.notice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<Notice, String> {

  List<Notice> findByYearAndPhaseOrderByCreatedAt(int year, String phase);
}
