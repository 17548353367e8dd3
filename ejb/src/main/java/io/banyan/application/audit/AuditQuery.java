package io.banyan.application.audit;

import io.banyan.domain.audit.AuditAction;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What the audit trail shows: optionally only the entries whose actor contains a text (case
 * ignored), of one kind, and between two days inclusive. The days are days of {@code zone}, the
 * reader's, since the trail itself is kept in UTC. Two days given the wrong way round are taken
 * the right way round.
 */
public record AuditQuery(String actor, AuditAction action, LocalDate from, LocalDate to, ZoneId zone) implements Serializable {

  public AuditQuery {
    actor = actor == null || actor.isBlank() ? null : actor.strip();
    zone = zone == null ? ZoneOffset.UTC : zone;
    if (from != null && to != null && from.isAfter(to)) {
      LocalDate earlier = to;
      to = from;
      from = earlier;
    }
  }

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, ZoneOffset.UTC);
  }

  /** The first instant of the first day, if there is one. */
  public Instant fromInstant() {
    return from == null ? null : from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the last day (exclusive), if there is one. */
  public Instant untilInstant() {
    return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** True when any filter narrows the trail. */
  public boolean narrowed() {
    return actor != null || action != null || from != null || to != null;
  }
}
