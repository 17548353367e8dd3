package io.banyan.application.team;

import io.banyan.application.audit.AuditTrail;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.AccessToken;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.CannotRedeemTokenException;
import io.banyan.domain.team.NewPassword;
import io.banyan.domain.team.SecretToken;
import io.banyan.domain.team.SignInThrottle;
import io.banyan.domain.team.TokenPurpose;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.PlatformAdmin;
import io.banyan.infrastructure.security.CallerKey;
import io.banyan.infrastructure.security.Groups;
import io.banyan.infrastructure.security.PasswordHasher;
import io.banyan.infrastructure.security.SessionRegistry;
import io.banyan.infrastructure.security.SignInThrottles;
import io.banyan.infrastructure.tenancy.TenantScope;
import io.banyan.domain.shared.BanyanException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that happens before a person is signed in: checking a password, following an
 * invitation, resetting a password. Tenant methods are called inside {@code TenantScope} for the
 * consultancy whose sign-in page was used.
 *
 * <p>Unknown e-mail, wrong password, deactivated account: all give the same empty answer and take
 * the same time, so the page cannot tell anyone which accounts exist.
 */
@Stateless
@PermitAll
public class SignInService {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private PasswordHasher hasher;
  @Inject private SignInThrottles throttles;
  @Inject private AuditTrail audit;
  @Inject private Invitations invitations;
  @Inject private SessionRegistry sessions;

  public SignInOutcome verify(String tenantId, String email, String password, String remoteAddress) {
    String normalised = email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
    Instant now = Instant.now();
    SignInThrottle throttle = throttles.accounts();
    SignInThrottle addresses = throttles.addresses();
    String emailKey = "tenant:" + tenantId + ":" + normalised;
    String addressKey = "address:" + remoteAddress;
    Consultancy consultancy = em.find(Consultancy.class, Long.valueOf(tenantId));
    if (consultancy == null || !consultancy.isActive()) {
      return SignInOutcome.consultancySuspended();
    }
    if (throttle.isBlocked(emailKey, now) || addresses.isBlocked(addressKey, now)) {
      audit.record(normalised, AuditAction.SIGN_IN_THROTTLED, "from " + remoteAddress);
      return SignInOutcome.blocked();
    }
    Optional<Account> account = em.createNamedQuery("Account.byEmail", Account.class)
        .setParameter("email", normalised)
        .getResultStream()
        .findFirst();
    boolean valid = account.filter(Account::canSignIn).isPresent()
        ? hasher.matches(password, account.get().passwordHash().orElseThrow())
        : hasher.matchesNothing(password);
    if (!valid) {
      throttle.failed(emailKey, now);
      addresses.failed(addressKey, now);
      audit.record(normalised, AuditAction.SIGN_IN_FAILED, "from " + remoteAddress);
      return SignInOutcome.refused();
    }
    throttle.succeeded(emailKey);
    // when is in the audit trail; writing it on the account would bump the version its editor holds
    Account person = account.get();
    audit.record(normalised, AuditAction.SIGNED_IN, "from " + remoteAddress);
    return SignInOutcome.signedIn(new SignedIn(CallerKey.ofAccount(tenantId, person.getId()), person.getDisplayName(), person.getRoles().groups()));
  }

  public SignInOutcome verifyPlatformAdmin(String email, String password, String remoteAddress) {
    String normalised = email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
    Instant now = Instant.now();
    SignInThrottle throttle = throttles.accounts();
    SignInThrottle addresses = throttles.addresses();
    String key = "platform:" + normalised;
    String addressKey = "address:" + remoteAddress;
    if (throttle.isBlocked(key, now) || addresses.isBlocked(addressKey, now)) {
      return SignInOutcome.blocked();
    }
    Optional<PlatformAdmin> admin = em.createNamedQuery("PlatformAdmin.byEmail", PlatformAdmin.class)
        .setParameter("email", normalised)
        .getResultStream()
        .findFirst();
    boolean valid = admin.isPresent() ? hasher.matches(password, admin.get().getPasswordHash()) : hasher.matchesNothing(password);
    if (!valid) {
      throttle.failed(key, now);
      addresses.failed(addressKey, now);
      return SignInOutcome.refused();
    }
    throttle.succeeded(key);
    return SignInOutcome.signedIn(new SignedIn(CallerKey.ofPlatformAdmin(admin.get().getId()), admin.get().getEmail(), Set.of(Groups.PLATFORM_ADMIN)));
  }

  /** The person an open invitation link is for, to greet them on the set-password page. */
  public Optional<Account> invitee(String rawToken) {
    return openToken(rawToken, TokenPurpose.INVITATION).map(AccessToken::getAccount);
  }

  /** Sets the invited person's password; returns their e-mail so the page can sign them in. */
  public EmailAddress acceptInvitation(String rawToken, NewPassword password) {
    requireActiveConsultancy();
    Account account = redeem(rawToken, TokenPurpose.INVITATION);
    account.activate(hasher.hash(password.value()));
    audit.record(account.getEmail().value(), AuditAction.INVITATION_ACCEPTED, account.getRoles().labels());
    return account.getEmail();
  }

  /** Mails a reset link when the e-mail belongs to an active account; says nothing either way. */
  public void requestPasswordReset(long consultancyId, EmailAddress email) {
    Consultancy consultancy = em.find(Consultancy.class, consultancyId);
    em.createNamedQuery("Account.byEmail", Account.class)
        .setParameter("email", email.value())
        .getResultStream()
        .filter(Account::canSignIn)
        .findFirst()
        .ifPresent(account -> invitations.sendPasswordReset(account, consultancy));
  }

  /** Sets a new password and ends the person's open sessions: a stolen session dies with the old password. */
  public EmailAddress resetPassword(String rawToken, NewPassword password) {
    requireActiveConsultancy();
    Account account = redeem(rawToken, TokenPurpose.PASSWORD_RESET);
    account.changePassword(hasher.hash(password.value()));
    audit.record(account.getEmail().value(), AuditAction.PASSWORD_RESET, null);
    sessions.endSessionsOf(CallerKey.ofAccount(account.getTenantId(), account.getId()));
    return account.getEmail();
  }

  public boolean isResetLinkOpen(String rawToken) {
    return openToken(rawToken, TokenPurpose.PASSWORD_RESET).isPresent();
  }

  private void requireActiveConsultancy() {
    String tenant = TenantScope.current().orElseThrow(() -> new IllegalStateException("a link is followed in its consultancy's scope"));
    Consultancy consultancy = em.find(Consultancy.class, Long.valueOf(tenant));
    if (consultancy == null || !consultancy.isActive()) {
      throw new BanyanException("error.link.suspended");
    }
  }

  private Account redeem(String rawToken, TokenPurpose purpose) {
    AccessToken token = findToken(rawToken).orElseThrow(() -> new CannotRedeemTokenException("error.link.unknown"));
    return token.redeem(purpose, Instant.now());
  }

  private Optional<AccessToken> openToken(String rawToken, TokenPurpose purpose) {
    Instant now = Instant.now();
    return findToken(rawToken).filter(t -> t.getPurpose() == purpose && t.isUsable(now));
  }

  private Optional<AccessToken> findToken(String rawToken) {
    if (rawToken == null || rawToken.isBlank() || rawToken.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery("AccessToken.byDigest", AccessToken.class)
        .setParameter("digest", SecretToken.digestOf(rawToken))
        .getResultStream()
        .findFirst();
  }

}
