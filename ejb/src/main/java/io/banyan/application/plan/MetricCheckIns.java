package io.banyan.application.plan;

import io.banyan.domain.plan.MetricCheckIn;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanMetric;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Actual values of a plan's metrics over time, recorded by anyone working on the plan. */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.CLIENT})
public class MetricCheckIns {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private PlanAccess access;
  @Inject private Caller caller;

  public List<PlanMetric> metrics(long planId) {
    return access.complete(planId).metrics();
  }

  /** Records a value for a date; recording the same metric and date again replaces it. */
  public MetricCheckIn record(long planId, String metricKey, LocalDate measuredOn, BigDecimal actual) {
    Plan plan = access.complete(planId);
    PlanMetric metric = plan.metrics().stream().filter(m -> m.key().equals(metricKey)).findFirst()
        .orElseThrow(() -> new UnknownEntityException("metricInPlan"));
    if (measuredOn == null) {
      throw new IllegalArgumentException("Give the date measured.");
    }
    List<MetricCheckIn> sameDay = em.createQuery("select c from MetricCheckIn c where c.plan = :plan and c.metricKey = :key"
            + " and c.measuredOn = :day", MetricCheckIn.class)
        .setParameter("plan", plan)
        .setParameter("key", metricKey)
        .setParameter("day", measuredOn)
        .getResultList();
    if (!sameDay.isEmpty()) {
      sameDay.get(0).restate(actual, caller.actor(), Instant.now());
      return sameDay.get(0);
    }
    MetricCheckIn checkIn = new MetricCheckIn(plan, metric, measuredOn, actual, caller.actor(), Instant.now());
    em.persist(checkIn);
    return checkIn;
  }

  /** All check-ins of the plan, by date. */
  public List<MetricCheckIn> checkIns(long planId) {
    Plan plan = access.plan(planId);
    return em.createQuery("select c from MetricCheckIn c where c.plan = :plan order by c.measuredOn, c.metricKey", MetricCheckIn.class)
        .setParameter("plan", plan)
        .getResultList();
  }

}
