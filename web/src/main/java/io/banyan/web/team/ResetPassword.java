package io.banyan.web.team;

import io.banyan.application.team.SignInService;
import io.banyan.domain.team.NewPassword;
import io.banyan.infrastructure.tenancy.TenantScope;
import io.banyan.web.shared.Failures;
import io.banyan.web.tenancy.CurrentTenant;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/** The page a reset link opens: choose a new password, then sign in with it. */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SignInService signIn;
  @Inject private CurrentTenant tenant;

  private String token;
  private String tenantId;
  private boolean open;
  private final PasswordChoice choice = new PasswordChoice();

  public void load() {
    tenantId = tenant.getTenantId();
    open = TenantScope.callAs(tenantId, () -> signIn.isResetLinkOpen(token));
  }

  public void reset() throws IOException {
    Optional<NewPassword> chosen = choice.chosen("reset");
    if (chosen.isEmpty()) {
      return;
    }
    try {
      TenantScope.callAs(tenantId, () -> signIn.resetPassword(token, chosen.get()));
    } catch (RuntimeException e) {
      Failures.show(e);
      return;
    }
    FacesContext.getCurrentInstance().getExternalContext().redirect(tenant.url("login") + "?reset=true");
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

  public PasswordChoice getChoice() {
    return choice;
  }
}
