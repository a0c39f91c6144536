package vn.qcdc.flow.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.engine.AsTheApplication;
import vn.qcdc.flow.engine.Clock;
import vn.qcdc.flow.engine.Formats;
import vn.qcdc.flow.engine.FormInput;

/**
 * The People's Inspection Board as the officials' conference elects it (Nghị định 04/2015
 * Điều 5; Nghị định 159/2016; Luật 10/2022 Điều 60): 3 to 9 officials of the agency's
 * departments and centres, never its leadership, for a two-year term. Its Camunda group (the
 * organisation's INSPECTION_BOARD unit) follows the election in force: set when the election is
 * recorded, and kept by {@link OrganisationSync}, which otherwise takes groups from the file.
 */
@Service
public class InspectionBoard {

  static final int MIN_MEMBERS = 3;
  static final int MAX_MEMBERS = 9;

  private final BoardElectionRepository elections;
  private final OrgUnitRepository units;
  private final IdentityService identity;
  private final ObjectMapper json = new ObjectMapper();

  private final PhaseProperties phases;

  public InspectionBoard(BoardElectionRepository elections, OrgUnitRepository units,
      @Lazy IdentityService identity, PhaseProperties phases) {
    this.phases = phases;
    this.elections = elections;
    this.units = units;
    this.identity = identity;
  }

  private List<OrgUnit> active(Set<UnitKind> kinds) {
    return units.findByActiveTrueOrderBySortOrder().stream()
        .filter(u -> kinds.contains(u.getKind())).toList();
  }

  /** The board's group id: the organisation's (first) active INSPECTION_BOARD unit. */
  public Optional<String> boardGroup() {
    return active(EnumSet.of(UnitKind.INSPECTION_BOARD)).stream().map(OrgUnit::getCode)
        .findFirst();
  }

  /** The election in force on a day: the latest whose term has begun. */
  public Optional<BoardElection> inForce(LocalDate day) {
    return boardGroup().flatMap(group -> elections
        .findByBoardUnitOrderByTermStartDescRecordedAtDesc(group).stream()
        .filter(e -> !e.getTermStart().isAfter(day)).findFirst());
  }

  /** The officials who may be elected, by user id, with their name and unit. */
  public Map<String, String> eligible() {
    return AsTheApplication.get(identity, () -> {
      Set<String> leadership = new LinkedHashSet<>();
      for (OrgUnit unit : active(EnumSet.of(UnitKind.LEADERSHIP))) {
        identity.createUserQuery().memberOfGroup(unit.getCode()).list()
            .forEach(u -> leadership.add(u.getId()));
      }
      Map<String, String> found = new LinkedHashMap<>();
      // whose members are officials who may be elected: the departments (qcdc.phases)
      for (OrgUnit unit : active(phases.departments())) {
        for (User user : identity.createUserQuery().memberOfGroup(unit.getCode())
            .orderByUserId().asc().list()) {
          if (!leadership.contains(user.getId())) {
            found.putIfAbsent(user.getId(), fullName(user) + " (" + unit.getName() + ")");
          }
        }
      }
      return found;
    });
  }

  private static String fullName(User user) {
    return ((user.getLastName() == null ? "" : user.getLastName() + " ")
        + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
  }

  /** The conference form's choices, as form-js reads them: label and value. */
  public List<Map<String, String>> candidates() {
    List<Map<String, String>> options = new ArrayList<>();
    eligible().forEach((id, label) -> options.add(Map.of("label", label, "value", id)));
    return options;
  }

  /** What the conference form shows of the board in force. */
  public String describeInForce() {
    return inForce(Clock.today()).map(e -> "Ban Thanh tra nhân dân nhiệm kỳ "
        + Formats.date(e.getTermStart()) + " - " + Formats.date(e.getTermEnd()) + ": "
        + e.getMembers().stream().map(this::nameOf).collect(Collectors.joining(", ")) + ".")
        .orElse("Chưa có kết quả bầu Ban Thanh tra nhân dân được ghi nhận trong hệ thống.");
  }

  private boolean exists(String userId) {
    return AsTheApplication.get(identity,
        () -> identity.createUserQuery().userId(userId).count() > 0);
  }

  private String nameOf(String userId) {
    return AsTheApplication.get(identity, () -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      return user == null ? userId : fullName(user);
    });
  }

  /** An election as the conference form gives it, checked. */
  public record Election(List<String> members, LocalDate termStart, LocalDate termEnd) {
  }

  /**
   * Reads and checks an election: a board in the organisation, 3 to 9 distinct officials of the
   * departments and centres (not leadership), a term of two years that begins on or after the
   * conference and not after today. Adds its problems to {@code in}; null when none was elected.
   */
  public Election read(Object rawMembers, LocalDate termStart, LocalDate termEnd,
      LocalDate conferenceDate, FormInput in) {
    in.require(boardGroup().isPresent(), "Tệp tổ chức của cơ quan không có Ban Thanh tra nhân"
        + " dân: không ghi nhận được kết quả bầu.");
    List<String> members = members(rawMembers, in);
    Map<String, String> eligible = eligible();
    List<String> wrong = members.stream().filter(m -> !eligible.containsKey(m)).toList();
    // Only people the directory knows are named back; anything else is not repeated.
    List<String> known = wrong.stream().filter(this::exists).toList();
    in.require(known.isEmpty(), "Không phải cán bộ, công chức của các phòng, trung tâm (lãnh đạo"
        + " Ban không được là thành viên Ban Thanh tra nhân dân): " + String.join(", ", known)
        + ".");
    in.require(known.size() == wrong.size(), (wrong.size() - known.size()) + " người được chọn"
        + " không có trong danh sách cán bộ, công chức của cơ quan.");
    in.require(members.size() >= MIN_MEMBERS && members.size() <= MAX_MEMBERS,
        "Ban Thanh tra nhân dân phải có từ " + MIN_MEMBERS + " đến " + MAX_MEMBERS
            + " thành viên (đã chọn " + members.size() + ").");
    if (termStart != null && termEnd != null) {
      LocalDate twoYears = termStart.plusYears(2);
      in.require(termEnd.equals(twoYears) || termEnd.equals(twoYears.minusDays(1)),
          "Nhiệm kỳ của Ban Thanh tra nhân dân là 2 năm: bắt đầu " + Formats.date(termStart)
              + " thì kết thúc " + Formats.date(twoYears.minusDays(1)) + " (đã nhập "
              + Formats.date(termEnd) + ").");
      in.require(conferenceDate == null || !termStart.isBefore(conferenceDate),
          "«Nhiệm kỳ bắt đầu» không được trước ngày hội nghị bầu.");
      in.require(!termStart.isAfter(Clock.today()),
          "«Nhiệm kỳ bắt đầu» không được sau ngày hôm nay.");
    }
    return new Election(members, termStart, termEnd);
  }

  /** The members chosen: a JSON array (form-js taglist) or ids separated by commas or lines. */
  private List<String> members(Object raw, FormInput in) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    if (raw == null) {
      return List.of();
    }
    String text = raw.toString().strip();
    if (text.startsWith("[")) {
      try {
        for (JsonNode node : json.readTree(text)) {
          if (node.isTextual() && !node.asText().isBlank()) {
            ids.add(node.asText().strip());
          }
        }
      } catch (Exception e) {
        in.require(false, "«Thành viên Ban Thanh tra nhân dân» không đọc được.");
      }
    } else {
      for (String part : text.split("[,;\\n]")) {
        if (!part.isBlank()) {
          ids.add(part.strip());
        }
      }
    }
    for (String id : ids) {
      in.optionalValue(id, "Thành viên Ban Thanh tra nhân dân");
    }
    return new ArrayList<>(ids);
  }

  /** Keeps the election and makes the board's group its members. */
  public BoardElection record(Election election, int year, LocalDate conferenceDate,
      String recordedBy) {
    BoardElection saved = elections.save(new BoardElection(boardGroup().orElseThrow(), year,
        conferenceDate, election.termStart(), election.termEnd(), election.members(),
        recordedBy, Clock.now()));
    follow(saved);
    return saved;
  }

  /** The board's group becomes the members of the election, as the application. */
  void follow(BoardElection election) {
    String group = election.getBoardUnit();
    Set<String> members = new LinkedHashSet<>(election.getMembers());
    AsTheApplication.run(identity, () -> {
      for (User user : identity.createUserQuery().memberOfGroup(group).list()) {
        if (!members.remove(user.getId())) {
          identity.deleteMembership(user.getId(), group);
        }
      }
      for (String member : members) {
        identity.createMembership(member, group);
      }
    });
  }

  /** For OrganisationSync: the board's group and the members of the election in force. */
  Optional<Map.Entry<String, Set<String>>> membershipInForce() {
    return inForce(Clock.today()).map(e -> Map.entry(e.getBoardUnit(),
        Set.copyOf(e.getMembers())));
  }
}
