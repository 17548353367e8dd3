package io.banyan.infrastructure.security;

import io.banyan.domain.team.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;

/** This server's sign-in throttles: one per account, a looser one per network address. */
@ApplicationScoped
public class SignInThrottles {

  private final SignInThrottle accounts = new SignInThrottle(SignInThrottle.MAX_FAILURES);
  private final SignInThrottle addresses = new SignInThrottle(SignInThrottle.MAX_FAILURES_PER_ADDRESS);

  public SignInThrottle accounts() {
    return accounts;
  }

  public SignInThrottle addresses() {
    return addresses;
  }
}
