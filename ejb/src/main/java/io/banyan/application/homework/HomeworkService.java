package io.banyan.application.homework;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.notification.Notifier;
import io.banyan.application.plan.PlanAccess;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.homework.AssignedSection;
import io.banyan.domain.homework.Assignment;
import io.banyan.domain.homework.SectionAction;
import io.banyan.domain.homework.SectionStatus;
import io.banyan.domain.homework.SectionTransition;
import io.banyan.domain.notification.NotificationKind;
import io.banyan.domain.plan.AnswerRules;
import io.banyan.domain.plan.AnswerProblem;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanAnswer;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.Phrase;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The homework loop: consultants hand sections out, clients submit them, reviewers decide. Every
 * state change locks the section's row first, so a double click, two tabs or two reviewers at once
 * make exactly one transition, one revision and one audit entry.
 */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.CLIENT})
public class HomeworkService {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private PlanAccess access;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private Notifier notifier;
  @Inject private io.banyan.application.plan.PlatformList platforms;

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public Assignment assign(long planId, List<Long> sectionIds, LocalDate dueOn, String message) {
    Plan plan = access.complete(planId);
    List<TemplateSection> chosen = plan.getTemplateVersion().getSections().stream().filter(s -> sectionIds.contains(s.getId())).toList();
    if (chosen.size() != Set.copyOf(sectionIds).size()) {
      throw new UnknownEntityException("sectionInPlan");
    }
    Account me = access.me();
    Assignment assignment = Assignment.of(plan, chosen, sectionsOf(plan), dueOn, message, plan.getConsultant(), caller.actor(),
        Instant.now(), today());
    em.persist(assignment);
    String titles = String.join(", ", chosen.stream().map(TemplateSection::getTitle).toList());
    audit.record(caller.actor(), AuditAction.HOMEWORK_ASSIGNED, "handed out " + titles + " of '" + plan.getTitle() + "', due " + dueOn);
    for (Account member : members(plan)) {
      notifier.tell(member, NotificationKind.HOMEWORK_ASSIGNED, "plan?p=" + plan.getId(), me.getDisplayName(), titles, dueOn);
    }
    return assignment;
  }

  /** The plan's sections out as homework, in the plan's order. */
  public List<AssignedSection> forPlan(long planId) {
    return sectionsOf(access.plan(planId));
  }

  /** Everything handed to the signed-in client member's organisation, most urgent first. */
  @RolesAllowed(Groups.CLIENT)
  public List<AssignedSection> myHomework() {
    Account me = access.me();
    return em.createQuery("select a from AssignedSection a join fetch a.plan p join fetch a.assignment where p.client = :client"
            + " order by a.dueOn, a.sectionTitle", AssignedSection.class)
        .setParameter("client", me.getOrganisation())
        .getResultList();
  }

  public Optional<AssignedSection> find(long assignedId) {
    return Optional.ofNullable(em.find(AssignedSection.class, assignedId)).filter(a -> a.getPlan().isOpenTo(access.me()));
  }

  public List<SectionTransition> history(long assignedId) {
    AssignedSection section = find(assignedId).orElseThrow(() -> new UnknownEntityException("homework"));
    return em.createQuery("select t from SectionTransition t where t.assignedSection = :s order by t.at, t.id", SectionTransition.class)
        .setParameter("s", section)
        .getResultList();
  }

  @RolesAllowed(Groups.CLIENT)
  public AssignedSection submit(long assignedId) {
    AssignedSection section = locked(assignedId);
    if (section.getStatus() != SectionStatus.SUBMITTED) {
      List<Phrase> missing = missing(section);
      if (!missing.isEmpty()) {
        throw new BanyanException("error.submit.missing", section.getSectionTitle(), Phrase.joined("; ", missing));
      }
    }
    if (section.getStatus().isEditableByClient() && section.getStatus() != SectionStatus.DRAFT) {
      // answered before it was handed out, or resubmitted as it stands after a reply: it passes through draft as the loop says
      step(section, SectionAction.EDIT);
    }
    step(section, SectionAction.SUBMIT).ifPresent(t -> {
      t.keep(access.complete(section.getPlan().getId()).snapshot().only(keysOf(section)));
      notifier.tell(section.getReviewer(), NotificationKind.SUBMITTED, "review?s=" + section.getId(),
          section.getPlan().getClient().getName(), section.getSectionTitle());
    });
    return section;
  }

  @RolesAllowed(Groups.CLIENT)
  public AssignedSection withdraw(long assignedId) {
    AssignedSection section = locked(assignedId);
    step(section, SectionAction.WITHDRAW);
    return section;
  }

  /** The reviewer opens a submitted section: it is now in review and the client can no longer withdraw it. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public AssignedSection startReview(long assignedId) {
    AssignedSection section = locked(assignedId);
    if (section.getStatus() == SectionStatus.SUBMITTED && isReviewer(section)) {
      step(section, SectionAction.START_REVIEW);
    }
    return section;
  }

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public AssignedSection requestChanges(long assignedId) {
    AssignedSection section = reviewable(assignedId);
    if (section.getStatus() != SectionStatus.CHANGES_REQUESTED) {
      long comments = em.createQuery("select count(c) from QuestionComment c where c.assignedSection = :s and c.fromStaff = true"
              + " and c.writtenAt >= :since", Long.class)
          .setParameter("s", section)
          .setParameter("since", section.getSubmittedAt())
          .getSingleResult();
      if (comments == 0) {
        throw new BanyanException("error.review.noComment");
      }
    }
    step(section, SectionAction.REQUEST_CHANGES).ifPresent(t -> members(section.getPlan()).forEach(m -> notifier.tell(m,
        NotificationKind.CHANGES_REQUESTED, "plan?p=" + section.getPlan().getId(), access.me().getDisplayName(), section.getSectionTitle())));
    return section;
  }

  /** Approves the section and records the plan's new revision. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public AssignedSection approve(long assignedId) {
    AssignedSection section = reviewable(assignedId);
    step(section, SectionAction.APPROVE).ifPresent(t -> {
      Plan plan = access.complete(section.getPlan().getId());
      em.persist(plan.markRevision("Section '" + section.getSectionTitle() + "' approved", caller.actor(), Instant.now()));
      members(plan).forEach(m -> notifier.tell(m, NotificationKind.APPROVED, "plan?p=" + plan.getId(),
          access.me().getDisplayName(), section.getSectionTitle()));
    });
    return section;
  }

  /** Results came in: an approved section goes back to the client as homework. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public AssignedSection reopen(long assignedId, LocalDate newDue) {
    AssignedSection section = locked(assignedId);
    requireStaffOn(section);
    if (step(section, SectionAction.REOPEN).isPresent() && newDue != null) {
      section.extendTo(newDue, today());
    }
    return section;
  }

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public AssignedSection extend(long assignedId, LocalDate newDue) {
    AssignedSection section = locked(assignedId);
    requireStaffOn(section);
    section.extendTo(newDue, today());
    audit.record(caller.actor(), AuditAction.HOMEWORK_CHANGED, "extended '" + section.getSectionTitle() + "' of '"
        + section.getPlan().getTitle() + "' to " + newDue);
    return section;
  }

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public AssignedSection excuse(long assignedId) {
    AssignedSection section = locked(assignedId);
    requireStaffOn(section);
    section.excuse();
    audit.record(caller.actor(), AuditAction.HOMEWORK_CHANGED, "excused '" + section.getSectionTitle() + "' of '"
        + section.getPlan().getTitle() + "'");
    return section;
  }

  @RolesAllowed(Groups.OWNER)
  public AssignedSection reassignReviewer(long assignedId, long consultantId) {
    AssignedSection section = locked(assignedId);
    Account reviewer = Optional.ofNullable(em.find(Account.class, consultantId))
        .filter(a -> a.getRoles().has(Role.CONSULTANT) || a.getRoles().has(Role.OWNER))
        .filter(a -> a.getStatus() != io.banyan.domain.team.AccountStatus.DEACTIVATED)
        .orElseThrow(() -> new UnknownEntityException("consultant"));
    // the review page shows the plan: a reviewer who may not open it could never decide
    if (!section.getPlan().isOpenTo(reviewer)) {
      throw new BanyanException("error.review.reviewerNotOnPlan", reviewer.getDisplayName(), section.getPlan().getTitle());
    }
    section.reviewBy(reviewer);
    audit.record(caller.actor(), AuditAction.HOMEWORK_CHANGED, "'" + section.getSectionTitle() + "' of '"
        + section.getPlan().getTitle() + "' is now reviewed by " + reviewer.getDisplayName());
    return section;
  }

  /**
   * Called when an answer changes: a section with the client moves to draft, and the editor is
   * remembered so they cannot approve their own work. A client cannot change a section waiting for
   * or through review.
   */
  public void answerChanged(Plan plan, TemplateQuestion question, Account editor) {
    // no row limit next to the lock: H2 and EclipseLink write "FOR UPDATE LIMIT", which is no SQL; a section
    // is handed out again only once approved, so these are a few rows, and locking them all is harmless
    List<AssignedSection> open = em.createQuery("select a from AssignedSection a where a.plan = :plan and a.section = :section"
            + " order by a.id desc", AssignedSection.class)
        .setParameter("plan", plan)
        .setParameter("section", question.getSection())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    if (open.isEmpty()) {
      return;
    }
    AssignedSection section = open.get(0);
    if (editor.isClientMember() && !section.getStatus().isEditableByClient()) {
      throw section.getStatus() == SectionStatus.SUBMITTED
          ? new BanyanException("error.homework.lockedSubmitted", section.getSectionTitle())
          : new BanyanException("error.homework.locked", section.getSectionTitle(), Phrase.lowerCaseLabel(section.getStatus()));
    }
    if (editor.isClientMember()) {
      step(section, SectionAction.EDIT);
    }
    section.editedBy(editor);
  }

  private Optional<SectionTransition> step(AssignedSection section, SectionAction action) {
    Optional<SectionTransition> transition = section.apply(action, access.me(), Instant.now());
    transition.ifPresent(t -> {
      em.persist(t);
      audit.record(caller.actor(), AuditAction.HOMEWORK_CHANGED, "'" + section.getSectionTitle() + "' of '"
          + section.getPlan().getTitle() + "': " + t.getFrom() + " → " + t.getTo());
    });
    return transition;
  }

  /** The section, locked until the transaction ends, if the caller works on its plan. */
  private AssignedSection locked(long assignedId) {
    AssignedSection section = Optional.ofNullable(em.find(AssignedSection.class, assignedId, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> new UnknownEntityException("homework"));
    Account me = access.me();
    if (!section.getPlan().isOpenTo(me)) {
      throw new UnknownEntityException("homework");
    }
    return section;
  }

  /** Locked and in the hands of a reviewer: moved into review first if it was only submitted. */
  private AssignedSection reviewable(long assignedId) {
    AssignedSection section = locked(assignedId);
    requireStaffOn(section);
    if (section.getStatus() == SectionStatus.SUBMITTED) {
      step(section, SectionAction.START_REVIEW);
    }
    return section;
  }

  private void requireStaffOn(AssignedSection section) {
    if (access.me().isClientMember()) {
      throw new UnknownEntityException("homework");
    }
  }

  private boolean isReviewer(AssignedSection section) {
    return section.getReviewer().isSameAs(access.me()) || caller.holds(Role.OWNER);
  }

  private List<Phrase> missing(AssignedSection section) {
    Plan plan = access.complete(section.getPlan().getId());
    Map<String, PlanAnswer> answers = plan.currentAnswers();
    List<Phrase> missing = new ArrayList<>();
    for (TemplateQuestion question : section.getSection().getQuestions()) {
      PlanAnswer answer = answers.get(question.getKey());
      List<AnswerProblem> problems = AnswerRules.checkComplete(question.getKind(), question.getSettings(), question.isRequired(),
          answer == null ? null : answer.value(), new AnswerRules.Context(today(), Set.copyOf(platforms.names())));
      problems.stream().findFirst().ifPresent(p -> missing.add(Phrase.of("error.submit.missingItem", question.getLabel(), p)));
    }
    return missing;
  }

  private static List<String> keysOf(AssignedSection section) {
    return section.getSection().getQuestions().stream().map(TemplateQuestion::getKey).toList();
  }

  /**
   * The section's answers as last submitted beside the attempt before, for the reviewer; empty
   * on a first submission.
   */
  public List<io.banyan.domain.plan.RevisionComparison.Row> sinceLastAttempt(long assignedId) {
    List<io.banyan.domain.plan.RevisionSnapshot> attempts = history(assignedId).stream()
        .filter(t -> t.getTo() == SectionStatus.SUBMITTED)
        .map(SectionTransition::snapshot)
        .flatMap(Optional::stream)
        .toList();
    if (attempts.size() < 2) {
      return List.of();
    }
    return io.banyan.domain.plan.RevisionComparison.between(attempts.get(attempts.size() - 2), attempts.get(attempts.size() - 1));
  }

  private List<AssignedSection> sectionsOf(Plan plan) {
    return em.createQuery("select a from AssignedSection a join a.section s where a.plan = :plan order by s.position, a.id",
            AssignedSection.class)
        .setParameter("plan", plan)
        .getResultList();
  }

  private List<Account> members(Plan plan) {
    return em.createNamedQuery("Account.members", Account.class).setParameter("organisation", plan.getClient()).getResultList();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
