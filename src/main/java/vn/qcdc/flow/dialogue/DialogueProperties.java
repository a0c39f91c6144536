package vn.qcdc.flow.dialogue;

import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Democratic dialogue (II.4.b), qcdc.dialogue.* in application.yaml. Who convenes, records and
 * follows up are roles of the organisation file (organisation/Roles): leadership with the Party
 * committee convene, leadership with the union follow up, the dialogues count for the union.
 *
 * @param regularDates days (MM-DD) on which the regular dialogues of every year start gathering
 *     topics
 * @param topicsDays days the units have to propose topics
 */
@ConfigurationProperties("qcdc.dialogue")
public record DialogueProperties(@DefaultValue("09-15") List<String> regularDates,
    @DefaultValue("10") int topicsDays) {

  public DialogueProperties {
    regularDates = List.copyOf(regularDates);
    regularDates.forEach(d -> MonthDay.parse("--" + d)); // refuse a bad day at start-up
  }
}
