package io.banyan.web.team;

import io.banyan.application.team.SignInService;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.shared.Texts;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.NewPassword;
import io.banyan.infrastructure.tenancy.TenantScope;
import io.banyan.web.security.TenantCredential;
import io.banyan.web.shared.Failures;
import io.banyan.web.shared.Pages;
import io.banyan.web.tenancy.CurrentTenant;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * The page an invitation link opens: greets the person, lets them choose a password, signs them
 * in and takes them to their consultancy's home.
 */
@Named
@ViewScoped
public class AcceptInvitation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SignInService signIn;
  @Inject private CurrentTenant tenant;
  @Inject private SecurityContext security;

  private String token;
  private String tenantId;
  private String inviteeName;
  private String inviteeEmail;
  private boolean open;
  private final PasswordChoice choice = new PasswordChoice();

  public void load() {
    tenantId = tenant.getTenantId();
    Optional<Account> invitee = TenantScope.callAs(tenantId, () -> signIn.invitee(token));
    open = invitee.isPresent();
    inviteeName = invitee.map(Account::getDisplayName).orElse(null);
    inviteeEmail = invitee.map(a -> String.valueOf(a.getEmail())).orElse(null);
  }

  public void accept() throws IOException {
    Optional<NewPassword> chosen = choice.chosen("invitation");
    if (chosen.isEmpty()) {
      return;
    }
    EmailAddress email;
    try {
      email = TenantScope.callAs(tenantId, () -> signIn.acceptInvitation(token, chosen.get()));
    } catch (RuntimeException e) {
      Failures.show(e);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    AuthenticationStatus status = security.authenticate(Pages.request(), (HttpServletResponse) faces.getExternalContext().getResponse(),
        AuthenticationParameters.withParams()
            .credential(new TenantCredential(tenantId, email.value(), chosen.get().value(), Pages.remoteAddress()))
            .newAuthentication(true));
    faces.getExternalContext().redirect(status == AuthenticationStatus.SUCCESS ? tenant.url("home") : tenant.url("login"));
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isOpen() {
    return open;
  }

  /** "Welcome to Bright Path Coaching", the page's title. */
  public String getTitle() {
    return Texts.of(Faces.getLocale(), "invitation.title", tenant.getName());
  }

  public String getInviteeName() {
    return inviteeName;
  }

  public String getInviteeEmail() {
    return inviteeEmail;
  }

  public PasswordChoice getChoice() {
    return choice;
  }
}
