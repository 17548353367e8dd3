package io.banyan.domain.plan;

import io.banyan.domain.shared.InvalidValueException;
import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A marked state of a living plan: who marked it, when, why, and every answer as it stood. */
@Entity
@Table(
    name = "plan_revision",
    uniqueConstraints = @UniqueConstraint(name = "uk_revision_number", columnNames = {"tenant_id", "plan_id", "number"}),
    indexes = @Index(name = "ix_revision_plan", columnList = "plan_id"))
public class PlanRevision extends TenantOwned {

  public static final int REASON_MAX = 500;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false)
  private Plan plan;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = REASON_MAX)
  private String reason;

  @Column(name = "made_by", nullable = false, length = 254)
  private String madeBy;

  @Column(name = "made_at", nullable = false)
  private Instant madeAt;

  @Column(name = "template_version_number", nullable = false)
  private int templateVersionNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "maturity_stage", length = 12)
  private MaturityStage maturity;

  @Lob
  @Column(name = "snapshot_json", nullable = false)
  private String snapshotJson;

  protected PlanRevision() {}

  PlanRevision(Plan plan, int number, String reason, String madeBy, Instant madeAt, int templateVersionNumber, RevisionSnapshot snapshot) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidValueException("invalid.revision.reason");
    }
    if (why.length() > REASON_MAX) {
      throw new InvalidValueException("invalid.revision.reasonLong", REASON_MAX);
    }
    this.plan = plan;
    this.number = number;
    this.reason = why;
    this.madeBy = madeBy;
    this.madeAt = madeAt;
    this.templateVersionNumber = templateVersionNumber;
    this.maturity = snapshot.maturity().orElse(null);
    this.snapshotJson = snapshot.toJson();
  }

  public RevisionSnapshot snapshot() {
    return RevisionSnapshot.fromJson(snapshotJson);
  }

  public Plan getPlan() {
    return plan;
  }

  public int getNumber() {
    return number;
  }

  public String getReason() {
    return reason;
  }

  public String getMadeBy() {
    return madeBy;
  }

  public Instant getMadeAt() {
    return madeAt;
  }

  public int getTemplateVersionNumber() {
    return templateVersionNumber;
  }

  public MaturityStage getMaturity() {
    return maturity;
  }
}
