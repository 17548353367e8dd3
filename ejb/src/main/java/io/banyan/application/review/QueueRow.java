package io.banyan.application.review;

import io.banyan.domain.homework.SectionStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One section waiting for a reviewer. */
public record QueueRow(long id, long planId, String clientName, String planTitle, String sectionTitle, SectionStatus status,
    LocalDate dueOn, Instant submittedAt, String reviewerName) implements Serializable {

  public QueueRow(Long id, Long planId, String clientName, String planTitle, String sectionTitle, SectionStatus status, LocalDate dueOn,
      Instant submittedAt, String reviewerName) {
    this(id.longValue(), planId.longValue(), clientName, planTitle, sectionTitle, status, dueOn, submittedAt, reviewerName);
  }
}
