package io.banyan.domain.notification;

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

  @Column(name = "body", nullable = false, length = 500)
  private String text;

  /** A path inside the tenant, e.g. {@code review?s=42}: links never leave the consultancy. */
  @Column(nullable = false, length = 200)
  private String link;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(Account recipient, NotificationKind kind, String text, String link, Instant now) {
    this.recipient = recipient;
    this.kind = kind;
    this.text = text.length() > 500 ? text.substring(0, 497) + "…" : text;
    this.link = link;
    this.createdAt = now;
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
