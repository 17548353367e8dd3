package io.banyan.domain.team;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a number of failed sign-ins for one key (an e-mail in a
 * consultancy: {@link #MAX_FAILURES}; a network address: {@link #MAX_FAILURES_PER_ADDRESS}) within
 * {@link #WINDOW}, further attempts for that key are refused until the oldest failure leaves the
 * window. A success clears the key.
 */
public class SignInThrottle {

  public static final int MAX_FAILURES = 5;
  /** Many people can share one address (an office, a proxy), so an address gets more room. */
  public static final int MAX_FAILURES_PER_ADDRESS = 50;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  /** How many failures between sweeps that drop keys whose failures all left the window. */
  static final int SWEEP_EVERY = 1_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final int maxFailures;

  public SignInThrottle() {
    this(MAX_FAILURES);
  }

  public SignInThrottle(int maxFailures) {
    this.maxFailures = maxFailures;
  }
  private final java.util.concurrent.atomic.AtomicInteger sinceSweep = new java.util.concurrent.atomic.AtomicInteger();

  public boolean isBlocked(String key, Instant now) {
    Deque<Instant> recent = failures.get(key);
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      prune(recent, now);
      return recent.size() >= maxFailures;
    }
  }

  public void failed(String key, Instant now) {
    failures.compute(key, (k, recent) -> {
      Deque<Instant> kept = recent == null ? new ArrayDeque<>() : recent;
      synchronized (kept) {
        prune(kept, now);
        kept.addLast(now);
      }
      return kept;
    });
    if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
      sinceSweep.set(0);
      sweep(now);
    }
  }

  /** Forgets keys with no failure left in the window, so one-off attempts do not pile up. */
  void sweep(Instant now) {
    for (String key : failures.keySet()) {
      failures.computeIfPresent(key, (k, recent) -> {
        synchronized (recent) {
          prune(recent, now);
          return recent.isEmpty() ? null : recent;
        }
      });
    }
  }

  int trackedKeys() {
    return failures.size();
  }

  public void succeeded(String key) {
    failures.remove(key);
  }

  private static void prune(Deque<Instant> recent, Instant now) {
    Instant cutoff = now.minus(WINDOW);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
      recent.removeFirst();
    }
  }
}
