package io.banyan.application.tenancy;

import io.banyan.application.audit.AuditTrail;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.team.Account;
import io.banyan.domain.tenancy.Office;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Regional offices: the owner keeps them; all staff can read them. */
@Stateless
public class OfficeService {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private AuditTrail audit;
  @Inject private Caller caller;

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.INSTRUCTOR})
  public List<Office> offices() {
    return em.createNamedQuery("Office.all", Office.class).getResultList();
  }

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.INSTRUCTOR})
  public Optional<Office> find(long id) {
    return Optional.ofNullable(em.find(Office.class, id));
  }

  @RolesAllowed(Groups.OWNER)
  public Office open(String name, String address, ZoneId zone) {
    requireFreeName(name, null);
    Office office = new Office(name, address, zone);
    em.persist(office);
    audit.record(caller.actor(), AuditAction.OFFICE_SAVED, "opened " + office.getName());
    return office;
  }

  @RolesAllowed(Groups.OWNER)
  public Office describe(long id, long expectedVersion, String name, String address, ZoneId zone) {
    Office office = find(id).orElseThrow(() -> new UnknownEntityException("office"));
    ConcurrentChangeException.check(office, expectedVersion, "office");
    requireFreeName(name, id);
    office.describe(name, address, zone);
    audit.record(caller.actor(), AuditAction.OFFICE_SAVED, "updated " + office.getName());
    return office;
  }

  @RolesAllowed(Groups.OWNER)
  public void close(long id) {
    Office office = find(id).orElseThrow(() -> new UnknownEntityException("office"));
    em.remove(office);
    audit.record(caller.actor(), AuditAction.OFFICE_REMOVED, office.getName());
  }

  private void requireFreeName(String name, Long exceptId) {
    boolean taken = em.createQuery("select count(o) from Office o where lower(o.name) = lower(:name) and o.id <> :id", Long.class)
        .setParameter("name", name == null ? "" : name.trim())
        .setParameter("id", exceptId == null ? -1L : exceptId)
        .getSingleResult() > 0;
    if (taken) {
      throw new BanyanException("error.office.nameTaken", name.trim());
    }
  }

}
