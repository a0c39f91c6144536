package vn.qcdc.flow.dialogue;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Democratic dialogue (II.4.b), qcdc.dialogue.* in application.yaml. */
@ConfigurationProperties(prefix = "qcdc.dialogue")
public class DialogueProperties {

  /** Who organises and records the dialogue; its dialogues count for this unit. */
  private String organiserGroup = "cong-doan";
  private String leadershipGroup = "lanh-dao";
  /** Days (MM-DD) on which the regular dialogues of every year start gathering topics. */
  private List<String> regularDates = new ArrayList<>(List.of("09-15"));
  /** Days the units have to propose topics. */
  private int topicsDays = 10;

  public String getOrganiserGroup() {
    return organiserGroup;
  }

  public void setOrganiserGroup(String v) {
    this.organiserGroup = v;
  }

  public String getLeadershipGroup() {
    return leadershipGroup;
  }

  public void setLeadershipGroup(String v) {
    this.leadershipGroup = v;
  }

  public List<String> getRegularDates() {
    return regularDates;
  }

  public void setRegularDates(List<String> v) {
    v.forEach(d -> MonthDay.parse("--" + d));
    this.regularDates = v;
  }

  public int getTopicsDays() {
    return topicsDays;
  }

  public void setTopicsDays(int v) {
    this.topicsDays = v;
  }
}
