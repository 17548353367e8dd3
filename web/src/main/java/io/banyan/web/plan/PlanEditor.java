package io.banyan.web.plan;

import io.banyan.application.plan.PlanRevisions;
import io.banyan.application.plan.PlanService;
import io.banyan.application.plan.PlatformList;
import io.banyan.domain.plan.AnswerValue;
import io.banyan.domain.plan.InvalidAnswerException;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanAnswer;
import io.banyan.domain.plan.Progress;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.shared.Texts;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.web.shared.Dates;
import io.banyan.web.shared.Failures;
import io.banyan.web.shared.Pages;
import io.banyan.web.tenancy.CurrentTenant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The plan editor, the same page for staff and client members: every question by its kind, each
 * answer saved on its own as the person types.
 */
@Named
@ViewScoped
public class PlanEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlanService plans;
  @Inject private PlanRevisions revisions;
  @Inject private PlatformList platformList;
  @Inject private CurrentTenant tenant;
  @Inject private io.banyan.application.homework.HomeworkService homework;
  @Inject private io.banyan.application.review.ReviewService reviews;
  @Inject private io.banyan.application.team.StaffService staff;
  @Inject private Dates dates;

  private String planParam;
  private Plan plan;
  private final Map<String, AnswerForm> forms = new LinkedHashMap<>();
  private List<String> platforms;
  private TemplateVersion newerVersion;

  public void load() {
    Optional<Long> id = Pages.id(planParam);
    try {
      plan = plans.editor(id.orElseThrow(() -> new UnknownEntityException("plan")));
    } catch (UnknownEntityException e) {
      Pages.notFound();
      return;
    }
    forms.clear();
    Map<String, PlanAnswer> answers = plan.currentAnswers();
    for (TemplateSection section : plan.getTemplateVersion().getSections()) {
      for (TemplateQuestion question : section.getQuestions()) {
        PlanAnswer answer = answers.get(question.getKey());
        forms.put(question.getKey(), formOf(question, answer));
      }
    }
    platforms = platformList.names();
    newerVersion = revisions.newerVersion(plan.getId()).orElse(null);
    loadHomework();
  }

  private final Map<Long, io.banyan.domain.homework.AssignedSection> homeworkBySection = new java.util.HashMap<>();
  private final Map<String, List<io.banyan.domain.review.QuestionComment>> commentsByQuestion = new java.util.HashMap<>();
  private String replyText;

  /** The latest homework of each section, and the comments on its questions. */
  private void loadHomework() {
    homeworkBySection.clear();
    commentsByQuestion.clear();
    for (io.banyan.domain.homework.AssignedSection a : homework.forPlan(plan.getId())) {
      homeworkBySection.put(a.getSection().getId(), a);
    }
    for (io.banyan.domain.homework.AssignedSection a : homeworkBySection.values()) {
      List<io.banyan.domain.review.QuestionComment> all = reviews.comments(a.getId());
      // each thread reads as a unit: the opening comment, then its replies in order
      for (io.banyan.domain.review.QuestionComment root : all) {
        if (root.getThread() == null) {
          List<io.banyan.domain.review.QuestionComment> list = commentsByQuestion.computeIfAbsent(root.getQuestionKey(), k -> new java.util.ArrayList<>());
          list.add(root);
          all.stream().filter(c -> c.getThread() != null && c.getThread().isSameAs(root)).forEach(list::add);
        }
      }
    }
  }

  public java.time.LocalDate getToday() {
    return java.time.LocalDate.now(java.time.ZoneOffset.UTC);
  }

  /** Homework the consultant hands out from this page. */
  private List<Long> assignSections = new java.util.ArrayList<>();
  private java.time.LocalDate assignDue;
  private String assignMessage;
  private final Map<Long, java.time.LocalDate> newDueDates = new java.util.HashMap<>();

  public List<TemplateSection> getAssignableSections() {
    return plan.getTemplateVersion().getSections().stream()
        .filter(s -> homeworkOf(s) == null || homeworkOf(s).getStatus() == io.banyan.domain.homework.SectionStatus.APPROVED)
        .toList();
  }

  public List<io.banyan.domain.homework.AssignedSection> getHomework() {
    return plan.getTemplateVersion().getSections().stream().map(this::homeworkOf).filter(java.util.Objects::nonNull).toList();
  }

  public void assign() {
    try {
      homework.assign(plan.getId(), assignSections, assignDue, assignMessage);
      Messages.addGlobalInfo("plan.assign.done", assignSections.size(), dates.date(assignDue));
      assignSections = new java.util.ArrayList<>();
      assignMessage = null;
    } catch (RuntimeException e) {
      Failures.show(e);
    }
    loadHomework();
  }

  public void extend(io.banyan.domain.homework.AssignedSection a) {
    staffAction(() -> homework.extend(a.getId(), newDueDates.get(a.getId())), "plan.homework.extended.done", a.getSectionTitle(),
        dates.date(newDueDates.get(a.getId())));
  }

  private final Map<Long, Long> newReviewers = new java.util.HashMap<>();
  private List<io.banyan.domain.team.Account> reviewerChoices;

  /** Owners hand a section's review to another consultant. */
  public void reassign(io.banyan.domain.homework.AssignedSection a) {
    Long reviewer = newReviewers.get(a.getId());
    if (reviewer == null) {
      Messages.addGlobalError("plan.homework.reassign.choose", a.getSectionTitle());
      return;
    }
    staffAction(() -> homework.reassignReviewer(a.getId(), reviewer), "plan.homework.reassigned", a.getSectionTitle(), null);
  }

  public List<io.banyan.domain.team.Account> getReviewerChoices() {
    if (reviewerChoices == null) {
      reviewerChoices = staff.consultants();
    }
    return reviewerChoices;
  }

  public Map<Long, Long> getNewReviewers() {
    return newReviewers;
  }

  public void excuse(io.banyan.domain.homework.AssignedSection a) {
    staffAction(() -> homework.excuse(a.getId()), "plan.homework.excused.done", a.getSectionTitle(), null);
  }

  public void reopen(io.banyan.domain.homework.AssignedSection a) {
    staffAction(() -> homework.reopen(a.getId(), newDueDates.get(a.getId())), "plan.homework.reopened", a.getSectionTitle(), null);
  }

  /** Runs a staff action on a homework; {@code done} is the key of the message that says it happened. */
  private void staffAction(Runnable action, String done, Object first, Object second) {
    try {
      action.run();
      Messages.addGlobalInfo(done, first, second);
    } catch (RuntimeException e) {
      Failures.show(e);
    }
    loadHomework();
  }

  /** Whether the signed-in client may type into this section now. */
  public boolean lockedForClient(TemplateSection section) {
    io.banyan.domain.homework.AssignedSection a = homeworkOf(section);
    return a != null && !a.getStatus().isEditableByClient()
        && org.omnifaces.util.Faces.isUserInRole(io.banyan.domain.team.Role.CLIENT.name());
  }

  public List<Long> getAssignSections() {
    return assignSections;
  }

  public void setAssignSections(List<Long> assignSections) {
    this.assignSections = assignSections;
  }

  public java.time.LocalDate getAssignDue() {
    return assignDue;
  }

  public void setAssignDue(java.time.LocalDate assignDue) {
    this.assignDue = assignDue;
  }

  public String getAssignMessage() {
    return assignMessage;
  }

  public void setAssignMessage(String assignMessage) {
    this.assignMessage = assignMessage;
  }

  public Map<Long, java.time.LocalDate> getNewDueDates() {
    return newDueDates;
  }

  public io.banyan.domain.homework.AssignedSection homeworkOf(TemplateSection section) {
    return homeworkBySection.get(section.getId());
  }

  public List<io.banyan.domain.review.QuestionComment> commentsOn(String questionKey) {
    return commentsByQuestion.getOrDefault(questionKey, List.of());
  }

  public String getReplyText() {
    return replyText;
  }

  public void setReplyText(String replyText) {
    this.replyText = replyText;
  }

  public void submit(TemplateSection section) {
    homeworkAction(section, a -> homework.submit(a.getId()), "plan.section.submitted");
  }

  public void withdraw(TemplateSection section) {
    homeworkAction(section, a -> homework.withdraw(a.getId()), "plan.section.withdrawn");
  }

  private void homeworkAction(TemplateSection section, java.util.function.Consumer<io.banyan.domain.homework.AssignedSection> action,
      String done) {
    io.banyan.domain.homework.AssignedSection a = homeworkOf(section);
    if (a == null) {
      return;
    }
    try {
      action.accept(a);
      Messages.addGlobalInfo(done, section.getTitle());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
    loadHomework();
  }

  /** A reply in the thread whose form was sent; the text stays in the box if it is refused. */
  public void reply() {
    try {
      reviews.reply(Pages.id(org.omnifaces.util.Faces.getRequestParameter("commentId"))
          .orElseThrow(() -> new UnknownEntityException("comment")), replyText);
      replyText = null;
      Messages.addFlashGlobalInfo("plan.reply.sent");
      org.omnifaces.util.Faces.redirect(tenant.url("plan") + "?p=" + plan.getId());
      return;
    } catch (RuntimeException e) {
      Failures.show(e);
    }
    loadHomework();
  }

  private static AnswerForm formOf(TemplateQuestion question, PlanAnswer answer) {
    AnswerValue value = answer.value();
    return new AnswerForm(question, value, answer.getVersion(), millis(answer.getUpdatedAt()));
  }

  private static long millis(Instant at) {
    return at == null ? 0 : at.toEpochMilli();
  }

  /** Autosave of one answer. A refusal keeps the typing in the form and says why beside it. */
  public void save(String key) {
    AnswerForm form = forms.get(key);
    if (form == null) {
      return;
    }
    AnswerValue value = form.toValue();
    try {
      PlanAnswer saved = plans.saveAnswer(plan.getId(), key, value, form.getVersion());
      form.savedAs(saved.getVersion(), !value.isEmpty(), millis(saved.getUpdatedAt()));
    } catch (InvalidAnswerException e) {
      form.refused(e.problems().stream().map(p -> p.messageIn(Faces.getLocale())).toList());
    } catch (ConcurrentChangeException e) {
      Plan fresh = plans.editor(plan.getId());
      PlanAnswer theirs = fresh.answer(key).orElseThrow();
      form.conflicted(Texts.of(Faces.getLocale(), "question.conflict.savedBy", theirs.value().display(), theirs.getUpdatedBy()),
          theirs.getVersion());
    } catch (RuntimeException e) {
      form.refused(List.of(Failures.describe(e)));
    }
  }

  /** After a conflict: drop what I typed and show the answer as the other person saved it. */
  public void takeTheirs(String key) {
    Plan fresh = plans.editor(plan.getId());
    fresh.answer(key).ifPresent(a -> forms.get(key).show(a.value(), a.getVersion(), millis(a.getUpdatedAt())));
  }

  public void addRow(String key) {
    forms.get(key).addRow();
  }

  public void removeRow(String key, AnswerForm.Row row) {
    forms.get(key).removeRow(row);
    save(key);
  }

  public void upgrade() {
    try {
      revisions.upgrade(plan.getId(), newerVersion.getId());
      Messages.addFlashGlobalInfo("plan.upgrade.done", newerVersion.getNumber());
      org.omnifaces.util.Faces.redirect(tenant.url("plan") + "?p=" + plan.getId());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  /** The button that moves the plan to the newer version of its template. */
  public String getUpgradeLabel() {
    return newerVersion == null ? "" : Texts.of(Faces.getLocale(), "plan.upgrade.move", newerVersion.getNumber());
  }

  public String getUpgradeConfirmHeader() {
    return newerVersion == null ? "" : Texts.of(Faces.getLocale(), "plan.upgrade.confirm.header", newerVersion.getNumber());
  }

  public AnswerForm form(String key) {
    return forms.get(key);
  }

  public Progress sectionProgress(TemplateSection section) {
    int required = 0;
    int answered = 0;
    for (TemplateQuestion q : section.getQuestions()) {
      if (q.isRequired()) {
        required++;
        if (forms.get(q.getKey()).isFilled()) {
          answered++;
        }
      }
    }
    return new Progress(answered, required);
  }

  public Progress getProgress() {
    return plan.getTemplateVersion().getSections().stream().map(this::sectionProgress).reduce(Progress.NONE, Progress::plus);
  }

  public Map<String, AnswerForm> getForms() {
    return forms;
  }

  public Plan getPlan() {
    return plan;
  }

  public List<String> getPlatforms() {
    return platforms;
  }

  public TemplateVersion getNewerVersion() {
    return newerVersion;
  }

  public String getPlanParam() {
    return planParam;
  }

  public void setPlanParam(String planParam) {
    this.planParam = planParam;
  }
}
