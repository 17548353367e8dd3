package io.banyan.web.security;

import io.banyan.infrastructure.security.SessionRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets sessions that end on their own, so the registry only holds live ones. */
@WebListener
public class SessionTracking implements HttpSessionListener {

  static final String PRINCIPAL = "banyan.principal";

  @Inject private SessionRegistry sessions;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    Object principal = event.getSession().getAttribute(PRINCIPAL);
    if (principal instanceof String name) {
      sessions.ended(name, event.getSession());
    }
  }

  static void remember(HttpSession session, String principalName) {
    session.setAttribute(PRINCIPAL, principalName);
  }
}
