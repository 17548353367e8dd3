package io.banyan.domain.homework;

import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.TenantOwned;
import io.banyan.domain.team.Account;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sections of a client's plan handed out as homework together, with a due date and a message. */
@Entity
@Table(name = "assignment", indexes = @Index(name = "ix_assignment_plan", columnList = "plan_id"))
public class Assignment extends TenantOwned {

  public static final int MESSAGE_MAX = 2000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false)
  private Plan plan;

  @Size(max = MESSAGE_MAX, message = "{domain.assignment.message.tooLong}")
  @Column(length = MESSAGE_MAX)
  private String message;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "assigned_by", nullable = false, length = 254)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @OneToMany(mappedBy = "assignment", cascade = CascadeType.PERSIST)
  private List<AssignedSection> sections = new ArrayList<>();

  protected Assignment() {}

  /**
   * Hands sections out; the plan's consultant reviews them. A section already out as homework and
   * not yet approved cannot be handed out twice.
   */
  public static Assignment of(Plan plan, List<TemplateSection> chosen, List<AssignedSection> open, LocalDate dueOn, String message,
      Account reviewer, String by, Instant now, LocalDate today) {
    if (chosen.isEmpty()) {
      throw new BanyanException("error.assign.noSections");
    }
    if (dueOn == null || dueOn.isBefore(today)) {
      throw new BanyanException("error.assign.duePast");
    }
    if (message != null && message.length() > MESSAGE_MAX) {
      throw new BanyanException("error.assign.messageTooLong", MESSAGE_MAX);
    }
    Assignment assignment = new Assignment();
    assignment.plan = plan;
    assignment.dueOn = dueOn;
    assignment.message = message == null || message.isBlank() ? null : message.strip();
    assignment.assignedBy = by;
    assignment.assignedAt = now;
    for (TemplateSection section : chosen) {
      if (!section.getTemplateVersion().isSameAs(plan.getTemplateVersion())) {
        throw new BanyanException("error.assign.notInPlan", section.getTitle());
      }
      boolean out = open.stream().anyMatch(a -> a.getSection().isSameAs(section) && a.getStatus() != SectionStatus.APPROVED);
      if (out) {
        throw new BanyanException("error.assign.alreadyOut", section.getTitle());
      }
      assignment.sections.add(new AssignedSection(assignment, plan, section, dueOn, reviewer));
    }
    return assignment;
  }

  public Plan getPlan() {
    return plan;
  }

  public String getMessage() {
    return message;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public List<AssignedSection> getSections() {
    return List.copyOf(sections);
  }
}
