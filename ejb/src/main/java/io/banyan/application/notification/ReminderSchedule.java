package io.banyan.application.notification;

import io.banyan.domain.tenancy.Consultancy;
import io.banyan.infrastructure.tenancy.TenantScope;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Once a day, every consultancy's reminders. The timer is persistent: a run missed while the
 * server was down happens when it is back, and {@link Reminders} makes a repeated run harmless.
 */
@Singleton
public class ReminderSchedule {

  private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Reminders reminders;
  @Inject private Clock clock;

  @Schedule(hour = "6", minute = "0", persistent = true, info = "Banyan daily reminders")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void daily() {
    runFor(LocalDate.now(clock));
  }

  /** The day's run for every active consultancy; returns how many mails went out. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int runFor(LocalDate today) {
    List<Consultancy> consultancies = em.createQuery("select c from Consultancy c", Consultancy.class).getResultList();
    int mails = 0;
    for (Consultancy consultancy : consultancies) {
      if (!consultancy.isActive()) {
        continue;
      }
      String tenant = consultancy.tenantId();
      mails += TenantScope.callAs(tenant, () -> {
        int sent = 0;
        for (Long person : reminders.peopleToRemind(today)) {
          if (reminders.remind(person, today)) {
            sent++;
          }
        }
        return sent;
      });
    }
    int total = mails;
    LOG.info(() -> "Daily reminders for " + today + ": " + total + " mails");
    return total;
  }
}
