package vn.qcdc.flow.keytasks;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Monthly key tasks (II.2.b), qcdc.key-tasks.* in application.yaml. */
@ConfigurationProperties(prefix = "qcdc.key-tasks")
public class KeyTaskProperties {

  private String leadershipGroup = "lanh-dao";
  private String followUpGroup = "ban-chi-dao";
  /** Days after the month's last day that units have to report. */
  private int reportGraceDays = 5;
  private int reminderBeforeDays = 2;

  public String getLeadershipGroup() {
    return leadershipGroup;
  }

  public void setLeadershipGroup(String v) {
    this.leadershipGroup = v;
  }

  public String getFollowUpGroup() {
    return followUpGroup;
  }

  public void setFollowUpGroup(String v) {
    this.followUpGroup = v;
  }

  public int getReportGraceDays() {
    return reportGraceDays;
  }

  public void setReportGraceDays(int v) {
    this.reportGraceDays = v;
  }

  public int getReminderBeforeDays() {
    return reminderBeforeDays;
  }

  public void setReminderBeforeDays(int v) {
    this.reminderBeforeDays = v;
  }
}
