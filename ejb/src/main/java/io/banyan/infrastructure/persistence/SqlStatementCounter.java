package io.banyan.infrastructure.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread while a test has switched
 * counting on, so that a test can prove a page needs a fixed number of queries whatever the size
 * of what it shows. Registered for the whole persistence unit ({@code eclipselink.session-event-listener}
 * in persistence.xml); when no thread counts, a statement costs one ThreadLocal read.
 *
 * <p>It counts statements, not round trips: with batch writing on, several inserts may travel in
 * one batch and still count one each.
 */
public class SqlStatementCounter extends SessionEventAdapter {

  private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

  /** Starts counting on this thread, from zero. */
  public static void start() {
    COUNT.set(new int[1]);
  }

  /** Stops counting on this thread and tells how many statements were sent since {@link #start()}. */
  public static int stop() {
    int[] count = COUNT.get();
    COUNT.remove();
    if (count == null) {
      throw new IllegalStateException("Counting was not started on this thread");
    }
    return count[0];
  }

  @Override
  public void postExecuteCall(SessionEvent event) {
    int[] count = COUNT.get();
    if (count != null) {
      count[0]++;
    }
  }
}
