package io.banyan.application.team;

import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;

/**
 * Asked on every tenant page: does the signed-in person still hold, in the database, the account
 * and roles their session was opened with? Sessions live on after a deactivation or a role
 * change made on another server, or restored after a restart; this is where they end.
 */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.INSTRUCTOR, Groups.CLIENT})
public class AccessCheck {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Caller caller;

  /**
   * The signed-in person's name as pages show it, when their account and roles still hold; empty
   * when the session must end. One read serves both the check and the page's "signed in as".
   */
  public Optional<SignedInPerson> stillSignedIn(Set<Role> rolesOfSession) {
    Account me = em.find(Account.class, caller.accountId());
    if (me == null || !me.canSignIn() || !me.getRoles().asSet().equals(rolesOfSession)) {
      return Optional.empty();
    }
    return Optional.of(new SignedInPerson(me.getDisplayName(), me.language(), me.timeZone()));
  }
}
