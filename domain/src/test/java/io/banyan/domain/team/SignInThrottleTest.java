package io.banyan.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant T0 = Instant.parse("2025-07-01T08:00:00Z");
  private static final String KEY = "1:ana@example.com";

  private final SignInThrottle throttle = new SignInThrottle();

  /** Fails {@code count} times for the key, one minute apart, starting at T0. */
  private Instant failMinutely(String key, int count) {
    Instant at = T0;
    for (int i = 0; i < count; i++) {
      at = T0.plus(Duration.ofMinutes(i));
      throttle.failed(key, at);
    }
    return at;
  }

  @Test
  void limitsAreFiveFailuresInFifteenMinutes() {
    assertEquals(5, SignInThrottle.MAX_FAILURES);
    assertEquals(Duration.ofMinutes(15), SignInThrottle.WINDOW);
  }

  @Test
  void anUnknownKeyIsNotBlocked() {
    assertFalse(throttle.isBlocked(KEY, T0));
  }

  @Test
  void fourFailuresDoNotBlock() {
    Instant last = failMinutely(KEY, 4);
    assertFalse(throttle.isBlocked(KEY, last));
  }

  @Test
  void theFifthFailureBlocks() {
    Instant last = failMinutely(KEY, 5);
    assertTrue(throttle.isBlocked(KEY, last));
    assertTrue(throttle.isBlocked(KEY, last.plus(Duration.ofMinutes(5))));
  }

  @Test
  void fiveFailuresAtTheSameInstantBlock() {
    for (int i = 0; i < 5; i++) {
      throttle.failed(KEY, T0);
    }
    assertTrue(throttle.isBlocked(KEY, T0));
  }

  @Test
  void unblocksOnceTheOldestFailureLeavesTheWindow() {
    failMinutely(KEY, 5); // T0 .. T0+4min
    assertTrue(throttle.isBlocked(KEY, T0.plus(Duration.ofMinutes(15)).minusNanos(1)));
    assertFalse(throttle.isBlocked(KEY, T0.plus(Duration.ofMinutes(15))));
  }

  @Test
  void staysUnblockedOnlyUntilTheNextFailureFillsTheWindowAgain() {
    failMinutely(KEY, 5);
    Instant later = T0.plus(Duration.ofMinutes(15));
    assertFalse(throttle.isBlocked(KEY, later));
    throttle.failed(KEY, later);
    assertTrue(throttle.isBlocked(KEY, later));
  }

  @Test
  void failuresSpreadWiderThanTheWindowNeverBlock() {
    for (int i = 0; i < 20; i++) {
      Instant at = T0.plus(Duration.ofMinutes(4L * i));
      throttle.failed(KEY, at);
      assertFalse(throttle.isBlocked(KEY, at), "after failure " + (i + 1));
    }
  }

  @Test
  void successClearsTheKey() {
    Instant last = failMinutely(KEY, 5);
    throttle.succeeded(KEY);
    assertFalse(throttle.isBlocked(KEY, last));
    throttle.failed(KEY, last);
    assertFalse(throttle.isBlocked(KEY, last));
  }

  @Test
  void keysAreIndependent() {
    Instant last = failMinutely(KEY, 5);
    String other = "1:bob@example.com";
    assertTrue(throttle.isBlocked(KEY, last));
    assertFalse(throttle.isBlocked(other, last));
    throttle.failed(other, last);
    throttle.succeeded(other);
    assertTrue(throttle.isBlocked(KEY, last));
  }

  @Test
  void theSameEmailInAnotherConsultancyIsAnotherKey() {
    Instant last = failMinutely("1:ana@example.com", 5);
    assertFalse(throttle.isBlocked("2:ana@example.com", last));
  }

  @Test
  void forgetsKeysWhoseFailuresAllLeftTheWindow() {
    SignInThrottle throttle = new SignInThrottle();
    for (int i = 0; i < SignInThrottle.SWEEP_EVERY - 1; i++) {
      throttle.failed("one-off-" + i, T0);
    }
    assertEquals(SignInThrottle.SWEEP_EVERY - 1, throttle.trackedKeys());
    // the next failure, an hour later, sweeps: only it is left
    throttle.failed("latest", T0.plus(Duration.ofHours(1)));
    assertEquals(1, throttle.trackedKeys());
    assertFalse(throttle.isBlocked("one-off-0", T0.plus(Duration.ofHours(1))));
  }
}
