package io.banyan.domain.notification;

/** How a person wants notifications by e-mail: each as it happens, or one digest a day. */
public enum MailPreference {
  IMMEDIATE("Each as it happens"),
  DAILY_DIGEST("One digest a day");

  private final String label;

  MailPreference(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
