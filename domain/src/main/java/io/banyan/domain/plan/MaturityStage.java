package io.banyan.domain.plan;

/**
 * Where a business stands in using social media, after the social-business stages: most are ad
 * hoc, few have integrated it, almost none have optimized it.
 */
public enum MaturityStage {
  AD_HOC("Ad hoc", "Accounts exist and people post now and then, without goals or a plan."),
  AWARENESS("Awareness", "The business knows social media matters and has started to plan and measure."),
  INTEGRATED("Integrated", "Social media is part of marketing, sales and service, with owners and metrics."),
  OPTIMIZED("Optimized", "Results steer the plan: the business measures, learns and adjusts continuously.");

  private final String label;
  private final String description;

  MaturityStage(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
