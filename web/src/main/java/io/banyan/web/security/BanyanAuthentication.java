package io.banyan.web.security;

import io.banyan.infrastructure.security.SessionRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Form sign-in on Banyan's own JSF pages. The pages hand the typed credential over through
 * {@code SecurityContext.authenticate}; the signed-in principal is then kept in the HTTP session,
 * whose id is changed at sign-in so a planted session id is worthless.
 *
 * <p>Unauthenticated access to a protected platform page goes to the platform sign-in; tenant
 * pages are sent to their own consultancy's sign-in by the tenant gate, which knows the URL name.
 */
@ApplicationScoped
@AutoApplySession
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
      sessions.signedIn(principal, session);
      return status;
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
