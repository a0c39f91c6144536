package vn.qcdc.flow.organisation;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.context.annotation.Lazy;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qcdc.flow.engine.Clock;

/**
 * Makes the registry and Camunda's users and groups match the organisation
 * file (and the groups and people of {@link PeopleBeyondTheFile}, with no unit). Idempotent: a second run with the same file changes nothing. Units
 * that left the file are deactivated (their history stays), never deleted;
 * passwords are set only when a user is created and never logged.
 */
@Service
public class OrganisationSync {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationSync.class);

  /** A removed person's lock: far beyond any use; DATETIME holds it on MariaDB. */
  static final Date LOCKED_FOR_GOOD = Date.from(Instant.parse("9999-01-01T00:00:00Z"));

  private final OrgUnitRepository units;
  private final IdentityService identity;
  private final ProcessEngine engine;
  private final InspectionBoard board;
  private final List<PeopleBeyondTheFile> beyond;

  public OrganisationSync(OrgUnitRepository units, IdentityService identity,
      @Lazy ProcessEngine engine, InspectionBoard board, List<PeopleBeyondTheFile> beyond) {
    this.board = board;
    this.beyond = List.copyOf(beyond);
    this.units = units;
    this.identity = identity;
    this.engine = engine;
  }

  /** What a sync changed. */
  public record Report(int unitsChanged, int unitsDeactivated, int groupsCreated,
      int groupsRenamed, int usersCreated, int usersUpdated, int membershipsAdded,
      int membershipsRemoved, int usersLocked) {

    public boolean changedNothing() {
      return unitsChanged + unitsDeactivated + groupsCreated + groupsRenamed + usersCreated
          + usersUpdated + membershipsAdded + membershipsRemoved + usersLocked == 0;
    }
  }

  /** The counts a sync adds up as it goes; {@link #report()} freezes them. */
  private static final class Tally {
    int unitsChanged;
    int unitsDeactivated;
    int groupsCreated;
    int groupsRenamed;
    int usersCreated;
    int usersUpdated;
    int membershipsAdded;
    int membershipsRemoved;
    int usersLocked;

    Report report() {
      return new Report(unitsChanged, unitsDeactivated, groupsCreated, groupsRenamed,
          usersCreated, usersUpdated, membershipsAdded, membershipsRemoved, usersLocked);
    }
  }

  /** Syncs one agency's file; its people are all that agency keeps. */
  @Transactional
  public Report sync(OrganisationFile file) {
    Set<String> keep = file.getPeople().stream().map(OrganisationFile.Person::getId)
        .collect(Collectors.toCollection(HashSet::new));
    beyond.forEach(other -> other.people().forEach(p -> keep.add(p.getId())));
    return sync(file, keep, true);
  }

  /**
   * Syncs one agency's file (the caller runs it for that agency: its units are that agency's
   * records). {@code keep} is everyone of every file (and the bloc's bodies): a user of this
   * agency who is in none is locked. {@code first}: the first agency, which also takes the
   * users made before agencies were tenants (members of no tenant).
   */
  @Transactional
  public Report sync(OrganisationFile file, Set<String> keep, boolean first) {
    Tally tally = new Tally();
    String agency = file.getAgency().code();
    syncTenant(file.getAgency());
    syncUnits(file, Clock.now(), tally);
    syncGroupsBeyond(tally);
    syncPeople(file, tally);
    lockDeparted(agency, keep, first, tally);
    Report report = tally.report();
    LOG.info("Organisation synced: {} units, {} people; {}", file.getUnits().size(),
        file.getPeople().size(), report.changedNothing() ? "nothing changed" : report);
    return report;
  }

  /** Each unit of the file in the registry and as a Camunda group; units not in it deactivated. */
  private void syncUnits(OrganisationFile file, Instant now, Tally tally) {
    Map<String, OrgUnit> existing = units.findAll().stream()
        .collect(Collectors.toMap(OrgUnit::getCode, Function.identity()));
    int order = 0;
    String agency = file.getAgency().code();
    for (OrganisationFile.Unit u : file.getUnits()) {
      syncUnit(u, existing.remove(u.getCode()), order++, now, tally);
      syncGroup(u, tally);
      // The unit's group belongs to the agency's tenant: a member added by hand in Admin
      // belongs to the agency too.
      if (u.getKind() != UnitKind.ADMINISTRATORS && identity.createTenantQuery()
          .groupMember(u.getCode()).tenantId(agency).count() == 0) {
        identity.createTenantGroupMembership(agency, u.getCode());
      }
    }
    for (OrgUnit gone : existing.values()) {
      if (gone.deactivate(now)) {
        units.save(gone);
        tally.unitsDeactivated++;
      }
    }
  }

  /** The registry's row of the unit, created if {@code unit} is null. */
  private void syncUnit(OrganisationFile.Unit u, OrgUnit unit, int order, Instant now,
      Tally tally) {
    if (unit == null) {
      unit = new OrgUnit(u.getCode());
    }
    if (unit.update(u.getName(), u.getKind(), u.getHeadcount(), order, now)) {
      units.save(unit);
      tally.unitsChanged++;
    }
  }

  /** The unit's Camunda group: created with its type, or renamed; its type is never changed. */
  private void syncGroup(OrganisationFile.Unit u, Tally tally) {
    Group group = identity.createGroupQuery().groupId(u.getCode()).singleResult();
    if (group == null) {
      group = identity.newGroup(u.getCode());
      group.setName(u.getName());
      group.setType(u.getKind() == UnitKind.ADMINISTRATORS ? "SYSTEM" : "WORKFLOW");
      identity.saveGroup(group);
      tally.groupsCreated++;
    } else if (!u.getName().equals(group.getName())) {
      group.setName(u.getName());
      identity.saveGroup(group);
      tally.groupsRenamed++;
    }
  }

  /** The groups of {@link PeopleBeyondTheFile}: Camunda groups only, no unit of the agency. */
  private void syncGroupsBeyond(Tally tally) {
    for (PeopleBeyondTheFile other : beyond) {
      other.groups().forEach((id, name) -> {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
          group = identity.newGroup(id);
          group.setName(name);
          group.setType("WORKFLOW");
          identity.saveGroup(group);
          tally.groupsCreated++;
        } else if (!name.equals(group.getName())) {
          group.setName(name);
          identity.saveGroup(group);
          tally.groupsRenamed++;
        }
      });
    }
  }

  /** Each person of the file as a Camunda user, in the groups the file (and the board) say. */
  private void syncPeople(OrganisationFile file, Tally tally) {
    Set<String> fileGroups = file.getUnits().stream().map(OrganisationFile.Unit::getCode)
        .collect(Collectors.toSet());
    var elected = board.membershipInForce();
    String agency = file.getAgency().code();
    for (OrganisationFile.Person p : file.getPeople()) {
      syncUser(p, tally);
      syncMemberships(p.getId(), wantedGroups(p, elected), fileGroups, tally);
      if (identity.createTenantQuery().userMember(p.getId()).tenantId(agency).count() == 0) {
        identity.createTenantUserMembership(agency, p.getId());
        tally.membershipsAdded++;
      }
    }
    for (PeopleBeyondTheFile other : beyond) {
      Set<String> groups = other.groups().keySet();
      for (OrganisationFile.Person p : other.people()) {
        syncUser(p, tally);
        syncMemberships(p.getId(), new LinkedHashSet<>(p.getUnits()), groups, tally);
        // The bloc's bodies receive every agency's reports: members of every agency's tenant
        // (their authorizations keep them to the reports, access/ and bloc/).
        if (identity.createTenantQuery().userMember(p.getId()).tenantId(agency).count() == 0) {
          identity.createTenantUserMembership(agency, p.getId());
          tally.membershipsAdded++;
        }
      }
    }
  }

  /** The agency's Camunda tenant (its id is the agency's code), created or renamed. */
  private void syncTenant(OrganisationFile.Agency agency) {
    Tenant tenant = identity.createTenantQuery().tenantId(agency.code()).singleResult();
    String name = agency.getName() == null || agency.getName().isBlank() ? agency.code()
        : agency.getName();
    if (tenant == null) {
      tenant = identity.newTenant(agency.code());
      tenant.setName(name);
      identity.saveTenant(tenant);
    } else if (!name.equals(tenant.getName())) {
      tenant.setName(name);
      identity.saveTenant(tenant);
    }
  }

  /** Creates the user (with the file's password) or updates the profile (never the password). */
  private void syncUser(OrganisationFile.Person p, Tally tally) {
    User user = identity.createUserQuery().userId(p.getId()).singleResult();
    if (user == null) {
      if (p.getPassword() == null || p.getPassword().isBlank()) {
        throw new IllegalStateException("Person " + p.getId() + " has no password in the"
            + " organisation file; set one (an environment variable placeholder is fine)");
      }
      user = identity.newUser(p.getId());
      copy(p, user);
      user.setPassword(p.getPassword());
      identity.saveUser(user);
      tally.usersCreated++;
    } else if (!sameProfile(p, user)) {
      copy(p, user);
      identity.saveUser(user); // the password stays as the user set it
      tally.usersUpdated++;
    }
  }

  /**
   * The person's units in the file. The People's Inspection Board's members are those the
   * conference elected (issue 18), not the file's, once an election is in force.
   */
  private static Set<String> wantedGroups(OrganisationFile.Person p,
      Optional<Map.Entry<String, Set<String>>> elected) {
    Set<String> wanted = new LinkedHashSet<>(p.getUnits());
    if (elected.isPresent()) {
      String boardGroup = elected.get().getKey();
      wanted.remove(boardGroup);
      if (elected.get().getValue().contains(p.getId())) {
        wanted.add(boardGroup);
      }
    }
    return wanted;
  }

  private void syncMemberships(String userId, Set<String> wanted, Set<String> fileGroups,
      Tally tally) {
    Set<String> current = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toCollection(HashSet::new));
    for (String unit : wanted) {
      if (!current.contains(unit)) {
        identity.createMembership(userId, unit);
        tally.membershipsAdded++;
      }
    }
    for (String group : current) {
      // Only memberships the file manages: a group made by hand in Admin stays.
      if (fileGroups.contains(group) && !wanted.contains(group)) {
        identity.deleteMembership(userId, group);
        tally.membershipsRemoved++;
      }
    }
  }

  /**
   * People no longer in the file: their account stays (history names them) but is locked
   * and leaves every group, also those made by hand, so a departed administrator is no
   * administrator. Unlocking (Camunda Admin, "Unlock") does not give the groups back.
   */
  private void lockDeparted(String agency, Set<String> keep, boolean first, Tally tally) {
    Set<String> inTenants = first ? identity.createTenantQuery().list().stream()
        .flatMap(t -> identity.createUserQuery().memberOfTenant(t.getId()).list().stream())
        .map(User::getId).collect(Collectors.toSet()) : Set.of();
    List<User> ours = first
        ? identity.createUserQuery().list().stream()
            .filter(u -> !inTenants.contains(u.getId()) || isMemberOf(u.getId(), agency))
            .toList()
        : identity.createUserQuery().memberOfTenant(agency).list();
    for (User user : ours) {
      if (keep.contains(user.getId())) {
        continue;
      }
      List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list()
          .stream().map(Group::getId).toList();
      for (String group : groups) {
        identity.deleteMembership(user.getId(), group);
        tally.membershipsRemoved++;
      }
      if (lockForGood(user.getId()) || !groups.isEmpty()) {
        tally.usersLocked++;
        LOG.warn("{} is no longer in the organisation file: account locked, removed from"
            + " groups {}", user.getId(), groups);
      }
    }
  }

  private boolean isMemberOf(String userId, String agency) {
    return identity.createTenantQuery().userMember(userId).tenantId(agency).count() > 0;
  }

  /** Locks the account as Camunda does after failed log-ins, for good; false if it already was. */
  private boolean lockForGood(String userId) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, userId);
      if (user == null || LOCKED_FOR_GOOD.equals(user.getLockExpirationTime())) {
        return false;
      }
      context.getIdentityInfoManager().updateUserLock(user, user.getAttempts(),
          LOCKED_FOR_GOOD);
      return true;
    });
  }

  private static boolean sameProfile(OrganisationFile.Person p, User user) {
    return Objects.equals(p.getFirstName(), user.getFirstName())
        && Objects.equals(p.getLastName(), user.getLastName())
        && Objects.equals(p.getEmail(), user.getEmail());
  }

  private static void copy(OrganisationFile.Person p, User user) {
    user.setFirstName(p.getFirstName());
    user.setLastName(p.getLastName());
    user.setEmail(p.getEmail());
  }
}
