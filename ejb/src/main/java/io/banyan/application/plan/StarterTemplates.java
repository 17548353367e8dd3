package io.banyan.application.plan;

import io.banyan.domain.plan.PlanTemplate;
import io.banyan.domain.plan.StarterTemplate;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.infrastructure.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Gives a consultancy the published starter template, in its language, when it has none: neither
 * the English nor the Spanish starter (so a consultancy that changes its language later does not
 * get a second one).
 */
@Stateless
@PermitAll
public class StarterTemplates {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  /**
   * In the language of the consultancy whose scope this runs in ({@link TenantScope}), English if
   * there is none. Runs in the consultancy's scope: at onboarding and at start-up for older consultancies.
   */
  public boolean ensure() {
    Locale language = TenantScope.current()
        .flatMap(StarterTemplates::asId)
        .map(id -> em.find(Consultancy.class, id))
        .map(Consultancy::language)
        .orElse(Locale.ENGLISH);
    return ensure(language);
  }

  /** In {@code language} (Banyan's closest one); also runs in the consultancy's scope. */
  public boolean ensure(Locale language) {
    boolean present = !em.createQuery("select t.id from PlanTemplate t where t.name in :names", Long.class)
        .setParameter("names", StarterTemplate.names())
        .getResultList()
        .isEmpty();
    if (present) {
      return false;
    }
    PlanTemplate starter = StarterTemplate.create(language, Instant.now());
    em.persist(starter);
    return true;
  }

  private static Optional<Long> asId(String tenantId) {
    try {
      return Optional.of(Long.valueOf(tenantId));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
