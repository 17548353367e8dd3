package io.banyan.it.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import io.banyan.it.support.Rows;
import io.banyan.it.support.TestTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
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

  @Resource(lookup = "jdbc/banyan")
  private DataSource dataSource;

  @Test
  void aSentMailArrivesAndIsLoggedWithoutItsBody() {
    String to = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    acting.as(CallerKey.ofPlatformAdmin(fixtures.platformAdmin()), Groups.PLATFORM_ADMIN);
    long before = mailLog.count();
    Instant sending = Instant.now();
    try (Mailbox mailbox = Mailbox.start()) {
      assertEquals(MailStatus.SENT, mailer.send(to, "Hello", "Body with a secret link http://localhost/t/x/reset?token=abc"));
      assertEquals("Hello", Mailbox.subjectOf(mailbox.to(to).get(0)));
    }

    Map<String, Object> row = onlyRowTo(to);
    assertEquals("SENT", row.get("status"));
    assertEquals("Hello", row.get("subject"));
    assertNull(row.get("body"), "with an SMTP server, links are not kept");
    assertSentBetween(sending, row);

    OutboundMail newest = mailLog.page(0, 1).get(0);
    assertEquals(List.of(to, "Hello", MailStatus.SENT), List.of(newest.getRecipient(), newest.getSubject(), newest.getStatus()),
        "the log shows the newest mail first");
    assertNull(newest.getBody());
    assertEquals(before + 1, mailLog.count(), "one mail, one line");
    assertEquals(Rows.all(dataSource, "outbound_mail").size(), mailLog.count(), "the log counts every stored mail");
  }

  @Test
  void aMailThatCannotBeDeliveredIsLoggedAsFailed() {
    String to = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    Instant sending = Instant.now();
    // no SMTP server listens now
    assertEquals(MailStatus.FAILED, mailer.send(to, "Lost", "Body with a secret link http://localhost/t/x/reset?token=abc"));

    // the log keeps the envelope and the outcome; why it failed goes to the server log, attempts are not counted
    Map<String, Object> row = onlyRowTo(to);
    assertEquals("FAILED", row.get("status"));
    assertEquals("Lost", row.get("subject"));
    assertNull(row.get("body"), "a failed mail keeps no link either: it was meant for SMTP");
    assertSentBetween(sending, row);

    acting.as(CallerKey.ofPlatformAdmin(fixtures.platformAdmin()), Groups.PLATFORM_ADMIN);
    OutboundMail newest = mailLog.page(0, 1).get(0);
    assertEquals(List.of(to, "Lost", MailStatus.FAILED), List.of(newest.getRecipient(), newest.getSubject(), newest.getStatus()),
        "the platform admin sees it failed");
  }

  @Test
  void onlyThePlatformAdminReadsTheMailLog() {
    TestTenant t = fixtures.tenant("maillog");
    acting.as(t.owner(), TestTenant.OWNER);
    Failure.expect(EJBAccessException.class, () -> mailLog.page(0, 10));
  }

  /** The one stored mail to this recipient, read past JPA. */
  private Map<String, Object> onlyRowTo(String recipient) {
    List<Map<String, Object>> rows = Rows.where(dataSource, "outbound_mail", "recipient", recipient);
    assertEquals(1, rows.size(), "one line per mail: " + rows);
    return rows.get(0);
  }

  private static void assertSentBetween(Instant sending, Map<String, Object> row) {
    Object stored = row.get("created_at");
    Instant at = stored instanceof Timestamp ts ? ts.toInstant() : Timestamp.valueOf((LocalDateTime) stored).toInstant();
    // MySQL keeps whole seconds in this column, H2 milliseconds: compare at the coarser of the two
    assertFalse(at.isBefore(sending.truncatedTo(ChronoUnit.SECONDS)) || at.isAfter(Instant.now()), "logged when it was sent: " + at);
  }
}
