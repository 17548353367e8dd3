package io.banyan.infrastructure.demo;

import io.banyan.application.plan.StarterTemplates;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.infrastructure.tenancy.TenantScope;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Consultancies created before the starter template existed get it at start-up, in their language,
 * each in its own scope and transaction; consultancies that have it (in any language) are left alone.
 */
@Singleton
@Startup
@DependsOn("DemoSeeder")
@TransactionManagement(TransactionManagementType.BEAN)
public class StarterTemplateBackfill {

  private static final Logger LOG = Logger.getLogger(StarterTemplateBackfill.class.getName());

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private StarterTemplates starter;

  @PostConstruct
  void backfill() {
    List<Consultancy> consultancies = em.createQuery("select c from Consultancy c", Consultancy.class).getResultList();
    int added = 0;
    for (Consultancy consultancy : consultancies) {
      Locale language = consultancy.language();
      if (TenantScope.callAs(consultancy.tenantId(), () -> starter.ensure(language))) {
        added++;
      }
    }
    int count = added;
    if (count > 0) {
      LOG.info(() -> "Added the starter template to " + count + " consultancies");
    }
  }
}
