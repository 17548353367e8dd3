package io.banyan.web.security;

import io.banyan.web.shared.Pages;
import io.banyan.web.tenancy.CurrentTenant;
import io.banyan.web.tenancy.TenantPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.omnifaces.util.Messages;

/**
 * The sign-in form of a consultancy ({@code /t/{slug}/login}) and of the platform
 * ({@code /login.xhtml}). Every refusal reads the same, whatever the reason.
 */
@Named
@RequestScoped
public class SignIn {

  static final String REFUSED = "login.refused";
  static final String THROTTLED = "login.throttled";
  static final String SUSPENDED = "login.suspended";

  @Inject private SecurityContext security;
  @Inject private SignInAttempt attempt;
  @Inject private CurrentTenant tenant;

  @NotBlank(message = "{access.email.required}")
  @Size(max = 254)
  private String email;

  @NotBlank(message = "{access.password.required}")
  @Size(max = 128)
  private String password;

  private String next;

  public void signInToConsultancy() throws IOException {
    if (!tenant.isActive()) {
      Messages.addGlobalError(SUSPENDED, tenant.getName());
      return;
    }
    if (authenticate(new TenantCredential(tenant.getTenantId(), email, password, Pages.remoteAddress()))) {
      external().redirect(tenant.url(TenantPage.afterSignIn(next)));
    }
  }

  public void signInToPlatform() throws IOException {
    if (authenticate(new PlatformCredential(email, password, Pages.remoteAddress()))) {
      external().redirect(external().getRequestContextPath() + "/admin/consultancies.xhtml");
    }
  }

  private boolean authenticate(Credential credential) {
    FacesContext faces = FacesContext.getCurrentInstance();
    AuthenticationStatus status = security.authenticate(
        Pages.request(),
        (HttpServletResponse) faces.getExternalContext().getResponse(),
        AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      return true;
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return false;
    }
    password = null;
    if (attempt.wasSuspended()) {
      Messages.addGlobalError(SUSPENDED, tenant.getName());
    } else {
      Messages.addGlobalError(attempt.wasThrottled() ? THROTTLED : REFUSED);
    }
    return false;
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
