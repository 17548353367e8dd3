package io.banyan.domain.mail;

import io.banyan.domain.shared.Excerpt;
import io.banyan.domain.shared.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mail Banyan sent or tried to send. The body is kept only when no SMTP server is configured, so
 * that the platform admin of a demo can follow invitation links; otherwise only the envelope.
 */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail extends Identified {

  @Column(nullable = false, length = 254)
  private String recipient;

  public static final int SUBJECT_MAX = 200;

  @Column(nullable = false, length = SUBJECT_MAX)
  private String subject;

  @Lob
  @Column(name = "body")
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MailStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OutboundMail() {}

  public OutboundMail(String recipient, String subject, String body, MailStatus status, Instant createdAt) {
    this.recipient = recipient;
    this.subject = Excerpt.of(subject, SUBJECT_MAX);
    this.body = status == MailStatus.KEPT ? body : null;
    this.status = status;
    this.createdAt = createdAt;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public MailStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
