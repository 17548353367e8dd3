package io.banyan.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP sessions of signed-in people, by principal name, so that deactivating a person or
 * suspending a consultancy ends their sessions at once rather than at the next time-out.
 *
 * <p>It holds this server's sessions only; in a cluster each member ends its own, because the
 * tenant gate also refuses requests of people who can no longer sign in.
 */
@ApplicationScoped
public class SessionRegistry {

  private final Map<String, Set<HttpSession>> byPrincipal = new ConcurrentHashMap<>();

  public void signedIn(String principalName, HttpSession session) {
    byPrincipal.computeIfAbsent(principalName, k -> ConcurrentHashMap.newKeySet()).add(session);
  }

  public void ended(String principalName, HttpSession session) {
    Set<HttpSession> sessions = byPrincipal.get(principalName);
    if (sessions != null) {
      sessions.remove(session);
    }
  }

  public int endSessionsOf(CallerKey key) {
    return invalidate(byPrincipal.remove(key.principalName()));
  }

  public int endSessionsOfTenant(String tenantId) {
    String prefix = "tenant:" + tenantId + ":";
    int ended = 0;
    for (String name : byPrincipal.keySet()) {
      if (name.startsWith(prefix)) {
        ended += invalidate(byPrincipal.remove(name));
      }
    }
    return ended;
  }

  private static int invalidate(Set<HttpSession> sessions) {
    if (sessions == null) {
      return 0;
    }
    int ended = 0;
    for (HttpSession session : sessions) {
      try {
        session.invalidate();
        ended++;
      } catch (IllegalStateException alreadyGone) {
        // it ended on its own meanwhile
      }
    }
    return ended;
  }
}
