package vn.qcdc.flow.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DialogueRepository extends JpaRepository<Dialogue, String> {

  Optional<Dialogue> findByProcessInstanceId(String processInstanceId);

  @Query("select coalesce(max(d.seq), 0) from Dialogue d where d.year = ?1")
  int maxSeq(int year);

  /** Whether the year's regular dialogues (not those the union asked for) have started. */
  boolean existsByYearAndUnionRequestFalse(int year);

  List<Dialogue> findByDialogueDateBetween(LocalDate from, LocalDate to);
}
