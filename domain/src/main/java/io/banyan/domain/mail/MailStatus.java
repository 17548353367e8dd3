package io.banyan.domain.mail;

/** SENT through SMTP, FAILED to send, or KEPT because no SMTP server is configured (demo). */
public enum MailStatus {
  SENT,
  FAILED,
  KEPT
}
