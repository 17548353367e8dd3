package io.banyan.domain.homework;

import io.banyan.domain.shared.TenantOwned;
import io.banyan.domain.team.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an assigned section through the loop: from, to, who and when. Never changes. */
@Entity
@Table(name = "section_transition", indexes = @Index(name = "ix_transition_section", columnList = "assigned_section_id"))
public class SectionTransition extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assigned_section_id", nullable = false)
  private AssignedSection assignedSection;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, length = 20)
  private SectionStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20)
  private SectionStatus to;

  @Column(name = "by_name", nullable = false, length = 254)
  private String byName;

  @Column(name = "by_account_id")
  private Long byAccountId;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  /** On a submission: the section's answers as submitted, so the reviewer sees what changed since the last attempt. */
  @jakarta.persistence.Lob
  @Column(name = "snapshot_json")
  private String snapshotJson;

  protected SectionTransition() {}

  SectionTransition(AssignedSection assignedSection, SectionStatus from, SectionStatus to, Account by, Instant at) {
    this.assignedSection = assignedSection;
    this.from = from;
    this.to = to;
    this.byName = by.getDisplayName();
    this.byAccountId = by.getId();
    this.at = at;
  }

  public void keep(io.banyan.domain.plan.RevisionSnapshot answers) {
    this.snapshotJson = answers.toJson();
  }

  public java.util.Optional<io.banyan.domain.plan.RevisionSnapshot> snapshot() {
    return java.util.Optional.ofNullable(snapshotJson).map(io.banyan.domain.plan.RevisionSnapshot::fromJson);
  }

  public AssignedSection getAssignedSection() {
    return assignedSection;
  }

  public SectionStatus getFrom() {
    return from;
  }

  public SectionStatus getTo() {
    return to;
  }

  public String getByName() {
    return byName;
  }

  public Long getByAccountId() {
    return byAccountId;
  }

  public Instant getAt() {
    return at;
  }
}
