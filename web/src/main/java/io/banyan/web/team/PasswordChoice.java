package io.banyan.web.team;

import io.banyan.web.shared.Failures;
import io.banyan.domain.team.NewPassword;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Messages;

/** A password typed twice on a set-password form, checked before any service is called. */
public class PasswordChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private String password;
  private String confirmation;

  /** The chosen password, or empty with a message next to the field that is wrong. */
  Optional<NewPassword> chosen(String formId) {
    if (password == null || !password.equals(confirmation)) {
      Messages.addError(formId + ":confirmation", "reset.choice.differ");
      return Optional.empty();
    }
    try {
      return Optional.of(new NewPassword(password));
    } catch (IllegalArgumentException e) {
      Failures.showAt(formId + ":password", e);
      return Optional.empty();
    }
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
