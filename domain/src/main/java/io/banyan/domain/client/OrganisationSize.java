package io.banyan.domain.client;

/** Head-count bands of a small business. */
public enum OrganisationSize {
  SOLO("Just me"),
  MICRO("2–9 people"),
  SMALL("10–49 people"),
  MEDIUM("50–249 people");

  private final String label;

  OrganisationSize(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
