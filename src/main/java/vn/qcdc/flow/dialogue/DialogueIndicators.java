package vn.qcdc.flow.dialogue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.review.Indicator;
import vn.qcdc.flow.review.IndicatorSource;
import vn.qcdc.flow.organisation.Roles;

/**
 * Dialogues held in the period count for the organiser (the union by default); follow-up
 * actions done in the period count for the unit that did them.
 */
@Component
class DialogueIndicators implements IndicatorSource {

  private final DialogueRepository dialogues;
  private final DialogueActionRepository actions;
  private final Roles roles;

  DialogueIndicators(DialogueRepository dialogues, DialogueActionRepository actions,
      Roles roles) {
    this.dialogues = dialogues;
    this.actions = actions;
    this.roles = roles;
  }

  @Override
  public Map<Indicator, Integer> figures(int year, String unitCode, LocalDate from,
      LocalDate to) {
    Map<Indicator, Integer> figures = new EnumMap<>(Indicator.class);
    if (unitCode.equals(roles.getUnion())) {
      figures.put(Indicator.DIALOGUES_HELD, dialogues.findByDialogueDateBetween(from, to).size());
    }
    figures.put(Indicator.DIALOGUE_ACTIONS_DONE,
        actions.findByUnitCodeAndDoneOnBetween(unitCode, from, to).size());
    return figures;
  }
}
