package io.banyan.domain.homework;

/** Where an assigned section stands in the homework and review loop. */
public enum SectionStatus {
  NOT_STARTED("Not started"),
  DRAFT("Draft"),
  SUBMITTED("Submitted"),
  IN_REVIEW("In review"),
  CHANGES_REQUESTED("Changes requested"),
  APPROVED("Approved"),
  REOPENED("Reopened");

  private final String label;

  SectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The client can type into the section: it is not waiting for, or through, a review. */
  public boolean isEditableByClient() {
    return this == NOT_STARTED || this == DRAFT || this == CHANGES_REQUESTED || this == REOPENED;
  }

  /** Waiting for the reviewer: it counts in the review queue. */
  public boolean awaitsReviewer() {
    return this == SUBMITTED || this == IN_REVIEW;
  }
}
