package io.banyan.application.team;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.AccountStatus;
import io.banyan.domain.team.CannotChangeAccountException;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.CallerKey;
import io.banyan.infrastructure.security.Groups;
import io.banyan.infrastructure.security.SessionRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import io.banyan.domain.tenancy.Consultancy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The owner's staff page: invite people as owner, consultant or instructor, change their roles,
 * deactivate and reactivate them. A consultancy always keeps at least one active owner.
 */
@Stateless
public class StaffService {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Invitations invitations;
  @Inject private ConsultancyService consultancies;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private SessionRegistry sessions;

  @RolesAllowed(Groups.OWNER)
  public List<Account> staff() {
    return em.createNamedQuery("Account.staff", Account.class).getResultList();
  }

  /** Consultants, for choosing a client's lead. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public List<Account> consultants() {
    return staff().stream()
        .filter(a -> a.getRoles().has(Role.CONSULTANT) && a.getStatus() != AccountStatus.DEACTIVATED)
        .toList();
  }

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public Optional<Account> findStaff(long id) {
    return Optional.ofNullable(em.find(Account.class, id)).filter(a -> !a.isClientMember());
  }

  @RolesAllowed(Groups.OWNER)
  public Account invite(EmailAddress email, String displayName, Roles roles) {
    requireNewEmail(em, email);
    Account account = Account.staff(email, displayName, roles, Instant.now());
    em.persist(account);
    invitations.invite(account, consultancies.mine(), caller.actor());
    return account;
  }

  @RolesAllowed(Groups.OWNER)
  public void resendInvitation(long accountId) {
    Account account = staffMember(accountId);
    if (account.getStatus() != AccountStatus.INVITED) {
      throw new BanyanException("error.staff.alreadyAccepted", account.getDisplayName());
    }
    invitations.invite(account, consultancies.mine(), caller.actor());
  }

  /** New roles take effect at the person's next sign-in; their open sessions end now. */
  @RolesAllowed(Groups.OWNER)
  public Account changeRoles(long accountId, long expectedVersion, Roles roles) {
    Account account = staffMember(accountId);
    ConcurrentChangeException.check(account, expectedVersion, "roles", account.getDisplayName());
    if (account.isOwner() && !roles.has(Role.OWNER)) {
      requireAnotherActiveOwner(account);
    }
    Roles before = account.getRoles();
    account.assignRoles(roles);
    audit.record(caller.actor(), AuditAction.ROLES_CHANGED, account.getEmail() + ": " + before.labels() + " → " + roles.labels());
    endSessions(account);
    return account;
  }

  @RolesAllowed(Groups.OWNER)
  public Account deactivate(long accountId) {
    Account account = staffMember(accountId);
    if (account.isOwner()) {
      requireAnotherActiveOwner(account);
    }
    account.deactivate();
    audit.record(caller.actor(), AuditAction.ACCOUNT_DEACTIVATED, account.getEmail().value());
    endSessions(account);
    return account;
  }

  @RolesAllowed(Groups.OWNER)
  public Account reactivate(long accountId) {
    Account account = staffMember(accountId);
    account.reactivate();
    audit.record(caller.actor(), AuditAction.ACCOUNT_REACTIVATED, account.getEmail().value());
    return account;
  }

  static void requireNewEmail(EntityManager em, EmailAddress email) {
    boolean taken = !em.createNamedQuery("Account.byEmail", Account.class)
        .setParameter("email", email.value())
        .getResultList()
        .isEmpty();
    if (taken) {
      throw new CannotChangeAccountException("error.account.emailTaken", email.value());
    }
  }

  private void requireAnotherActiveOwner(Account owner) {
    // one owner change at a time per consultancy: two owners demoting each other at once would both count two
    em.find(Consultancy.class, Long.valueOf(owner.getTenantId()), LockModeType.PESSIMISTIC_WRITE);
    long activeOwners = em.createNamedQuery("Account.activeOwners", Long.class).getSingleResult();
    boolean ownerCounts = owner.getStatus() == AccountStatus.ACTIVE;
    if (activeOwners - (ownerCounts ? 1 : 0) < 1) {
      throw new CannotChangeAccountException("error.staff.lastOwner");
    }
  }

  private Account staffMember(long id) {
    return findStaff(id).orElseThrow(() -> new UnknownEntityException("staffMember"));
  }

  private void endSessions(Account account) {
    sessions.endSessionsOf(CallerKey.ofAccount(account.getTenantId(), account.getId()));
  }

}
