package vn.qcdc.flow.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConferenceSessionRepository extends JpaRepository<ConferenceSession, String> {

  List<ConferenceSession> findByYearOrderByAttempt(int year);
}
