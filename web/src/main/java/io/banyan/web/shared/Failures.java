package io.banyan.web.shared;

import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.shared.InvalidValueException;
import io.banyan.domain.shared.Texts;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Turns a refused action into a message above the form. Whatever the person typed stays in the
 * view-scoped bean, so nothing is lost.
 */
public final class Failures {

  private static final Logger LOG = Logger.getLogger(Failures.class.getName());
  /** Messages take a key of the bundle; the description is read already, so it goes in as the only parameter of a key the bundle lacks. */
  private static final String AS_IS = "{0}";

  private Failures() {}

  public static void show(RuntimeException failure) {
    Messages.addGlobalError(AS_IS, describe(failure));
  }

  public static void showAt(String clientId, RuntimeException failure) {
    Messages.addError(clientId, AS_IS, describe(failure));
  }

  public static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BanyanException b) {
        return b.messageIn(Faces.getLocale());
      }
      if (t instanceof InvalidValueException invalid) {
        return invalid.messageIn(Faces.getLocale());
      }
      if (t instanceof IllegalArgumentException iae && iae.getMessage() != null) {
        return iae.getMessage();
      }
      if (t instanceof OptimisticLockException) {
        return new ConcurrentChangeException("this").messageIn(Faces.getLocale());
      }
      if (t instanceof EJBAccessException) {
        return Texts.of(Faces.getLocale(), "error.forbidden");
      }
    }
    LOG.log(Level.WARNING, "Unexpected failure", failure);
    return Texts.of(Faces.getLocale(), "error.unexpected");
  }
}
