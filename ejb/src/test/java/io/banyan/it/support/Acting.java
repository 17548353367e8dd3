package io.banyan.it.support;

import io.banyan.infrastructure.security.CallerKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Switches who the running test acts as. */
@ApplicationScoped
public class Acting {

  @Inject private SecurityContext security;

  public void as(CallerKey key, String... groups) {
    asPrincipal(key.principalName(), groups);
  }

  /** Any principal name, even one that names no tenant. */
  public void asPrincipal(String principalName, String... groups) {
    Set<String> set = Arrays.stream(groups).collect(Collectors.toSet());
    AuthenticationStatus status = security.authenticate(CurrentExchange.request(), CurrentExchange.response(),
        AuthenticationParameters.withParams().credential(new ActingAs(principalName, set)).newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      throw new IllegalStateException("Could not act as " + principalName + ": " + status);
    }
  }
}
