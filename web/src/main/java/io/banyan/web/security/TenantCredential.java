package io.banyan.web.security;

import jakarta.security.enterprise.credential.Credential;

/** E-mail and password typed on one consultancy's sign-in page. */
public record TenantCredential(String tenantId, String email, String password, String remoteAddress) implements Credential {

  @Override
  public void clear() {
    // records are immutable; the password string dies with the request
  }

  @Override
  public String toString() {
    return "TenantCredential[" + tenantId + ", " + email + "]";
  }
}
