package io.banyan.web.security;

import io.banyan.application.team.SignInOutcome;
import io.banyan.application.team.SignInService;
import io.banyan.infrastructure.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks passwords through {@link SignInService}. A tenant sign-in runs in the scope of the
 * consultancy whose page was used; the principal's name then carries that consultancy, which is
 * where every later request takes its tenant from.
 */
@ApplicationScoped
public class BanyanIdentityStore implements IdentityStore {

  @Inject private SignInService signIn;
  @Inject private SignInAttempt attempt;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    SignInOutcome outcome;
    if (credential instanceof TenantCredential c) {
      outcome = TenantScope.callAs(c.tenantId(), () -> signIn.verify(c.tenantId(), c.email(), c.password(), c.remoteAddress()));
    } else if (credential instanceof PlatformCredential c) {
      outcome = signIn.verifyPlatformAdmin(c.email(), c.password(), c.remoteAddress());
    } else {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    if (outcome.throttled()) {
      attempt.throttled();
    }
    if (outcome.suspended()) {
      attempt.suspended();
    }
    return outcome.person()
        .map(p -> new CredentialValidationResult(new CallerPrincipal(p.key().principalName()), p.groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
