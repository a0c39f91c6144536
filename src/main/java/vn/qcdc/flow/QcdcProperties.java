package vn.qcdc.flow;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.qcdc.flow.organisation.UnitKind;

/** Everything an agency may change without touching a model: qcdc.* in application.yaml. */
@ConfigurationProperties(prefix = "qcdc")
public class QcdcProperties {

  private final Organisation organisation = new Organisation();
  private final Schedule schedule = new Schedule();
  private final Plan plan = new Plan();
  private final Conference conference = new Conference();
  private final Phases phases = new Phases();
  private final Demo demo = new Demo();

  public Organisation getOrganisation() {
    return organisation;
  }

  public Schedule getSchedule() {
    return schedule;
  }

  public Plan getPlan() {
    return plan;
  }

  public Conference getConference() {
    return conference;
  }

  public Phases getPhases() {
    return phases;
  }

  public Demo getDemo() {
    return demo;
  }

  public static class Organisation {
    private String file = "classpath:organisation/demo-agency.yml";

    public String getFile() {
      return file;
    }

    public void setFile(String file) {
      this.file = file;
    }
  }

  public static class Schedule {
    private Period disseminationDuration = Period.ofDays(30);
    private Period disseminationReminderBefore = Period.ofDays(5);
    private String midyearReviewStart = "06-15";
    private String yearendReviewStart = "11-20";
    private Period reviewDuration = Period.ofDays(15);
    private Period reviewReminderBefore = Period.ofDays(3);
    private Period reviewGrace = Period.ofDays(7);

    public Period getDisseminationDuration() {
      return disseminationDuration;
    }

    public void setDisseminationDuration(Period value) {
      this.disseminationDuration = value;
    }

    public Period getDisseminationReminderBefore() {
      return disseminationReminderBefore;
    }

    public void setDisseminationReminderBefore(Period value) {
      this.disseminationReminderBefore = value;
    }

    public String getMidyearReviewStart() {
      return midyearReviewStart;
    }

    public void setMidyearReviewStart(String value) {
      MonthDay.parse("--" + value); // refuse a bad date at start-up
      this.midyearReviewStart = value;
    }

    public String getYearendReviewStart() {
      return yearendReviewStart;
    }

    public void setYearendReviewStart(String value) {
      MonthDay.parse("--" + value);
      this.yearendReviewStart = value;
    }

    /** The day a review of the given period starts in the given year. */
    public LocalDate reviewStart(int year, boolean yearEnd) {
      return MonthDay.parse("--" + (yearEnd ? yearendReviewStart : midyearReviewStart))
          .atYear(year);
    }

    public Period getReviewDuration() {
      return reviewDuration;
    }

    public void setReviewDuration(Period value) {
      this.reviewDuration = value;
    }

    public Period getReviewReminderBefore() {
      return reviewReminderBefore;
    }

    public void setReviewReminderBefore(Period value) {
      this.reviewReminderBefore = value;
    }

    public Period getReviewGrace() {
      return reviewGrace;
    }

    public void setReviewGrace(Period value) {
      this.reviewGrace = value;
    }
  }

  public static class Plan {
    private List<String> defaultDocuments = new ArrayList<>();
    private List<LegalBasis> legalBasis = new ArrayList<>();

    public List<String> getDefaultDocuments() {
      return defaultDocuments;
    }

    public void setDefaultDocuments(List<String> value) {
      this.defaultDocuments = value;
    }

    public List<LegalBasis> getLegalBasis() {
      return legalBasis;
    }

    public void setLegalBasis(List<LegalBasis> value) {
      this.legalBasis = value;
    }

    /** The legal basis of a year's plan: what is in force on 1 January of that year. */
    public String legalBasisFor(int year) {
      return legalBasisOn(java.time.LocalDate.of(year, 1, 1));
    }

    /** Every rule of the legal basis in force on a day, joined with "; ". */
    public String legalBasisOn(java.time.LocalDate day) {
      return String.join("; ", legalBasisInForce(day).stream().map(LegalBasis::getText).toList());
    }

    public List<LegalBasis> legalBasisInForce(java.time.LocalDate day) {
      return legalBasis.stream().filter(b -> b.inForceOn(day)).toList();
    }
  }

  /**
   * A rule of the legal basis with the dates it is in force ({@code from}, {@code until}, both
   * included; {@code from-year} is the older form, 1 January of that year), its source and
   * whether its number and dates were checked against the text itself.
   */
  public static class LegalBasis {
    private int fromYear;
    private java.time.LocalDate from;
    private java.time.LocalDate until;
    private String text;
    private String source;
    private boolean verified;

    public boolean inForceOn(java.time.LocalDate day) {
      java.time.LocalDate start = from != null ? from : java.time.LocalDate.of(fromYear, 1, 1);
      return !day.isBefore(start) && (until == null || !day.isAfter(until));
    }

    public int getFromYear() {
      return fromYear;
    }

    public void setFromYear(int fromYear) {
      this.fromYear = fromYear;
    }

    public java.time.LocalDate getFrom() {
      return from;
    }

    public void setFrom(java.time.LocalDate from) {
      this.from = from;
    }

    public java.time.LocalDate getUntil() {
      return until;
    }

    public void setUntil(java.time.LocalDate until) {
      this.until = until;
    }

    public String getSource() {
      return source;
    }

    public void setSource(String source) {
      this.source = source;
    }

    public boolean isVerified() {
      return verified;
    }

    public void setVerified(boolean verified) {
      this.verified = verified;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /**
   * The legal timing of the regular officials' conference: the rule with its dates in force,
   * its source, and the last day of the cycle year it may be held on ({@code latest}, MM-dd;
   * none when the rule sets no day and the head decides).
   */
  public static class ConferenceTiming extends LegalBasis {
    private String latest;

    public String getLatest() {
      return latest;
    }

    public void setLatest(String latest) {
      this.latest = latest;
    }

    /** The last day of the cycle year, or null. */
    public java.time.LocalDate latestIn(int year) {
      return latest == null || latest.isBlank() ? null
          : MonthDay.parse("--" + latest.strip()).atYear(year);
    }
  }

  public static class Conference {
    private int quorumNumerator = 2;
    private int quorumDenominator = 3;
    /** When the regular conference must be held, by the rule in force on 1 January. */
    private List<ConferenceTiming> timing = new ArrayList<>();

    public List<ConferenceTiming> getTiming() {
      return timing;
    }

    public void setTiming(List<ConferenceTiming> timing) {
      this.timing = timing;
    }

    /** The timing rule for the conference held in a cycle year, or null when none is set. */
    public ConferenceTiming timingFor(int year) {
      java.time.LocalDate day = java.time.LocalDate.of(year, 1, 1);
      return timing.stream().filter(t -> t.inForceOn(day)).findFirst().orElse(null);
    }

    public int getQuorumNumerator() {
      return quorumNumerator;
    }

    public void setQuorumNumerator(int value) {
      this.quorumNumerator = value;
    }

    public int getQuorumDenominator() {
      return quorumDenominator;
    }

    public void setQuorumDenominator(int value) {
      this.quorumDenominator = value;
    }
  }

  /** Which kinds of unit take part in each phase of the year. */
  public static class Phases {
    private Set<UnitKind> dissemination = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.CENTRE,
        UnitKind.UNION, UnitKind.PARTY_CELL);
    private Set<UnitKind> proposals = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.CENTRE,
        UnitKind.UNION);
    private Set<UnitKind> review = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.CENTRE,
        UnitKind.UNION, UnitKind.INSPECTION_BOARD);
    private Set<UnitKind> inspection = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.CENTRE);
    private Set<UnitKind> emulation = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.CENTRE);
    private Set<UnitKind> officials = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.CENTRE,
        UnitKind.LEADERSHIP);

    public Set<UnitKind> getDissemination() {
      return dissemination;
    }

    public void setDissemination(Set<UnitKind> value) {
      this.dissemination = value;
    }

    public Set<UnitKind> getProposals() {
      return proposals;
    }

    public void setProposals(Set<UnitKind> value) {
      this.proposals = value;
    }

    public Set<UnitKind> getReview() {
      return review;
    }

    public void setReview(Set<UnitKind> value) {
      this.review = value;
    }

    public Set<UnitKind> getInspection() {
      return inspection;
    }

    public void setInspection(Set<UnitKind> value) {
      this.inspection = value;
    }

    public Set<UnitKind> getEmulation() {
      return emulation;
    }

    public void setEmulation(Set<UnitKind> value) {
      this.emulation = value;
    }

    /** Whose headcount makes up the officials convened to the conference. */
    public Set<UnitKind> getOfficials() {
      return officials;
    }

    public void setOfficials(Set<UnitKind> value) {
      this.officials = value;
    }
  }

  public static class Demo {
    private boolean printLogins;

    public boolean isPrintLogins() {
      return printLogins;
    }

    public void setPrintLogins(boolean printLogins) {
      this.printLogins = printLogins;
    }
  }
}
