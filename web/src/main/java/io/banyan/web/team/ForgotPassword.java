package io.banyan.web.team;

import io.banyan.web.shared.Failures;
import io.banyan.application.team.SignInService;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.infrastructure.tenancy.TenantScope;
import io.banyan.web.tenancy.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import org.omnifaces.util.Messages;

/** Asks for a reset link. The answer is the same whether or not the e-mail has an account. */
@Named
@RequestScoped
public class ForgotPassword {

  @Inject private SignInService signIn;
  @Inject private CurrentTenant tenant;

  @NotBlank(message = "{access.email.required}")
  private String email;

  private boolean sent;

  public void send() {
    EmailAddress address;
    try {
      address = EmailAddress.of(email);
    } catch (IllegalArgumentException e) {
      Failures.showAt("forgot:email", e);
      return;
    }
    long consultancyId = tenant.getConsultancy().getId();
    TenantScope.runAs(tenant.getTenantId(), () -> signIn.requestPasswordReset(consultancyId, address));
    sent = true;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isSent() {
    return sent;
  }
}
