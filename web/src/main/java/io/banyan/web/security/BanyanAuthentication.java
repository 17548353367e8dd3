package io.banyan.web.security;

import io.banyan.infrastructure.security.SessionRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Form sign-in on Banyan's own JSF pages. The pages hand the typed credential over through
 * {@code SecurityContext.authenticate}; the signed-in principal and its groups are then kept in
 * the HTTP session, whose id is changed at sign-in so a planted session id is worthless.
 *
 * <p>Every later request hands the container the principal's name <em>and its groups</em> from
 * the session. It deliberately does not use {@code @AutoApplySession}: that re-applies only the
 * principal and lets Payara 6 find the groups again through the {@code additionalPrincipal} of
 * its static default security context, one object shared by every request thread, which other
 * requests set and clear at the same time. Under concurrent requests of two people the lookup then
 * misses, the request gets a subject without groups, and every role-checked EJB call answers
 * "Client not authorized" (Payara FISH-7515, fixed only in the Payara 7 line). With the groups
 * given explicitly, nothing is looked up and the shared object is never written.
 *
 * <p>Unauthenticated access to a protected platform page goes to the platform sign-in; tenant
 * pages are sent to their own consultancy's sign-in by the tenant gate, which knows the URL name.
 */
@ApplicationScoped
public class BanyanAuthentication implements HttpAuthenticationMechanism {

  @Inject private IdentityStoreHandler identityStores;
  @Inject private SessionRegistry sessions;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      String principal = result.getCallerPrincipal().getName();
      HttpSession previous = request.getSession(false);
      if (previous != null && isSomeoneElses(previous, principal)) {
        // nothing of the previous person's pages may pass to the next one
        previous.invalidate();
      } else if (previous != null) {
        request.changeSessionId();
      }
      AuthenticationStatus status = context.notifyContainerAboutLogin(result);
      HttpSession session = request.getSession(true);
      SessionTracking.remember(session, principal);
      new SessionIdentity(principal, result.getCallerGroups()).keepIn(session);
      sessions.signedIn(principal, session);
      return status;
    }
    Optional<SessionIdentity> kept = SessionIdentity.of(request.getSession(false));
    if (kept.isPresent()) {
      return context.notifyContainerAboutLogin(kept.get().principalName(), kept.get().groups());
    }
    if (context.isProtected() && request.getUserPrincipal() == null) {
      return context.redirect(request.getContextPath() + "/login.xhtml");
    }
    return context.doNothing();
  }

  private static boolean isSomeoneElses(HttpSession session, String principal) {
    try {
      Object owner = session.getAttribute(SessionTracking.PRINCIPAL);
      return owner != null && !owner.equals(principal);
    } catch (IllegalStateException alreadyInvalid) {
      return false;
    }
  }
}
