package io.banyan.domain.notification;

/** What a notification is about. */
public enum NotificationKind {
  HOMEWORK_ASSIGNED,
  DUE_SOON,
  OVERDUE,
  SUBMITTED,
  CHANGES_REQUESTED,
  APPROVED,
  COMMENT_REPLY
}
