package vn.qcdc.flow.dialogue;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Democratic dialogue (II.4.b), qcdc.dialogue.* in application.yaml. */
@ConfigurationProperties(prefix = "qcdc.dialogue")
public class DialogueProperties {

  /**
   * The unit the dialogues count for in its review (the union, which asks for dialogues and
   * proposes topics for the officials).
   */
  private String organiserGroup = "cong-doan";
  /**
   * Who convenes and records the dialogue (I.2, II.4.b: "thủ trưởng cơ quan và bí thư cấp ủy"):
   * leadership and the Party committee. The models' variable {@code organiserGroup} carries it.
   */
  private String convenerGroups = "lanh-dao,cap-uy";
  /**
   * Who follows up an action agreed at the dialogue once it is late: leadership with the union
   * (II.5.a, II.4.b: the union follows up what the dialogue agreed). The models' variable
   * {@code leadershipGroup} carries it; the escalation notice goes to leadership-group.
   */
  private String followUpGroups = "lanh-dao,cong-doan";
  private String leadershipGroup = "lanh-dao";
  /** Days (MM-DD) on which the regular dialogues of every year start gathering topics. */
  private List<String> regularDates = new ArrayList<>(List.of("09-15"));
  /** Days the units have to propose topics. */
  private int topicsDays = 10;

  public String getFollowUpGroups() {
    return followUpGroups;
  }

  public void setFollowUpGroups(String v) {
    this.followUpGroups = v;
  }

  public String getConvenerGroups() {
    return convenerGroups;
  }

  public void setConvenerGroups(String v) {
    this.convenerGroups = v;
  }

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
