package vn.qcdc.flow.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface YearKeyTaskRepository extends JpaRepository<YearKeyTask, String> {

  List<YearKeyTask> findByYearOrderBySeq(int year);
}
