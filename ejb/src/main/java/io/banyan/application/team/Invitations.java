package io.banyan.application.team;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.tenancy.Links;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.team.AccessToken;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.SecretToken;
import io.banyan.domain.team.TokenPurpose;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.infrastructure.mail.Mailer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Issues single-use links by mail: invitations that let a new person set a password, and password
 * resets. A new link revokes the person's earlier open links of the same kind.
 */
@Stateless
@PermitAll
public class Invitations {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Mailer mailer;
  @Inject private Links links;
  @Inject private AuditTrail audit;

  public void invite(Account account, Consultancy consultancy, String invitedBy) {
    SecretToken secret = issue(account, TokenPurpose.INVITATION);
    String link = links.tenantPage(consultancy.getSlug(), "invitation", secret.value());
    mailer.send(account.getEmail().value(),
        "You are invited to " + consultancy.shownName() + " on Banyan",
        "Hello " + account.getDisplayName() + ",\n\n"
            + invitedBy + " invited you to " + consultancy.shownName() + " on Banyan as "
            + account.getRoles().labels() + ".\n\n"
            + "Choose your password here (the link works once and expires in "
            + TokenPurpose.INVITATION.lifetime().toDays() + " days):\n" + link + "\n\n"
            + "If you did not expect this, ignore this mail.\n");
    audit.record(invitedBy, AuditAction.INVITATION_SENT, account.getEmail() + " as " + account.getRoles().labels());
  }

  public void sendPasswordReset(Account account, Consultancy consultancy) {
    SecretToken secret = issue(account, TokenPurpose.PASSWORD_RESET);
    String link = links.tenantPage(consultancy.getSlug(), "reset", secret.value());
    mailer.send(account.getEmail().value(),
        "Reset your Banyan password",
        "Hello " + account.getDisplayName() + ",\n\n"
            + "Someone asked to reset your password for " + consultancy.shownName() + " on Banyan.\n"
            + "Choose a new one here (the link works once and expires in "
            + TokenPurpose.PASSWORD_RESET.lifetime().toMinutes() + " minutes):\n" + link + "\n\n"
            + "If it was not you, ignore this mail; your password stays as it is.\n");
    audit.record(account.getEmail().value(), AuditAction.PASSWORD_RESET_REQUESTED, null);
  }

  private SecretToken issue(Account account, TokenPurpose purpose) {
    Instant now = Instant.now();
    em.createNamedQuery("AccessToken.openFor", AccessToken.class)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .getResultList()
        .forEach(t -> t.revoke(now));
    SecretToken secret = SecretToken.generate();
    em.persist(new AccessToken(secret, purpose, account, now));
    return secret;
  }
}
