package io.banyan.application.tenancy;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.plan.StarterTemplates;
import io.banyan.application.team.Invitations;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.Slug;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The first steps of a new consultancy, each in a transaction of its own: a persistence context
 * keeps the tenant it started with, and the consultancy row must be committed before its first
 * owner is written under its tenant.
 */
@Stateless
public class Onboarding {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Invitations invitations;
  @Inject private AuditTrail audit;
  @Inject private StarterTemplates starter;

  /** Registers an English-speaking consultancy. */
  @RolesAllowed(Groups.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Consultancy register(String name, Slug slug) {
    return register(name, slug, Locale.ENGLISH);
  }

  /** Registers a consultancy whose people read {@code language} until they choose one; its starter template is in it too. */
  @RolesAllowed(Groups.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Consultancy register(String name, Slug slug, Locale language) {
    boolean taken = !em.createNamedQuery("Consultancy.bySlug", Consultancy.class).setParameter("slug", slug.value()).getResultList().isEmpty();
    if (taken) {
      throw new BanyanException("error.consultancy.slugTaken", slug.value());
    }
    Consultancy consultancy = new Consultancy(name, slug, Instant.now());
    consultancy.speak(language, ZoneId.of("UTC"));
    em.persist(consultancy);
    em.flush();
    return consultancy;
  }

  /** Undoes {@link #register} when the owner could not be welcomed; the consultancy holds nothing yet. */
  @RolesAllowed(Groups.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void unregister(long consultancyId) {
    Consultancy consultancy = em.find(Consultancy.class, consultancyId);
    if (consultancy != null) {
      em.remove(consultancy);
    }
  }

  /** Runs in the new consultancy's scope, after {@link #register} has committed it. */
  @RolesAllowed(Groups.PLATFORM_ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void welcome(Consultancy consultancy, EmailAddress ownerEmail, String actor) {
    audit.record(actor, AuditAction.CONSULTANCY_CREATED, consultancy.getName() + " (/t/" + consultancy.getSlug() + ")");
    Account owner = Account.staff(ownerEmail, null, Roles.of(Role.OWNER), Instant.now());
    em.persist(owner);
    starter.ensure(consultancy.language());
    invitations.invite(owner, consultancy, actor);
  }
}
