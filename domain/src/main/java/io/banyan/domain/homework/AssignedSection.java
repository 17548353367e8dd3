package io.banyan.domain.homework;

import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.shared.BanyanException;
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
import java.time.LocalDate;
import java.util.Optional;

/**
 * One plan section out as homework: its state in the review loop, its due date and flags, and who
 * reviews it. Every change of state is returned as a {@link SectionTransition} to keep.
 */
@Entity
@Table(
    name = "assigned_section",
    indexes = {
      @Index(name = "ix_assigned_plan", columnList = "plan_id"),
      @Index(name = "ix_assigned_assignment", columnList = "assignment_id"),
      @Index(name = "ix_assigned_reviewer", columnList = "reviewer_id"),
      @Index(name = "ix_assigned_section", columnList = "section_id")
    })
public class AssignedSection extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assignment_id", nullable = false)
  private Assignment assignment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false)
  private Plan plan;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private TemplateSection section;

  @Column(name = "section_title", nullable = false, length = 200)
  private String sectionTitle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SectionStatus status = SectionStatus.NOT_STARTED;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(nullable = false)
  private boolean extended;

  @Column(nullable = false)
  private boolean excused;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reviewer_id", nullable = false)
  private Account reviewer;

  /** Who last changed an answer of this section: they may not approve it themselves. */
  @Column(name = "last_editor_id")
  private Long lastEditorId;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "changed_at")
  private Instant changedAt;

  protected AssignedSection() {}

  AssignedSection(Assignment assignment, Plan plan, TemplateSection section, LocalDate dueOn, Account reviewer) {
    this.assignment = assignment;
    this.plan = plan;
    this.section = section;
    this.sectionTitle = section.getTitle();
    this.dueOn = dueOn;
    this.reviewer = reviewer;
  }

  /**
   * Does the action. Empty when the section is already where the action leads (the second of two
   * clicks); refused when the current state does not allow it.
   */
  public Optional<SectionTransition> apply(SectionAction action, Account by, Instant now) {
    if (status == action.leadsTo()) {
      return Optional.empty();
    }
    if (!action.startsFrom(status)) {
      throw new IllegalTransitionException(action, status, sectionTitle);
    }
    if (action == SectionAction.APPROVE && lastEditorId != null && by.getId() != null && lastEditorId.equals(by.getId())) {
      throw new BanyanException("error.homework.ownApproval", sectionTitle);
    }
    SectionStatus from = status;
    status = action.leadsTo();
    changedAt = now;
    if (action == SectionAction.SUBMIT) {
      submittedAt = now;
    }
    return Optional.of(new SectionTransition(this, from, status, by, now));
  }

  /** An answer of this section was changed by this person. */
  public void editedBy(Account editor) {
    this.lastEditorId = editor.getId();
  }

  public void extendTo(LocalDate newDue, LocalDate today) {
    if (newDue == null || !newDue.isAfter(today)) {
      throw new BanyanException("error.homework.extendPast");
    }
    if (status == SectionStatus.APPROVED) {
      throw new BanyanException("error.homework.extendApproved", sectionTitle);
    }
    dueOn = newDue;
    extended = true;
  }

  public void excuse() {
    if (status == SectionStatus.APPROVED) {
      throw new BanyanException("error.homework.excuseApproved", sectionTitle);
    }
    excused = true;
  }

  public void reviewBy(Account newReviewer) {
    this.reviewer = newReviewer;
  }

  /** Past its due date and still with the client. */
  public boolean isLate(LocalDate today) {
    return !excused && today.isAfter(dueOn) && status.isEditableByClient();
  }

  public Assignment getAssignment() {
    return assignment;
  }

  public Plan getPlan() {
    return plan;
  }

  public TemplateSection getSection() {
    return section;
  }

  public String getSectionTitle() {
    return sectionTitle;
  }

  public SectionStatus getStatus() {
    return status;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public boolean isExtended() {
    return extended;
  }

  public boolean isExcused() {
    return excused;
  }

  public Account getReviewer() {
    return reviewer;
  }

  public Long getLastEditorId() {
    return lastEditorId;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
