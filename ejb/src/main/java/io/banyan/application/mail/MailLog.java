package io.banyan.application.mail;

import io.banyan.domain.mail.OutboundMail;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The platform admin's view of mail Banyan sent or kept, newest first. */
@Stateless
@RolesAllowed(Groups.PLATFORM_ADMIN)
public class MailLog {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  public List<OutboundMail> page(int first, int size) {
    return em.createQuery("select m from OutboundMail m order by m.createdAt desc, m.id desc", OutboundMail.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(m) from OutboundMail m", Long.class).getSingleResult();
  }
}
