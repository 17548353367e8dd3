package io.banyan.domain.notification;

import io.banyan.domain.shared.Excerpt;
import io.banyan.domain.shared.Wording;
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
import java.util.List;
import java.util.Locale;

/** Something one person should know about, with the page that shows it. Read once opened or marked read. */
@Entity
@Table(name = "notification", indexes = @Index(name = "ix_notification_recipient", columnList = "recipient_id, read_at"))
public class Notification extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id", nullable = false)
  private Account recipient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NotificationKind kind;

  public static final int TEXT_MAX = 500;
  public static final int PARAMS_MAX = 2000;

  @Column(name = "body", nullable = false, length = TEXT_MAX)
  private String text;

  /** A path inside the tenant, e.g. {@code review?s=42}: links never leave the consultancy. */
  @Column(nullable = false, length = 200)
  private String link;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  /** The wording's parameters; null on notifications stored before they were kept in words. */
  @Column(length = PARAMS_MAX)
  private String params;

  protected Notification() {}

  /**
   * {@code params} fill the kind's text ({@code notification.<KIND>} in the bundles); the English
   * reading is kept as well, for anyone who reads the table itself.
   */
  public Notification(Account recipient, NotificationKind kind, List<String> params, String link, Instant now) {
    this.recipient = recipient;
    this.kind = kind;
    Wording wording = new Wording(wordingKey(kind), params);
    this.params = Excerpt.of(wording.encodedParams(), PARAMS_MAX);
    this.text = Excerpt.of(wording.textIn(Locale.ENGLISH), TEXT_MAX);
    this.link = link;
    this.createdAt = now;
  }

  public static String wordingKey(NotificationKind kind) {
    return "notification." + kind.name();
  }

  /** What it says, in the reader's language (older notifications only ever had English). */
  public String textIn(Locale locale) {
    return params == null ? text : Excerpt.of(new Wording(wordingKey(kind), Wording.decodeParams(params)).textIn(locale), TEXT_MAX);
  }

  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public boolean isRead() {
    return readAt != null;
  }

  public Account getRecipient() {
    return recipient;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
