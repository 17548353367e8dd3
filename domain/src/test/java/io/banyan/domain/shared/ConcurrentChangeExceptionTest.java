package io.banyan.domain.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class ConcurrentChangeExceptionTest {

  /** The smallest entity there is; its version is set as the persistence provider would. */
  private static final class Thing extends Identified {
    Thing atVersion(long version) throws ReflectiveOperationException {
      Field field = Identified.class.getDeclaredField("version");
      field.setAccessible(true);
      field.setLong(this, version);
      return this;
    }
  }

  @Test
  void passesForAFreshEntityEditedFromVersionZero() {
    Thing fresh = new Thing();
    assertEquals(0, fresh.getVersion());
    assertDoesNotThrow(() -> ConcurrentChangeException.check(fresh, 0, "the office"));
  }

  @Test
  void passesWhenTheStoredVersionIsTheOneTheEditorStartedFrom() throws Exception {
    Thing stored = new Thing().atVersion(3);
    assertDoesNotThrow(() -> ConcurrentChangeException.check(stored, 3, "the office"));
  }

  @Test
  void throwsWhenSomeoneSavedInBetween() throws Exception {
    Thing stored = new Thing().atVersion(4);
    ConcurrentChangeException e =
        assertThrows(ConcurrentChangeException.class, () -> ConcurrentChangeException.check(stored, 3, "the office"));
    assertTrue(e.getMessage().startsWith("Someone else changed the office while you were editing it."), e.getMessage());
  }

  @Test
  void throwsWhenTheEditorClaimsANewerVersionThanStored() {
    Thing fresh = new Thing();
    assertThrows(ConcurrentChangeException.class, () -> ConcurrentChangeException.check(fresh, 1, "the client"));
  }

  @Test
  void isABanyanExceptionSoServicesRollBack() {
    assertInstanceOf(BanyanException.class, new ConcurrentChangeException("x"));
  }
}
