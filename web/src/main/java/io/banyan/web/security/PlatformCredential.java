package io.banyan.web.security;

import jakarta.security.enterprise.credential.Credential;

/** E-mail and password typed on the platform admin's sign-in page. */
public record PlatformCredential(String email, String password, String remoteAddress) implements Credential {

  @Override
  public String toString() {
    return "PlatformCredential[" + email + "]";
  }
}
