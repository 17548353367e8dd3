package io.banyan.it.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.mail.MailLog;
import io.banyan.domain.mail.MailStatus;
import io.banyan.domain.mail.OutboundMail;
import io.banyan.infrastructure.mail.Mailer;
import io.banyan.infrastructure.security.CallerKey;
import io.banyan.infrastructure.security.Groups;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.Mailbox;
import io.banyan.it.support.TestTenant;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mail goes out over SMTP and is logged by its envelope; the log is the platform admin's alone. */
@ExtendWith(ArquillianExtension.class)
class MailLogIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("mail");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private Mailer mailer;
  @Inject private MailLog mailLog;

  @Test
  void aSentMailArrivesAndIsLoggedWithoutItsBody() {
    String to = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    try (Mailbox mailbox = Mailbox.start()) {
      assertEquals(MailStatus.SENT, mailer.send(to, "Hello", "Body with a secret link http://localhost/t/x/reset?token=abc"));
      assertEquals("Hello", Mailbox.subjectOf(mailbox.to(to).get(0)));
    }
    acting.as(CallerKey.ofPlatformAdmin(fixtures.platformAdmin()), Groups.PLATFORM_ADMIN);
    OutboundMail logged = mailLog.page(0, 100).stream().filter(m -> m.getRecipient().equals(to)).findFirst().orElseThrow();
    assertEquals(MailStatus.SENT, logged.getStatus());
    assertNull(logged.getBody(), "with an SMTP server, links are not kept");
    assertTrue(mailLog.count() >= 1);
  }

  @Test
  void aMailThatCannotBeDeliveredIsLoggedAsFailed() {
    String to = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    // no SMTP server listens now
    assertEquals(MailStatus.FAILED, mailer.send(to, "Lost", "Body"));
  }

  @Test
  void onlyThePlatformAdminReadsTheMailLog() {
    TestTenant t = fixtures.tenant("maillog");
    acting.as(t.owner(), TestTenant.OWNER);
    Failure.expect(EJBAccessException.class, () -> mailLog.page(0, 10));
  }
}
