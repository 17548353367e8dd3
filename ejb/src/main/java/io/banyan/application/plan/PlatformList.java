package io.banyan.application.plan;

import io.banyan.application.audit.AuditTrail;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.plan.SocialPlatform;
import io.banyan.domain.shared.BanyanException;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The social platforms clients choose from in platform-choice questions. A consultancy uses the
 * usual list until an owner edits it; from then on it keeps its own.
 */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.CLIENT})
public class PlatformList {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private AuditTrail audit;
  @Inject private Caller caller;

  public List<String> names() {
    List<String> stored = em.createQuery("select p.name from SocialPlatform p order by p.position, p.name", String.class).getResultList();
    return stored.isEmpty() ? SocialPlatform.DEFAULTS : stored;
  }

  /** Replaces the list; answers that chose a platform no longer listed keep it. */
  @RolesAllowed(Groups.OWNER)
  public List<String> replace(List<String> names) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> clean = new ArrayList<>();
    for (String name : names) {
      String n = name == null ? "" : name.strip();
      if (!n.isEmpty() && seen.add(n.toLowerCase(Locale.ROOT))) {
        clean.add(n);
      }
    }
    if (clean.isEmpty()) {
      throw new BanyanException("error.platforms.empty");
    }
    if (clean.size() > 40 || clean.stream().anyMatch(n -> n.length() > 60)) {
      throw new BanyanException("error.platforms.tooMany");
    }
    em.createQuery("delete from SocialPlatform p").executeUpdate();
    for (int i = 0; i < clean.size(); i++) {
      em.persist(new SocialPlatform(clean.get(i), i));
    }
    audit.record(caller.actor(), AuditAction.PLATFORMS_CHANGED, "platforms: " + String.join(", ", clean));
    return clean;
  }
}
