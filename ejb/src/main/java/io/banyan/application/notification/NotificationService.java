package io.banyan.application.notification;

import io.banyan.domain.notification.Notification;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The bell: a person's own notifications, never anyone else's. */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.INSTRUCTOR, Groups.CLIENT})
public class NotificationService {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Caller caller;

  public long unread() {
    return em.createQuery("select count(n) from Notification n where n.recipient.id = :me and n.readAt is null", Long.class)
        .setParameter("me", caller.accountId())
        .getSingleResult();
  }

  public List<Notification> latest(int max) {
    return em.createQuery("select n from Notification n where n.recipient.id = :me order by n.createdAt desc, n.id desc", Notification.class)
        .setParameter("me", caller.accountId())
        .setMaxResults(max)
        .getResultList();
  }

  /** Marks one read and gives the page it points at. */
  public String open(long notificationId) {
    Notification n = Optional.ofNullable(em.find(Notification.class, notificationId))
        .filter(x -> x.getRecipient().getId().equals(caller.accountId()))
        .orElseThrow(() -> new UnknownEntityException("notification"));
    n.markRead(Instant.now());
    return n.getLink();
  }

  public io.banyan.domain.notification.MailPreference mailPreference() {
    return me().getMailPreference();
  }

  /** Immediate mails, or one digest a day with the daily reminders. */
  public void preferMail(io.banyan.domain.notification.MailPreference preference) {
    me().preferMail(preference == null ? io.banyan.domain.notification.MailPreference.IMMEDIATE : preference);
  }

  private io.banyan.domain.team.Account me() {
    return Optional.ofNullable(em.find(io.banyan.domain.team.Account.class, caller.accountId()))
        .orElseThrow(() -> new UnknownEntityException("account"));
  }

  public int markAllRead() {
    return em.createQuery("update Notification n set n.readAt = :now where n.recipient.id = :me and n.readAt is null")
        .setParameter("now", Instant.now())
        .setParameter("me", caller.accountId())
        .executeUpdate();
  }
}
