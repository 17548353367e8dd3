package io.banyan.application.notification;

import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.application.tenancy.Links;
import io.banyan.domain.notification.MailPreference;
import io.banyan.domain.notification.Notification;
import io.banyan.domain.notification.NotificationKind;
import io.banyan.domain.shared.Texts;
import io.banyan.domain.shared.Wording;
import io.banyan.domain.team.Account;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.infrastructure.mail.Mailer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;

/**
 * Tells a person about something in the homework loop: a notification for the bell, and an e-mail
 * whose link opens the exact page after sign-in, both in the recipient's language. It runs in the
 * caller's transaction, so a change that is rolled back notifies no one.
 */
@Stateless
@PermitAll
public class Notifier {

  /** A free text quoted in a notification (a reply, say) is shortened to this; the page shows it whole. */
  public static final int QUOTE_MAX = 300;

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Mailer mailer;
  @Inject private Links links;
  @Inject private ConsultancyService consultancies;
  @Inject private Clock clock;

  /**
   * {@code page} is a tenant page with its id, e.g. {@code review?s=42}; {@code params} fill the
   * kind's text ({@code notification.<KIND>}); a {@link java.time.LocalDate} among them is written
   * the reader's way.
   */
  public void tell(Account recipient, NotificationKind kind, String page, Object... params) {
    Wording wording = Wording.of(Notification.wordingKey(kind), params);
    em.persist(new Notification(recipient, kind, wording.params(), page, clock.instant()));
    if (recipient.getMailPreference() == MailPreference.DAILY_DIGEST) {
      return; // the daily reminder run mails it with the rest of the day's news
    }
    Consultancy consultancy = consultancies.mine();
    Locale language = languageOf(recipient, consultancy);
    String text = wording.textIn(language);
    mailer.send(recipient.getEmail().value(), Texts.of(language, "mail.subject", consultancy.shownName(), text),
        Texts.of(language, "mail.notification.body", recipient.getDisplayName(), text, links.tenantPage(consultancy.getSlug(), page),
            consultancy.shownName()));
  }

  /** The language a person reads mail in: theirs if they chose one, else their consultancy's. */
  public static Locale languageOf(Account person, Consultancy consultancy) {
    return person.language().orElse(consultancy.language());
  }
}
