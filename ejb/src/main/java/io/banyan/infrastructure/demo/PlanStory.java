package io.banyan.infrastructure.demo;

import io.banyan.application.notification.Notifier;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.homework.AssignedSection;
import io.banyan.domain.homework.Assignment;
import io.banyan.domain.homework.SectionAction;
import io.banyan.domain.homework.SectionStatus;
import io.banyan.domain.homework.SectionTransition;
import io.banyan.domain.notification.Notification;
import io.banyan.domain.notification.NotificationKind;
import io.banyan.domain.plan.AnswerProblem;
import io.banyan.domain.plan.AnswerRules;
import io.banyan.domain.plan.AnswerValue;
import io.banyan.domain.plan.InvalidAnswerException;
import io.banyan.domain.plan.MetricCheckIn;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanAnswer;
import io.banyan.domain.plan.PlanMetric;
import io.banyan.domain.plan.PlanRevision;
import io.banyan.domain.plan.SocialPlatform;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.review.QuestionComment;
import io.banyan.domain.shared.Excerpt;
import io.banyan.domain.shared.Wording;
import io.banyan.domain.team.Account;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One demo plan's history, written step by step as the services write it (HomeworkService,
 * ReviewService, PlanService, PlanRevisions, MetricCheckIns), at the times given and without their
 * security checks: the same domain methods, rules, transitions, revisions, notifications and audit
 * entries. Mails are left out: nobody should find a pile of demo mail. Sections and questions are
 * named by the template's section titles and the questions' positions in them.
 */
final class PlanStory {

  private static final Set<String> PLATFORMS = Set.copyOf(SocialPlatform.DEFAULTS);

  private final EntityManager em;
  private final Plan plan;
  private final List<Account> members;
  private final List<AssignedSection> handedOut = new ArrayList<>();
  private final List<Notification> told = new ArrayList<>();

  private PlanStory(EntityManager em, Plan plan) {
    this.em = em;
    this.plan = plan;
    this.members = em.createNamedQuery("Account.members", Account.class).setParameter("organisation", plan.getClient()).getResultList();
  }

  /** Like PlanService.create with no title: the template's name for the client. */
  static PlanStory start(EntityManager em, ClientOrganisation client, TemplateVersion version, Account consultant, Instant at) {
    Plan plan = Plan.start(client, version, consultant, version.getTemplate().getName() + " for " + client.getName(), at);
    em.persist(plan);
    em.flush();
    PlanStory story = new PlanStory(em, plan);
    story.audit(consultant, at, AuditAction.PLAN_CREATED, "started plan '" + plan.getTitle() + "' for " + client.getName() + " from "
        + version.getTemplate().getName() + " v" + version.getNumber());
    return story;
  }

  Plan plan() {
    return plan;
  }

  /** Like HomeworkService.assign: the plan's consultant reviews; the client's members hear of it. */
  void handOut(Account by, Instant at, LocalDate due, String message, String... sectionTitles) {
    List<TemplateSection> chosen = Arrays.stream(sectionTitles).map(this::section).toList();
    Assignment assignment = Assignment.of(plan, chosen, List.copyOf(handedOut), due, message, plan.getConsultant(), actor(by), at, dayOf(at));
    em.persist(assignment);
    em.flush();
    handedOut.addAll(assignment.getSections());
    String titles = String.join(", ", sectionTitles);
    audit(by, at, AuditAction.HOMEWORK_ASSIGNED, "handed out " + titles + " of '" + plan.getTitle() + "', due " + due);
    members.forEach(m -> tell(m, NotificationKind.HOMEWORK_ASSIGNED, planLink(), at, by.getDisplayName(), titles, due));
  }

  /** Like PlanService.saveAnswer: the question's rules first, then the homework loop, then the value. */
  void answer(Account by, Instant at, String sectionTitle, int question, AnswerValue value) {
    TemplateQuestion asked = question(sectionTitle, question);
    List<AnswerProblem> problems = AnswerRules.check(asked.getKind(), asked.getSettings(), value, rulesOn(at));
    if (!problems.isEmpty()) {
      throw new InvalidAnswerException(problems);
    }
    latest(sectionTitle).ifPresent(section -> {
      if (by.isClientMember() && !section.getStatus().isEditableByClient()) {
        throw new IllegalStateException("A client cannot change '" + sectionTitle + "' while it is " + section.getStatus());
      }
      if (by.isClientMember()) {
        step(section, SectionAction.EDIT, by, at);
      }
      section.editedBy(by);
    });
    PlanAnswer answer = plan.answer(asked.getKey()).orElseThrow();
    answer.record(value, actor(by), at);
  }

  /** Like HomeworkService.submit: complete answers only; the reviewer gets a copy of them and a notification. */
  void submit(Account by, Instant at, String sectionTitle) {
    AssignedSection section = handedOut(sectionTitle);
    for (TemplateQuestion question : section.getSection().getQuestions()) {
      AnswerValue value = plan.answer(question.getKey()).map(PlanAnswer::value).orElse(null);
      List<AnswerProblem> problems = AnswerRules.checkComplete(question.getKind(), question.getSettings(), question.isRequired(), value,
          rulesOn(at));
      if (!problems.isEmpty()) {
        throw new IllegalStateException("'" + question.getLabel() + "' is not ready to submit: " + problems);
      }
    }
    if (section.getStatus().isEditableByClient() && section.getStatus() != SectionStatus.DRAFT) {
      step(section, SectionAction.EDIT, by, at);
    }
    List<String> keys = section.getSection().getQuestions().stream().map(TemplateQuestion::getKey).toList();
    step(section, SectionAction.SUBMIT, by, at).ifPresent(t -> {
      t.keep(plan.snapshot().only(keys));
      tell(section.getReviewer(), NotificationKind.SUBMITTED, reviewLink(section), at, plan.getClient().getName(), sectionTitle);
    });
  }

  /** Like HomeworkService.startReview: the reviewer opened it; the client can no longer withdraw. */
  void startReview(Account by, Instant at, String sectionTitle) {
    step(handedOut(sectionTitle), SectionAction.START_REVIEW, by, at);
  }

  /** Like ReviewService.comment: a thread on one question of the section as handed out last. */
  QuestionComment comment(Account by, Instant at, String sectionTitle, int question, String body) {
    AssignedSection section = handedOut(sectionTitle);
    QuestionComment comment = QuestionComment.open(section, question(sectionTitle, question).getKey(), by, body, at);
    em.persist(comment);
    audit(by, at, AuditAction.COMMENTED, "commented on '" + sectionTitle + "' of '" + plan.getTitle() + "'");
    return comment;
  }

  /** Like ReviewService.reply: the other side hears of it, with the reply's beginning. */
  QuestionComment reply(Account by, Instant at, QuestionComment to, String body) {
    QuestionComment reply = to.reply(by, body, at);
    em.persist(reply);
    AssignedSection section = to.getAssignedSection();
    String quote = Excerpt.of(reply.getBody(), Notifier.QUOTE_MAX);
    if (by.isClientMember()) {
      tell(section.getReviewer(), NotificationKind.COMMENT_REPLY, reviewLink(section), at, by.getDisplayName(), section.getSectionTitle(), quote);
    } else {
      members.forEach(m -> tell(m, NotificationKind.COMMENT_REPLY, planLink(), at, by.getDisplayName(), section.getSectionTitle(), quote));
    }
    return reply;
  }

  /** Like HomeworkService.requestChanges: only after a staff comment on this attempt. */
  void requestChanges(Account by, Instant at, String sectionTitle) {
    AssignedSection section = handedOut(sectionTitle);
    long comments = em.createQuery("select count(c) from QuestionComment c where c.assignedSection = :s and c.fromStaff = true"
            + " and c.writtenAt >= :since", Long.class)
        .setParameter("s", section)
        .setParameter("since", section.getSubmittedAt())
        .getSingleResult();
    if (comments == 0) {
      throw new IllegalStateException("Comment on '" + sectionTitle + "' before asking for changes");
    }
    reviewable(section, by, at);
    step(section, SectionAction.REQUEST_CHANGES, by, at).ifPresent(t -> members.forEach(m ->
        tell(m, NotificationKind.CHANGES_REQUESTED, planLink(), at, by.getDisplayName(), sectionTitle)));
  }

  /** Like HomeworkService.approve: the plan gets the revision "Section '…' approved". */
  void approve(Account by, Instant at, String sectionTitle) {
    AssignedSection section = handedOut(sectionTitle);
    reviewable(section, by, at);
    step(section, SectionAction.APPROVE, by, at).ifPresent(t -> {
      em.persist(plan.markRevision("Section '" + sectionTitle + "' approved", actor(by), at));
      members.forEach(m -> tell(m, NotificationKind.APPROVED, planLink(), at, by.getDisplayName(), sectionTitle));
    });
  }

  /** Like PlanRevisions.mark: the plan as it stands, with why. */
  void markRevision(Account by, Instant at, String reason) {
    PlanRevision revision = plan.markRevision(reason, actor(by), at);
    em.persist(revision);
    audit(by, at, AuditAction.PLAN_REVISED, "revision " + revision.getNumber() + " of '" + plan.getTitle() + "': " + revision.getReason());
  }

  /** The metric a question of the plan defines, as the metrics page lists it. */
  PlanMetric metric(String sectionTitle, int question) {
    String key = question(sectionTitle, question).getKey();
    return plan.metrics().stream().filter(m -> m.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No metric is defined in '" + sectionTitle + "' yet"));
  }

  /** Like MetricCheckIns.record, for a metric and date not recorded before. */
  void checkIn(Account by, Instant at, PlanMetric metric, LocalDate measuredOn, int actual) {
    em.persist(new MetricCheckIn(plan, metric, measuredOn, BigDecimal.valueOf(actual), actor(by), at));
  }

  /** What the daily reminder run leaves in the bells of the client's members for a section past its due date. */
  void remindOverdue(Instant at, String sectionTitle) {
    AssignedSection section = handedOut(sectionTitle);
    if (!section.isLate(dayOf(at))) {
      throw new IllegalStateException("'" + sectionTitle + "' is not overdue on " + dayOf(at));
    }
    members.forEach(m -> tell(m, NotificationKind.OVERDUE, planLink(), at, sectionTitle, section.getDueOn()));
  }

  /** Everything this story told before {@code cutoff} was read an hour after it came; the rest waits in the bells. */
  void readBefore(Instant cutoff) {
    told.stream().filter(n -> n.getCreatedAt().isBefore(cutoff)).forEach(n -> n.markRead(n.getCreatedAt().plus(1, ChronoUnit.HOURS)));
  }

  /** Like HomeworkService's step: none when the section is already where the action leads. */
  private Optional<SectionTransition> step(AssignedSection section, SectionAction action, Account by, Instant at) {
    Optional<SectionTransition> transition = section.apply(action, by, at);
    transition.ifPresent(t -> {
      em.persist(t);
      audit(by, at, AuditAction.HOMEWORK_CHANGED, "'" + section.getSectionTitle() + "' of '" + plan.getTitle() + "': " + t.getFrom()
          + " → " + t.getTo());
    });
    return transition;
  }

  /** A submitted section is moved into review first, as HomeworkService does before a decision. */
  private void reviewable(AssignedSection section, Account by, Instant at) {
    if (section.getStatus() == SectionStatus.SUBMITTED) {
      step(section, SectionAction.START_REVIEW, by, at);
    }
  }

  private void tell(Account recipient, NotificationKind kind, String link, Instant at, Object... params) {
    Notification notification = new Notification(recipient, kind, Wording.of(Notification.wordingKey(kind), params).params(), link, at);
    em.persist(notification);
    told.add(notification);
  }

  private void audit(Account by, Instant at, AuditAction action, String detail) {
    em.persist(new AuditEntry(at, actor(by), action, detail));
  }

  private TemplateSection section(String title) {
    return plan.getTemplateVersion().getSections().stream().filter(s -> s.getTitle().equals(title)).findFirst()
        .orElseThrow(() -> new IllegalStateException("The plan's template has no section '" + title + "'"));
  }

  private TemplateQuestion question(String sectionTitle, int index) {
    return section(sectionTitle).getQuestions().get(index);
  }

  /** The section as handed out last, as HomeworkService.answerChanged finds it. */
  private Optional<AssignedSection> latest(String sectionTitle) {
    TemplateSection section = section(sectionTitle);
    for (int i = handedOut.size() - 1; i >= 0; i--) {
      if (handedOut.get(i).getSection().isSameAs(section)) {
        return Optional.of(handedOut.get(i));
      }
    }
    return Optional.empty();
  }

  private AssignedSection handedOut(String sectionTitle) {
    return latest(sectionTitle).orElseThrow(() -> new IllegalStateException("'" + sectionTitle + "' was not handed out"));
  }

  private String planLink() {
    return "plan?p=" + plan.getId();
  }

  private static String reviewLink(AssignedSection section) {
    return "review?s=" + section.getId();
  }

  private static AnswerRules.Context rulesOn(Instant at) {
    return new AnswerRules.Context(dayOf(at), PLATFORMS);
  }

  private static LocalDate dayOf(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  /** How the audit trail and the answers name a person: by e-mail, as Caller.actor does. */
  private static String actor(Account person) {
    return person.getEmail().value();
  }
}
