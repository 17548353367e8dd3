package io.banyan.application.client;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.team.Invitations;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.CannotChangeAccountException;
import io.banyan.domain.team.Role;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Client organisations and their members, kept by owners and consultants. */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
public class ClientService {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Invitations invitations;
  @Inject private ConsultancyService consultancies;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;

  /** One page of clients; the lead consultant comes in the same query (no query per row). */
  public List<ClientOrganisation> page(ClientQuery query, int first, int size) {
    String jpql = "select c from ClientOrganisation c left join fetch c.leadConsultant" + where(query)
        + " order by " + query.sort().path + (query.ascending() ? " asc" : " desc") + ", c.id";
    return bind(em.createQuery(jpql, ClientOrganisation.class), query)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(ClientQuery query) {
    return bind(em.createQuery("select count(c) from ClientOrganisation c" + where(query), Long.class), query).getSingleResult();
  }

  private static String where(ClientQuery query) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (!query.includeArchived()) {
      where.append(" and c.archived = false");
    }
    if (query.search() != null) {
      where.append(" and (lower(c.name) like :search or lower(c.industry) like :search)");
    }
    return where.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> typed, ClientQuery query) {
    if (query.search() != null) {
      String escaped = query.search().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      typed.setParameter("search", "%" + escaped + "%");
    }
    return typed;
  }

  public Optional<ClientOrganisation> find(long id) {
    return Optional.ofNullable(em.find(ClientOrganisation.class, id));
  }

  /** A consultant who adds a client without naming a lead becomes its lead. */
  public ClientOrganisation create(ClientDetails details) {
    requireFreeName(details.name(), -1L);
    ClientOrganisation client = new ClientOrganisation(details.name(), Instant.now());
    client.describe(details.name(), details.industry(), details.size(), details.notes());
    Long leadId = details.leadConsultantId() == null && caller.holds(Role.CONSULTANT) ? Long.valueOf(caller.accountId()) : details.leadConsultantId();
    client.leadBy(lead(leadId));
    em.persist(client);
    audit.record(caller.actor(), AuditAction.CLIENT_SAVED, "created " + client.getName());
    return client;
  }

  public ClientOrganisation update(long id, long expectedVersion, ClientDetails details) {
    ClientOrganisation client = client(id);
    ConcurrentChangeException.check(client, expectedVersion, "client");
    requireFreeName(details.name(), id);
    client.describe(details.name(), details.industry(), details.size(), details.notes());
    client.leadBy(lead(details.leadConsultantId()));
    audit.record(caller.actor(), AuditAction.CLIENT_SAVED, "updated " + client.getName());
    return client;
  }

  public ClientOrganisation archive(long id) {
    ClientOrganisation client = client(id);
    client.archive();
    audit.record(caller.actor(), AuditAction.CLIENT_ARCHIVED, client.getName());
    return client;
  }

  public ClientOrganisation unarchive(long id) {
    ClientOrganisation client = client(id);
    client.unarchive();
    audit.record(caller.actor(), AuditAction.CLIENT_UNARCHIVED, client.getName());
    return client;
  }

  public List<Account> members(long clientId) {
    return em.createNamedQuery("Account.members", Account.class).setParameter("organisation", client(clientId)).getResultList();
  }

  public Account inviteMember(long clientId, EmailAddress email, String displayName) {
    ClientOrganisation client = client(clientId);
    if (client.isArchived()) {
      throw new BanyanException("error.client.archivedInvite", client.getName());
    }
    boolean taken = !em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", email.value()).getResultList().isEmpty();
    if (taken) {
      throw new CannotChangeAccountException("error.account.emailTaken", email.value());
    }
    Account member = Account.clientMember(email, displayName, client, Instant.now());
    em.persist(member);
    invitations.invite(member, consultancies.mine(), caller.actor());
    return member;
  }

  private Account lead(Long consultantId) {
    if (consultantId == null) {
      return null;
    }
    return Optional.ofNullable(em.find(Account.class, consultantId))
        .filter(a -> !a.isClientMember())
        .orElseThrow(() -> new UnknownEntityException("consultant"));
  }

  private void requireFreeName(String name, long exceptId) {
    boolean taken = em.createQuery("select count(c) from ClientOrganisation c where lower(c.name) = lower(:name) and c.id <> :id", Long.class)
        .setParameter("name", name == null ? "" : name.trim())
        .setParameter("id", exceptId)
        .getSingleResult() > 0;
    if (taken) {
      throw new BanyanException("error.client.nameTaken", name.trim());
    }
  }

  private ClientOrganisation client(long id) {
    return find(id).orElseThrow(() -> new UnknownEntityException("client"));
  }

}
