package io.banyan.infrastructure.security;

import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.tenancy.PlatformAdmin;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Who is calling a service: the signed-in person's key, roles, and the name the audit trail gives them. */
@Stateless
public class Caller {

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  public Optional<CallerKey> key() {
    return CallerKey.parse(context.getCallerPrincipal().getName());
  }

  /** The signed-in account's id; services reached only by signed-in people may rely on it. */
  public long accountId() {
    return key().filter(k -> !k.isPlatformAdmin())
        .orElseThrow(() -> new SecurityException("No one is signed in to a consultancy"))
        .accountId();
  }

  public boolean isPlatformAdmin() {
    return key().map(CallerKey::isPlatformAdmin).orElse(false);
  }

  public boolean holds(Role role) {
    return context.isCallerInRole(role.name());
  }

  /** The caller as the audit trail and mails name them: an e-mail, or "platform admin …". */
  public String actor() {
    Optional<CallerKey> key = key();
    if (key.isEmpty()) {
      return "system";
    }
    if (key.get().isPlatformAdmin()) {
      return Optional.ofNullable(em.find(PlatformAdmin.class, key.get().accountId()))
          .map(a -> "platform admin " + a.getEmail())
          .orElse(key.get().principalName());
    }
    return Optional.ofNullable(em.find(Account.class, key.get().accountId()))
        .map(a -> a.getEmail().value())
        .orElse(key.get().principalName());
  }
}
