package vn.qcdc.flow.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnionSentimentAnswerRepository
    extends JpaRepository<UnionSentimentAnswer, String> {

  List<UnionSentimentAnswer> findByYearAndPeriod(int year, String period);
}
