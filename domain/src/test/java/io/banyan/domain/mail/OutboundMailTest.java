package io.banyan.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboundMailTest {

  private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");
  private static final String BODY = "Follow https://example.com/t/acme/invite?token=secret";

  @Test
  void keepsTheBodyOnlyWhenNoSmtpServerIsConfigured() {
    assertEquals(BODY, new OutboundMail("ana@example.com", "Invitation", BODY, MailStatus.KEPT, AT).getBody());
  }

  @Test
  void dropsTheBodyOfASentMail() {
    OutboundMail mail = new OutboundMail("ana@example.com", "Invitation", BODY, MailStatus.SENT, AT);
    assertNull(mail.getBody());
    assertEquals("ana@example.com", mail.getRecipient());
    assertEquals("Invitation", mail.getSubject());
    assertEquals(MailStatus.SENT, mail.getStatus());
    assertEquals(AT, mail.getCreatedAt());
  }

  @Test
  void dropsTheBodyOfAFailedMail() {
    assertNull(new OutboundMail("ana@example.com", "Invitation", BODY, MailStatus.FAILED, AT).getBody());
  }
}
