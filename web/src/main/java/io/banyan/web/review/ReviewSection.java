package io.banyan.web.review;

import io.banyan.application.homework.HomeworkService;
import io.banyan.application.plan.PlanService;
import io.banyan.application.review.ReviewService;
import io.banyan.domain.homework.AssignedSection;
import io.banyan.domain.homework.SectionTransition;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanAnswer;
import io.banyan.domain.plan.RevisionComparison;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.review.QuestionComment;
import io.banyan.domain.shared.Texts;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.web.shared.Failures;
import io.banyan.web.shared.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The review of one submitted section: the answers, what changed since the last attempt, comment
 * threads per question, and the two decisions.
 */
@Named
@ViewScoped
public class ReviewSection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private HomeworkService homework;
  @Inject private ReviewService reviews;
  @Inject private PlanService plans;
  @Inject private io.banyan.web.tenancy.CurrentTenant tenant;

  private String sectionParam;
  private AssignedSection section;
  private Plan plan;
  private List<RevisionComparison.Row> sinceLast;
  private List<SectionTransition> history;
  private final Map<String, List<QuestionComment>> comments = new HashMap<>();
  private String commentText;
  private String replyText;

  public void load() {
    try {
      long id = Pages.id(sectionParam).orElseThrow(() -> new UnknownEntityException("homework"));
      homework.startReview(id);
      refresh(id);
    } catch (UnknownEntityException e) {
      Pages.notFound();
    }
  }

  private void refresh(long id) {
    section = homework.find(id).orElseThrow(() -> new UnknownEntityException("homework"));
    plan = plans.editor(section.getPlan().getId());
    sinceLast = homework.sinceLastAttempt(id);
    history = homework.history(id);
    comments.clear();
    List<QuestionComment> all = reviews.comments(id);
    for (QuestionComment root : all) {
      if (root.getThread() == null) {
        List<QuestionComment> thread = comments.computeIfAbsent(root.getQuestionKey(), k -> new ArrayList<>());
        thread.add(root);
        all.stream().filter(c -> c.getThread() != null && c.getThread().isSameAs(root)).forEach(thread::add);
      }
    }
  }

  public List<TemplateQuestion> getQuestions() {
    return section.getSection().getQuestions();
  }

  public String answerOf(TemplateQuestion question) {
    PlanAnswer answer = plan.currentAnswers().get(question.getKey());
    String text = answer == null ? "" : answer.value().display();
    return text.isBlank() ? Texts.of(Faces.getLocale(), "review.notAnswered") : text;
  }

  public List<QuestionComment> commentsOn(TemplateQuestion question) {
    return comments.getOrDefault(question.getKey(), List.of());
  }

  /** A comment on the question whose form was sent; the text stays in the box if it is refused. */
  public void comment() {
    try {
      reviews.comment(section.getId(), Faces.getRequestParameter("questionKey"), commentText);
      Messages.addFlashGlobalInfo("review.comment.added");
      reopen();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  /** After a change, the page is loaded afresh (post, redirect, get), with the message carried over. */
  private void reopen() {
    Faces.redirect(tenant.url("review") + "?s=" + section.getId());
  }

  public void reply() {
    try {
      reviews.reply(Pages.id(Faces.getRequestParameter("commentId")).orElseThrow(() -> new UnknownEntityException("comment")), replyText);
      Messages.addFlashGlobalInfo("review.reply.sent");
      reopen();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void requestChanges() {
    decide(() -> homework.requestChanges(section.getId()), "review.changesRequested");
  }

  public void approve() {
    decide(() -> homework.approve(section.getId()), "review.approved");
  }

  /** Runs a decision and, when it is taken, says so with the text under {@code doneKey}. */
  private void decide(Runnable decision, String doneKey) {
    try {
      decision.run();
      Messages.addGlobalInfo(doneKey);
    } catch (RuntimeException e) {
      Failures.show(e);
    }
    refresh(section.getId());
  }

  public AssignedSection getSection() {
    return section;
  }

  public Plan getPlan() {
    return plan;
  }

  public List<RevisionComparison.Row> getSinceLast() {
    return sinceLast;
  }

  public List<SectionTransition> getHistory() {
    return history;
  }

  public String getCommentText() {
    return commentText;
  }

  public void setCommentText(String commentText) {
    this.commentText = commentText;
  }

  public String getReplyText() {
    return replyText;
  }

  public void setReplyText(String replyText) {
    this.replyText = replyText;
  }

  public String getSectionParam() {
    return sectionParam;
  }

  public void setSectionParam(String sectionParam) {
    this.sectionParam = sectionParam;
  }
}
