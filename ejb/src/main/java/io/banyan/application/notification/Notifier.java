package io.banyan.application.notification;

import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.application.tenancy.Links;
import io.banyan.domain.notification.Notification;
import io.banyan.domain.notification.NotificationKind;
import io.banyan.domain.team.Account;
import io.banyan.infrastructure.mail.Mailer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Tells a person about something in the homework loop: a notification for the bell, and an e-mail
 * whose link opens the exact page after sign-in. It runs in the caller's transaction, so a change
 * that is rolled back notifies no one.
 */
@Stateless
@PermitAll
public class Notifier {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Mailer mailer;
  @Inject private Links links;
  @Inject private ConsultancyService consultancies;

  /** {@code page} is a tenant page with its id, e.g. {@code review?s=42}. */
  public void tell(Account recipient, NotificationKind kind, String text, String page) {
    em.persist(new Notification(recipient, kind, text, page, Instant.now()));
    if (recipient.getMailPreference() == io.banyan.domain.notification.MailPreference.DAILY_DIGEST) {
      return; // the daily reminder run mails it with the rest of the day's news
    }
    var consultancy = consultancies.mine();
    mailer.send(recipient.getEmail().value(), "[" + consultancy.shownName() + "] " + text,
        "Hello " + recipient.getDisplayName() + ",\n\n" + text + "\n\nOpen it here (sign in first if asked):\n"
            + links.tenantPage(consultancy.getSlug(), page) + "\n\n" + consultancy.shownName() + " on Banyan\n");
  }
}
