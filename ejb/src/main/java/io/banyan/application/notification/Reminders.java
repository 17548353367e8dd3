package io.banyan.application.notification;

import io.banyan.application.tenancy.Links;
import io.banyan.domain.homework.AssignedSection;
import io.banyan.domain.homework.SectionStatus;
import io.banyan.domain.notification.DigestSent;
import io.banyan.domain.notification.MailPreference;
import io.banyan.domain.notification.Notification;
import io.banyan.domain.notification.NotificationKind;
import io.banyan.domain.shared.Texts;
import io.banyan.domain.shared.Wording;
import io.banyan.domain.team.Account;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.infrastructure.mail.Mailer;
import io.banyan.infrastructure.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The day's reminders of one consultancy: homework due in two days or overdue, and, for people who
 * chose a digest, the day's notifications. Each person is handled in a transaction of their own
 * that also records that they got today's digest, so a run repeated after a restart sends no one
 * a second mail.
 */
@Stateless
@PermitAll
public class Reminders {

  /** How far ahead "due soon" looks. */
  static final int DUE_SOON_DAYS = 2;

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Mailer mailer;
  @Inject private Links links;
  @Inject private Clock clock;

  /** Everyone in the current consultancy who may have something to hear today. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> peopleToRemind(LocalDate today) {
    Set<Long> people = new LinkedHashSet<>();
    people.addAll(em.createQuery("select m.id from AssignedSection a join a.plan p, Account m where m.organisation = p.client"
            + " and a.excused = false and a.status in :withClient and (a.dueOn = :soon or a.dueOn < :today)", Long.class)
        .setParameter("withClient", withClient())
        .setParameter("soon", today.plusDays(DUE_SOON_DAYS))
        .setParameter("today", today)
        .getResultList());
    people.addAll(em.createQuery("select distinct n.recipient.id from Notification n where n.readAt is null and n.createdAt >= :since"
            + " and n.recipient.mailPreference = :digest", Long.class)
        .setParameter("since", today.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
        .setParameter("digest", MailPreference.DAILY_DIGEST)
        .getResultList());
    return new ArrayList<>(people);
  }

  /** Sends this person's digest for the day, unless they had it already. True when a mail went out. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean remind(long accountId, LocalDate today) {
    boolean done = !em.createQuery("select d.id from DigestSent d where d.accountId = :id and d.sentOn = :today", Long.class)
        .setParameter("id", accountId)
        .setParameter("today", today)
        .getResultList()
        .isEmpty();
    Account person = em.find(Account.class, accountId);
    if (done || person == null || !person.canSignIn()) {
      return false;
    }
    Instant now = clock.instant();
    Consultancy consultancy = em.find(Consultancy.class, Long.valueOf(TenantScope.current().orElseThrow()));
    Locale language = Notifier.languageOf(person, consultancy);
    List<String> lines = new ArrayList<>();
    if (person.isClientMember()) {
      List<AssignedSection> open = em.createQuery("select a from AssignedSection a join fetch a.plan p where p.client = :client"
              + " and a.excused = false and a.status in :withClient and (a.dueOn = :soon or a.dueOn < :today) order by a.dueOn", AssignedSection.class)
          .setParameter("client", person.getOrganisation())
          .setParameter("withClient", withClient())
          .setParameter("soon", today.plusDays(DUE_SOON_DAYS))
          .setParameter("today", today)
          .getResultList();
      for (AssignedSection a : open) {
        NotificationKind kind = a.getDueOn().isBefore(today) ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON;
        Wording wording = Wording.of(Notification.wordingKey(kind), a.getSectionTitle(), a.getDueOn(), DUE_SOON_DAYS);
        em.persist(new Notification(person, kind, wording.params(), "plan?p=" + a.getPlan().getId(), now));
        lines.add(wording.textIn(language));
      }
    }
    if (person.getMailPreference() == MailPreference.DAILY_DIGEST) {
      em.createQuery("select n from Notification n where n.recipient = :me and n.readAt is null and n.createdAt >= :since"
              + " and n.kind <> :soon and n.kind <> :overdue order by n.createdAt", Notification.class)
          .setParameter("me", person)
          .setParameter("since", today.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
          .setParameter("soon", NotificationKind.DUE_SOON)
          .setParameter("overdue", NotificationKind.OVERDUE)
          .getResultList()
          .forEach(n -> lines.add(n.textIn(language)));
    }
    em.persist(new DigestSent(accountId, today));
    if (lines.isEmpty()) {
      return false;
    }
    mailer.send(person.getEmail().value(), Texts.of(language, "mail.digest.subject", consultancy.shownName(), Wording.date(today, language)),
        Texts.of(language, "mail.digest.body", person.getDisplayName(), "- " + String.join("\n- ", lines),
            links.tenantPage(consultancy.getSlug(), "notifications"), consultancy.shownName()));
    return true;
  }

  private static List<SectionStatus> withClient() {
    return List.of(SectionStatus.NOT_STARTED, SectionStatus.DRAFT, SectionStatus.CHANGES_REQUESTED, SectionStatus.REOPENED);
  }
}
