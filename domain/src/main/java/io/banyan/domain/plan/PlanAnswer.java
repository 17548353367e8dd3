package io.banyan.domain.plan;

import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The answer to one question of a plan. Each answer is saved on its own, with its own version, so
 * that two people working on different questions never get in each other's way, and two people
 * on the same question get a clear conflict instead of a silent overwrite.
 */
@Entity
@Table(
    name = "plan_answer",
    indexes = {
      @Index(name = "ix_answer_plan", columnList = "plan_id"),
      @Index(name = "ix_answer_question", columnList = "question_id")
    })
public class PlanAnswer extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false)
  private Plan plan;

  /** The question in the plan's current template version (or the last one that asked it). */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false)
  private TemplateQuestion question;

  @Column(name = "question_key", nullable = false, length = 36)
  private String questionKey;

  @Lob
  @Column(name = "answer_json")
  private String valueJson;

  @Column(nullable = false)
  private boolean filled;

  /** False once the plan moved to a template version that no longer asks this question. */
  @Column(nullable = false)
  private boolean asked = true;

  @Column(name = "updated_by", length = 254)
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected PlanAnswer() {}

  PlanAnswer(Plan plan, TemplateQuestion question) {
    this.plan = plan;
    this.question = question;
    this.questionKey = question.getKey();
  }

  /** Keeps a new value; the caller has checked it against the question's rules. */
  public void record(AnswerValue value, String by, Instant at) {
    this.valueJson = AnswerCodec.encode(value);
    this.filled = !value.isEmpty();
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public AnswerValue value() {
    return AnswerCodec.decode(question.getKind(), valueJson);
  }

  void askedBy(TemplateQuestion newer) {
    this.question = newer;
  }

  void noLongerAsked() {
    this.asked = false;
  }

  public Plan getPlan() {
    return plan;
  }

  public TemplateQuestion getQuestion() {
    return question;
  }

  public String getQuestionKey() {
    return questionKey;
  }

  public boolean isFilled() {
    return filled;
  }

  public boolean isAsked() {
    return asked;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
