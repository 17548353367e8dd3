package io.banyan.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a test in as anyone, through the container's own Jakarta Security path: the services then
 * see exactly the principal and groups a real sign-in gives, and check them the same way.
 * Passwords are tested where they belong, in SignInServiceIT.
 */
@ApplicationScoped
public class TestAuthentication implements HttpAuthenticationMechanism {

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.getAuthParameters().getCredential() instanceof ActingAs acting) {
      return context.notifyContainerAboutLogin(new CallerPrincipal(acting.principalName()), acting.groups());
    }
    return context.doNothing();
  }
}
