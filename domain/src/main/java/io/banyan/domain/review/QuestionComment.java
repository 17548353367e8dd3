package io.banyan.domain.review;

import io.banyan.domain.homework.AssignedSection;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.TenantOwned;
import io.banyan.domain.team.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A comment on one question of an assigned section; a reply points at the comment that opened the
 * thread, so a thread is one level deep and reads in order.
 */
@Entity
@Table(
    name = "question_comment",
    indexes = {
      @Index(name = "ix_comment_section", columnList = "assigned_section_id"),
      @Index(name = "ix_comment_thread", columnList = "thread_id")
    })
public class QuestionComment extends TenantOwned {

  public static final int BODY_MAX = 2000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assigned_section_id", nullable = false)
  private AssignedSection assignedSection;

  @Column(name = "question_key", nullable = false, length = 36)
  private String questionKey;

  /** The comment that opened the thread; null for that comment itself. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "thread_id")
  private QuestionComment thread;

  @Column(name = "author_name", nullable = false, length = 254)
  private String authorName;

  @Column(name = "author_id", nullable = false)
  private Long authorId;

  @Column(name = "from_staff", nullable = false)
  private boolean fromStaff;

  @Column(nullable = false, length = BODY_MAX)
  private String body;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected QuestionComment() {}

  private QuestionComment(AssignedSection section, String questionKey, QuestionComment thread, Account author, String body, Instant now) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw new BanyanException("error.comment.empty");
    }
    if (text.length() > BODY_MAX) {
      throw new BanyanException("error.comment.tooLong", BODY_MAX, text.length());
    }
    this.assignedSection = section;
    this.questionKey = questionKey;
    this.thread = thread;
    this.authorName = author.getDisplayName();
    this.authorId = author.getId();
    this.fromStaff = !author.isClientMember();
    this.body = text;
    this.writtenAt = now;
  }

  public static QuestionComment open(AssignedSection section, String questionKey, Account author, String body, Instant now) {
    return new QuestionComment(section, questionKey, null, author, body, now);
  }

  public QuestionComment reply(Account author, String text, Instant now) {
    QuestionComment root = thread == null ? this : thread;
    return new QuestionComment(assignedSection, questionKey, root, author, text, now);
  }

  public AssignedSection getAssignedSection() {
    return assignedSection;
  }

  public String getQuestionKey() {
    return questionKey;
  }

  public QuestionComment getThread() {
    return thread;
  }

  public String getAuthorName() {
    return authorName;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public boolean isFromStaff() {
    return fromStaff;
  }

  public String getBody() {
    return body;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
