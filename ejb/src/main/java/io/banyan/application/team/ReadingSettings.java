package io.banyan.application.team;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.team.Account;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The language and time zone people read Banyan in: each person's own choice on their profile,
 * and the consultancy's defaults, which the owner sets, for everyone who has not chosen.
 */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.INSTRUCTOR, Groups.CLIENT})
public class ReadingSettings {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Caller caller;
  @Inject private ConsultancyService consultancies;
  @Inject private AuditTrail audit;

  public Account me() {
    return em.find(Account.class, caller.accountId());
  }

  /** An empty choice goes back to the default. */
  public void chooseMine(Optional<Locale> language, Optional<ZoneId> zone) {
    me().readIn(language, zone);
  }

  public Consultancy consultancy() {
    return consultancies.mine();
  }

  @RolesAllowed(Groups.OWNER)
  public void setDefaults(Locale language, ZoneId zone) {
    Consultancy mine = consultancies.mine();
    mine.speak(language, zone);
    audit.record(caller.actor(), AuditAction.BRANDING_CHANGED, "default language " + mine.language().toLanguageTag() + ", time zone " + zone.getId());
  }
}
