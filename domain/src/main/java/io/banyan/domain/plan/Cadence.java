package io.banyan.domain.plan;

/** How often a metric is looked at. */
public enum Cadence {
  WEEKLY("Weekly"),
  MONTHLY("Monthly"),
  QUARTERLY("Quarterly");

  private final String label;

  Cadence(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
