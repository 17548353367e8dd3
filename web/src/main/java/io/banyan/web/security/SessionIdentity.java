package io.banyan.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who a session was opened for: the principal's name and the groups the identity store gave at
 * sign-in. Kept in the HTTP session by Banyan itself, small and serializable, and handed to the
 * container whole on every request (see {@link BanyanAuthentication} for why not by the container).
 */
record SessionIdentity(String principalName, Set<String> groups) implements Serializable {

  private static final String ATTRIBUTE = "banyan.identity";

  SessionIdentity {
    groups = Set.copyOf(groups);
  }

  void keepIn(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }

  static Optional<SessionIdentity> of(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    try {
      return session.getAttribute(ATTRIBUTE) instanceof SessionIdentity identity ? Optional.of(identity) : Optional.empty();
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }
}
