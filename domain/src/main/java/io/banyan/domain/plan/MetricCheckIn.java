package io.banyan.domain.plan;

import io.banyan.domain.shared.InvalidValueException;
import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An actual value of one of a plan's metrics on a date; one per metric and date, the last one recorded wins. */
@Entity
@Table(
    name = "metric_check_in",
    uniqueConstraints = @UniqueConstraint(name = "uk_check_in_day", columnNames = {"tenant_id", "plan_id", "metric_key", "measured_on"}),
    indexes = @Index(name = "ix_check_in_plan", columnList = "plan_id"))
public class MetricCheckIn extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false)
  private Plan plan;

  @Column(name = "metric_key", nullable = false, length = 36)
  private String metricKey;

  @NotNull(message = "{domain.metricCheckIn.measuredOn.required}")
  @Column(name = "measured_on", nullable = false)
  private LocalDate measuredOn;

  @NotNull(message = "{domain.metricCheckIn.actual.required}")
  @Column(nullable = false, precision = 21, scale = 6)
  private BigDecimal actual;

  @Column(name = "recorded_by", nullable = false, length = 254)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected MetricCheckIn() {}

  public MetricCheckIn(Plan plan, PlanMetric metric, LocalDate measuredOn, BigDecimal actual, String recordedBy, Instant now) {
    this.plan = plan;
    this.metricKey = metric.key();
    this.measuredOn = measuredOn;
    restate(actual, recordedBy, now);
  }

  /** A second value for the same day replaces the first: people correct a typo by recording again. */
  public void restate(BigDecimal newActual, String by, Instant now) {
    if (newActual == null) {
      throw new InvalidValueException("invalid.checkIn.value");
    }
    if (newActual.abs().compareTo(new BigDecimal("1e15")) >= 0 || newActual.scale() > 6) {
      throw new InvalidValueException("invalid.checkIn.digits");
    }
    if (measuredOn == null || measuredOn.getYear() < 1900 || measuredOn.isAfter(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(1))) {
      throw new InvalidValueException("invalid.checkIn.future");
    }
    this.actual = newActual;
    this.recordedBy = by;
    this.recordedAt = now;
  }

  public Plan getPlan() {
    return plan;
  }

  public String getMetricKey() {
    return metricKey;
  }

  public LocalDate getMeasuredOn() {
    return measuredOn;
  }

  public BigDecimal getActual() {
    return actual;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
