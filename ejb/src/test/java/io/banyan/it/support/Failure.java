package io.banyan.it.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a call fails for a given reason, wherever the container wrapped it. */
public final class Failure {

  private Failure() {}

  public static <T extends Throwable> T expect(Class<T> reason, Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (reason.isInstance(t)) {
        return reason.cast(t);
      }
    }
    return fail("expected " + reason.getSimpleName() + " but got " + thrown, thrown);
  }
}
