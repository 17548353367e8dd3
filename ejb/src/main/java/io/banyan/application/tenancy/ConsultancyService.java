package io.banyan.application.tenancy;

import io.banyan.application.audit.AuditTrail;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.Slug;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.CallerKey;
import io.banyan.infrastructure.security.Groups;
import io.banyan.infrastructure.security.SessionRegistry;
import io.banyan.infrastructure.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The platform admin's work on consultancies, and the lookup of a consultancy by its URL name. */
@Stateless
public class ConsultancyService {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Onboarding onboarding;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private SessionRegistry sessions;

  /**
   * Creates a consultancy and invites its first owner, who receives a link to set a password.
   * Two transactions one after the other, each with its own tenant: the consultancy (platform
   * data), then its owner (the new tenant's data).
   */
  @RolesAllowed(Groups.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Consultancy create(String name, Slug slug, EmailAddress ownerEmail) {
    return create(name, slug, ownerEmail, Locale.ENGLISH);
  }

  /**
   * As {@link #create(String, Slug, EmailAddress)}, for a consultancy that speaks {@code language}
   * (Banyan's closest one): its people read it until they choose their own, and its starter
   * template is written in it.
   */
  @RolesAllowed(Groups.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Consultancy create(String name, Slug slug, EmailAddress ownerEmail, Locale language) {
    String actor = caller.actor();
    Consultancy consultancy = onboarding.register(name, slug, language);
    try {
      TenantScope.runAs(consultancy.tenantId(), () -> onboarding.welcome(consultancy, ownerEmail, actor));
    } catch (RuntimeException e) {
      // no consultancy without its owner: give the URL name back
      onboarding.unregister(consultancy.getId());
      throw e;
    }
    return consultancy;
  }

  @RolesAllowed(Groups.PLATFORM_ADMIN)
  public List<Consultancy> page(int first, int size) {
    return em.createQuery("select c from Consultancy c order by c.createdAt desc, c.id desc", Consultancy.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @RolesAllowed(Groups.PLATFORM_ADMIN)
  public long count() {
    return em.createNamedQuery("Consultancy.count", Long.class).getSingleResult();
  }

  /** Suspends: its people are signed out at once and cannot sign in until reactivated. */
  @RolesAllowed(Groups.PLATFORM_ADMIN)
  public void suspend(long consultancyId) {
    Consultancy consultancy = find(consultancyId);
    consultancy.suspend();
    audit.recordIn(consultancy.tenantId(), caller.actor(), AuditAction.CONSULTANCY_SUSPENDED, consultancy.getName());
    sessions.endSessionsOfTenant(consultancy.tenantId());
  }

  @RolesAllowed(Groups.PLATFORM_ADMIN)
  public void reactivate(long consultancyId) {
    Consultancy consultancy = find(consultancyId);
    consultancy.reactivate();
    audit.recordIn(consultancy.tenantId(), caller.actor(), AuditAction.CONSULTANCY_REACTIVATED, consultancy.getName());
  }

  /** Public: the sign-in page, the tenant gate and the logo need to know a URL name's consultancy. */
  @PermitAll
  public Optional<Consultancy> bySlug(String slug) {
    if (!Slug.isValid(slug)) {
      return Optional.empty();
    }
    return em.createNamedQuery("Consultancy.bySlug", Consultancy.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The signed-in person's own consultancy. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.INSTRUCTOR, Groups.CLIENT})
  public Consultancy mine() {
    String tenant = caller.key().map(CallerKey::tenantId).orElseThrow(() -> new UnknownEntityException("consultancy"));
    return find(Long.parseLong(tenant));
  }

  private Consultancy find(long id) {
    return Optional.ofNullable(em.find(Consultancy.class, id)).orElseThrow(() -> new UnknownEntityException("consultancy"));
  }
}
