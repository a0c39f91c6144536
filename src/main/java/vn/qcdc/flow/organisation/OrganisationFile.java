package vn.qcdc.flow.organisation;

import java.util.ArrayList;
import java.util.List;

/** The organisation file: the agency, its units and its people. */
public class OrganisationFile {

  private Agency agency = new Agency();
  private List<Unit> units = new ArrayList<>();
  private List<Person> people = new ArrayList<>();
  /** Which unit plays each role the processes give work to (roles: in the file; optional). */
  private RoleGroups roles = new RoleGroups();

  public RoleGroups getRoles() {
    return roles;
  }

  public void setRoles(RoleGroups roles) {
    this.roles = roles;
  }

  /**
   * The unit code of each role, defaulting to the codes every agency file has used so far. The
   * models name them as {@code ${roles.leadership}} and so on (see {@link Roles}).
   */
  public static class RoleGroups {
    private String leadership = "lanh-dao";
    private String steeringCommittee = "ban-chi-dao";
    private String generalAffairs = "phong-tong-hop";
    private String accounting = "phong-tong-hop";
    private String partyCommittee = "cap-uy";
    private String union = "cong-doan";
    private String inspectionBoard = "ban-thanh-tra";

    public String getLeadership() {
      return leadership;
    }

    public void setLeadership(String value) {
      this.leadership = value;
    }

    public String getSteeringCommittee() {
      return steeringCommittee;
    }

    public void setSteeringCommittee(String value) {
      this.steeringCommittee = value;
    }

    public String getGeneralAffairs() {
      return generalAffairs;
    }

    public void setGeneralAffairs(String value) {
      this.generalAffairs = value;
    }

    public String getAccounting() {
      return accounting;
    }

    public void setAccounting(String value) {
      this.accounting = value;
    }

    public String getPartyCommittee() {
      return partyCommittee;
    }

    public void setPartyCommittee(String value) {
      this.partyCommittee = value;
    }

    public String getUnion() {
      return union;
    }

    public void setUnion(String value) {
      this.union = value;
    }

    public String getInspectionBoard() {
      return inspectionBoard;
    }

    public void setInspectionBoard(String value) {
      this.inspectionBoard = value;
    }
  }

  public Agency getAgency() {
    return agency;
  }

  public void setAgency(Agency agency) {
    this.agency = agency;
  }

  public List<Unit> getUnits() {
    return units;
  }

  public void setUnits(List<Unit> units) {
    this.units = units;
  }

  public List<Person> getPeople() {
    return people;
  }

  public void setPeople(List<Person> people) {
    this.people = people;
  }

  public static class Agency {
    /**
     * The agency's code: its Camunda tenant id and the agency of its business records
     * (issue 16). Defaults to the short name in lower case ("btgtu").
     */
    private String code = "";
    private String name = "";
    private String shortName = "";
    private String parentBody = "";
    private String place = "";
    /** 36-HD: the committee the department belongs to, above its name ("Thành ủy Đà Nẵng"). */
    private String superiorBody = "";
    /** The department's own name in the heading ("Ban Tuyên giáo"). */
    private String headingName = "";
    /** The head's user id: anyone else of the leadership signs "K/T" for the head. */
    private String head = "";
    private String deputyTitle = "PHÓ TRƯỞNG BAN";

    /** The line above the issuing body: the superior committee, else the parent body. */
    public String superior() {
      return superiorBody == null || superiorBody.isBlank() ? parentBody : superiorBody;
    }

    public String headerName() {
      return headingName == null || headingName.isBlank() ? name : headingName;
    }

    public String getSuperiorBody() {
      return superiorBody;
    }

    public void setSuperiorBody(String value) {
      this.superiorBody = value;
    }

    public String getHeadingName() {
      return headingName;
    }

    public void setHeadingName(String value) {
      this.headingName = value;
    }

    public String getHead() {
      return head;
    }

    public void setHead(String value) {
      this.head = value;
    }

    public String getDeputyTitle() {
      return deputyTitle;
    }

    public void setDeputyTitle(String value) {
      this.deputyTitle = value;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    /** The code, or the short name in lower case where the file gives none. */
    public String code() {
      if (code != null && !code.isBlank()) {
        return code.strip();
      }
      return shortName == null ? "" : shortName.strip().toLowerCase(java.util.Locale.ROOT)
          .replaceAll("[^a-z0-9-]", "-");
    }

    public String getShortName() {
      return shortName;
    }

    public void setShortName(String shortName) {
      this.shortName = shortName;
    }

    public String getParentBody() {
      return parentBody;
    }

    public void setParentBody(String parentBody) {
      this.parentBody = parentBody;
    }

    public String getPlace() {
      return place;
    }

    public void setPlace(String place) {
      this.place = place;
    }
  }

  public static class Unit {
    private String code;
    private String name;
    private UnitKind kind;
    private int headcount;

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public UnitKind getKind() {
      return kind;
    }

    public void setKind(UnitKind kind) {
      this.kind = kind;
    }

    public int getHeadcount() {
      return headcount;
    }

    public void setHeadcount(int headcount) {
      this.headcount = headcount;
    }
  }

  public static class Person {
    private String id;
    private String firstName;
    private String lastName;
    private String email;
    private String password;
    private List<String> units = new ArrayList<>();
    /** The password as written in the file, before placeholders resolve (not bound). */
    private String writtenPassword;

    /** What the file itself says for the password: a ${...} placeholder, or a literal. */
    public String writtenPassword() {
      return writtenPassword;
    }

    void writtenPassword(String value) {
      this.writtenPassword = value;
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getFirstName() {
      return firstName;
    }

    public void setFirstName(String firstName) {
      this.firstName = firstName;
    }

    public String getLastName() {
      return lastName;
    }

    public void setLastName(String lastName) {
      this.lastName = lastName;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public List<String> getUnits() {
      return units;
    }

    public void setUnits(List<String> units) {
      this.units = units;
    }

    @Override
    public String toString() {
      return "Person[" + id + "]"; // never the password
    }
  }
}
