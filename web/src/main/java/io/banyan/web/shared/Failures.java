package io.banyan.web.shared;

import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.ConcurrentChangeException;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Messages;

/**
 * Turns a refused action into a message above the form. Whatever the person typed stays in the
 * view-scoped bean, so nothing is lost.
 */
public final class Failures {

  private static final Logger LOG = Logger.getLogger(Failures.class.getName());

  private Failures() {}

  public static void show(RuntimeException failure) {
    Messages.addGlobalError(describe(failure));
  }

  public static void showAt(String clientId, RuntimeException failure) {
    Messages.addError(clientId, describe(failure));
  }

  public static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BanyanException b) {
        return b.getMessage();
      }
      if (t instanceof IllegalArgumentException iae) {
        return iae.getMessage();
      }
      if (t instanceof OptimisticLockException) {
        return new ConcurrentChangeException("this").getMessage();
      }
      if (t instanceof EJBAccessException) {
        return "You are not allowed to do that.";
      }
    }
    LOG.log(Level.WARNING, "Unexpected failure", failure);
    return "Something went wrong and nothing was saved. Please try again.";
  }
}
