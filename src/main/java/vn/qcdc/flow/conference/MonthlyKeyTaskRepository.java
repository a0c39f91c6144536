package vn.qcdc.flow.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonthlyKeyTaskRepository extends JpaRepository<MonthlyKeyTask, String> {

  List<MonthlyKeyTask> findByYearOrderByMonth(int year);
}
