package io.banyan.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void keepsShortValuesAsGiven() {
    AuditEntry entry = new AuditEntry(AT, "ana@example.com", AuditAction.SIGNED_IN, "from 10.0.0.1");
    assertEquals(AT, entry.getOccurredAt());
    assertEquals("ana@example.com", entry.getActor());
    assertEquals(AuditAction.SIGNED_IN, entry.getAction());
    assertEquals("from 10.0.0.1", entry.getDetail());
  }

  @Test
  void clipsTheActorTo254Characters() {
    AuditEntry entry = new AuditEntry(AT, "a".repeat(300), AuditAction.SIGN_IN_FAILED, null);
    assertEquals("a".repeat(254), entry.getActor());
  }

  @Test
  void shortensTheDetailTo500CharactersAtAWord() {
    AuditEntry entry = new AuditEntry(AT, "ana", AuditAction.CLIENT_SAVED, "word ".repeat(100) + "overflow");
    assertEquals("word ".repeat(100).strip() + "…", entry.getDetail());
  }

  @Test
  void allowsNoDetail() {
    assertNull(new AuditEntry(AT, "ana", AuditAction.SIGNED_OUT, null).getDetail());
  }
}
