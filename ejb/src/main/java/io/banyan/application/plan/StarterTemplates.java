package io.banyan.application.plan;

import io.banyan.domain.plan.PlanTemplate;
import io.banyan.domain.plan.StarterTemplate;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Gives a consultancy the published starter template when it has none of that name. */
@Stateless
@PermitAll
public class StarterTemplates {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  /** Runs in the consultancy's scope: at onboarding, in the demo seed, and at start-up for older consultancies. */
  public boolean ensure() {
    boolean present = !em.createQuery("select t.id from PlanTemplate t where t.name = :name", Long.class)
        .setParameter("name", StarterTemplate.NAME)
        .getResultList()
        .isEmpty();
    if (present) {
      return false;
    }
    PlanTemplate starter = StarterTemplate.create(Instant.now());
    em.persist(starter);
    return true;
  }
}
