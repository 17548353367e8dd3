package io.banyan.application.audit;

import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.infrastructure.security.Groups;
import io.banyan.infrastructure.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Writes and reads a consultancy's audit trail. Written by services; read by the owner. */
@Stateless
public class AuditTrail {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private AuditTrail self;

  /** Records in the caller's consultancy, inside the caller's transaction. */
  @PermitAll
  public void record(String actor, AuditAction action, String detail) {
    em.persist(new AuditEntry(Instant.now(), actor, action, detail));
  }

  /**
   * Records in a named consultancy, in a transaction of its own: for the platform admin, who
   * acts on consultancies without belonging to one, and for failed sign-ins, which roll back.
   */
  @PermitAll
  public void recordIn(String tenantId, String actor, AuditAction action, String detail) {
    TenantScope.runAs(tenantId, () -> self.recordSeparately(actor, action, detail));
  }

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSeparately(String actor, AuditAction action, String detail) {
    record(actor, action, detail);
  }

  @RolesAllowed(Groups.OWNER)
  public List<AuditEntry> page(int first, int size) {
    return em.createQuery("select e from AuditEntry e order by e.occurredAt desc, e.id desc", AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @RolesAllowed(Groups.OWNER)
  public long count() {
    return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
  }
}
