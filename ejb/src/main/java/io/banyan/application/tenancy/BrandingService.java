package io.banyan.application.tenancy;

import io.banyan.application.audit.AuditTrail;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.team.Account;
import io.banyan.domain.tenancy.AccentColour;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.Logo;
import io.banyan.domain.tenancy.LogoImage;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The owner's branding: display name, accent colour and logo, shown on every page of the tenant. */
@Stateless
public class BrandingService {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private ConsultancyService consultancies;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;

  @RolesAllowed(Groups.OWNER)
  public Consultancy rebrand(String displayName, AccentColour colour, long expectedVersion) {
    Consultancy mine = consultancies.mine();
    ConcurrentChangeException.check(mine, expectedVersion, "branding");
    mine.rebrand(displayName, colour);
    audit.record(caller.actor(), AuditAction.BRANDING_CHANGED, "name '" + mine.shownName() + "', colour " + colour);
    return mine;
  }

  @RolesAllowed(Groups.OWNER)
  public void uploadLogo(LogoImage image) {
    Optional<Logo> existing = logo();
    if (existing.isPresent()) {
      existing.get().replace(image);
    } else {
      em.persist(new Logo(image));
    }
    consultancies.mine().logoChanged();
    audit.record(caller.actor(), AuditAction.BRANDING_CHANGED, "logo uploaded (" + image.type() + ", " + image.bytes().length + " bytes)");
  }

  @RolesAllowed(Groups.OWNER)
  public void removeLogo() {
    logo().ifPresent(em::remove);
    consultancies.mine().logoRemoved();
    audit.record(caller.actor(), AuditAction.BRANDING_CHANGED, "logo removed");
  }

  /** The current tenant's logo; public because the sign-in page shows it too. */
  @PermitAll
  public Optional<Logo> logo() {
    return em.createNamedQuery("Logo.current", Logo.class).getResultStream().findFirst();
  }

}
