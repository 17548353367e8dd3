package io.banyan.application.client;

import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.team.Account;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What a signed-in client member sees of their own organisation. */
@Stateless
@RolesAllowed(Groups.CLIENT)
public class ClientHomeService {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Caller caller;

  public ClientHome home() {
    Account me = em.find(Account.class, caller.accountId());
    ClientOrganisation organisation = me.getOrganisation();
    Account lead = organisation.getLeadConsultant();
    List<String> team = em.createNamedQuery("Account.members", Account.class)
        .setParameter("organisation", organisation)
        .getResultList()
        .stream()
        .map(Account::getDisplayName)
        .toList();
    return new ClientHome(me.getDisplayName(), organisation.getName(), organisation.getIndustry(),
        lead == null ? null : lead.getDisplayName(), lead == null ? null : lead.getEmail().value(), team);
  }

  /** A client member's view of their organisation: names only, nothing internal like notes. */
  public record ClientHome(String memberName, String organisationName, String industry, String leadName, String leadEmail, List<String> team) {

    public String teamNames() {
      return String.join(", ", team);
    }
  }
}
