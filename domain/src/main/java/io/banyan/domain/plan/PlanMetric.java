package io.banyan.domain.plan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Something a plan measures over time: a metric definition, or the metric of a S.M.A.R.T. goal
 * (whose baseline is where the line starts).
 */
public record PlanMetric(String key, String name, String unit, BigDecimal baseline, BigDecimal target, Cadence cadence) {

  public static Optional<PlanMetric> of(String key, AnswerValue answer) {
    if (answer instanceof AnswerValue.MetricDefinition m && m.name() != null && !m.name().isBlank()) {
      return Optional.of(new PlanMetric(key, m.name().strip(), m.unit(), null, m.target(), m.cadence()));
    }
    if (answer instanceof AnswerValue.SmartGoal g && g.metric() != null && !g.metric().isBlank()) {
      return Optional.of(new PlanMetric(key, g.metric().strip(), null, g.baseline(), g.target(), null));
    }
    return Optional.empty();
  }

  public String label() {
    return unit == null || unit.isBlank() ? name : name + " (" + unit.strip() + ")";
  }
}
