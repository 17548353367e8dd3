package io.banyan.domain.audit;

import io.banyan.domain.shared.Excerpt;
import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a consultancy's audit trail: who did what, when (UTC). Never changed once written. */
@Entity
@Table(name = "audit_entry", indexes = @Index(name = "ix_audit_tenant_at", columnList = "tenant_id, occurred_at"))
public class AuditEntry extends TenantOwned {

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 254)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AuditAction action;

  @Column(length = 500)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(Instant occurredAt, String actor, AuditAction action, String detail) {
    this.occurredAt = occurredAt;
    this.actor = clip(actor, 254);
    this.action = action;
    this.detail = Excerpt.of(detail, 500);
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }
}
