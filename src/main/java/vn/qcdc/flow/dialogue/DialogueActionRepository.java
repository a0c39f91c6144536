package vn.qcdc.flow.dialogue;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialogueActionRepository extends JpaRepository<DialogueAction, String> {

  List<DialogueAction> findByDialogueIdOrderBySeq(String dialogueId);

  List<DialogueAction> findByUnitCodeAndDoneOnBetween(String unitCode, LocalDate from,
      LocalDate to);
}
