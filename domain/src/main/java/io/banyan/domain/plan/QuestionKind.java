package io.banyan.domain.plan;

/** The kinds of question a plan template can ask; each has its own answer shape and rules. */
public enum QuestionKind {
  SHORT_TEXT("Short text"),
  LONG_TEXT("Long text"),
  NUMBER("Number"),
  DATE("Date"),
  SINGLE_CHOICE("Single choice"),
  MULTIPLE_CHOICE("Multiple choice"),
  YES_NO("Yes / no"),
  TABLE("Table"),
  SMART_GOAL("S.M.A.R.T. goal"),
  PLATFORM_CHOICE("Platform choice"),
  DEPARTMENT_MATRIX("Departments × functions"),
  MATURITY("Maturity self-assessment"),
  METRIC_DEFINITION("Metric definition");

  private final String label;

  QuestionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Kinds whose answers define something measured over time, for metric check-ins. */
  public boolean definesMetric() {
    return this == SMART_GOAL || this == METRIC_DEFINITION;
  }
}
