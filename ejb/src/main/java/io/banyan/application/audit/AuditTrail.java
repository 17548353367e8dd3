package io.banyan.application.audit;

import io.banyan.application.plan.Csv;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.domain.shared.Texts;
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
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes and reads a consultancy's audit trail. Written by services; read by the owner. */
@Stateless
public class AuditTrail {

  private static final int CSV_MAX_ROWS = 10_000;

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

  /** The whole trail, newest first. */
  @RolesAllowed(Groups.OWNER)
  public List<AuditEntry> page(int first, int size) {
    return page(AuditQuery.all(), first, size);
  }

  @RolesAllowed(Groups.OWNER)
  public long count() {
    return count(AuditQuery.all());
  }

  /** One page of the entries the query keeps, newest first. */
  @RolesAllowed(Groups.OWNER)
  public List<AuditEntry> page(AuditQuery query, int first, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> e = select.from(AuditEntry.class);
    Where where = Where.of(cb, e, query);
    select.select(e).where(where.predicates()).orderBy(cb.desc(e.get("occurredAt")), cb.desc(e.get("id")));
    return where.bind(em.createQuery(select)).setFirstResult(first).setMaxResults(size).getResultList();
  }

  @RolesAllowed(Groups.OWNER)
  public long count(AuditQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> select = cb.createQuery(Long.class);
    Root<AuditEntry> e = select.from(AuditEntry.class);
    Where where = Where.of(cb, e, query);
    select.select(cb.count(e)).where(where.predicates());
    return where.bind(em.createQuery(select)).getSingleResult();
  }

  /**
   * The entries the query keeps, newest first, as CSV for a spreadsheet: the header and the kinds
   * of event in the reader's language, times in the query's zone as "2026-12-01 18:47".
   */
  @RolesAllowed(Groups.OWNER)
  public String csv(AuditQuery query, Locale locale) {
    DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(query.zone());
    StringBuilder csv = new StringBuilder();
    Csv.line(csv, Texts.of(locale, "audit.csv.when", zoneName(query.zone())), Texts.of(locale, "audit.csv.who"),
        Texts.of(locale, "audit.csv.what"), Texts.of(locale, "audit.csv.detail"));
    for (AuditEntry entry : page(query, 0, CSV_MAX_ROWS)) {
      Csv.line(csv, when.format(entry.getOccurredAt()), entry.getActor(),
          Texts.of(locale, "enum.AuditAction." + entry.getAction().name()), entry.getDetail());
    }
    return csv.toString();
  }

  /**
   * The query's filters, every value a bound parameter (never SQL text). The tenant is not among
   * them: EclipseLink adds it to every query of a tenant-owned entity.
   */
  private record Where(Predicate[] predicates, Map<String, Object> values) {

    static Where of(CriteriaBuilder cb, Root<AuditEntry> e, AuditQuery query) {
      List<Predicate> where = new ArrayList<>();
      Map<String, Object> values = new HashMap<>();
      if (query.actor() != null) {
        // no ESCAPE clause: with one EclipseLink writes every value of the statement into its SQL
        // instead of binding it; the backslash is the default escape character of H2 and MySQL alike
        where.add(cb.like(cb.lower(e.get("actor")), cb.parameter(String.class, "actor")));
        values.put("actor", "%" + likeEscaped(query.actor().toLowerCase(Locale.ROOT)) + "%");
      }
      if (query.action() != null) {
        where.add(cb.equal(e.get("action"), cb.parameter(AuditAction.class, "action")));
        values.put("action", query.action());
      }
      if (query.from() != null) {
        where.add(cb.greaterThanOrEqualTo(e.<Instant>get("occurredAt"), cb.parameter(Instant.class, "from")));
        values.put("from", query.fromInstant());
      }
      if (query.to() != null) {
        where.add(cb.lessThan(e.<Instant>get("occurredAt"), cb.parameter(Instant.class, "until")));
        values.put("until", query.untilInstant());
      }
      return new Where(where.toArray(Predicate[]::new), values);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      values.forEach(query::setParameter);
      return query;
    }
  }

  /** A typed text as a LIKE pattern that matches it literally: its wildcards and backslashes escaped. */
  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String zoneName(ZoneId zone) {
    return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }
}
