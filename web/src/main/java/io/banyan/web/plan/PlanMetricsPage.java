package io.banyan.web.plan;

import io.banyan.application.plan.MetricCheckIns;
import io.banyan.application.plan.PlanRevisions;
import io.banyan.application.plan.PlanService;
import io.banyan.domain.plan.MaturityStage;
import io.banyan.domain.plan.MetricCheckIn;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanMetric;
import io.banyan.domain.shared.Texts;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.web.shared.Dates;
import io.banyan.web.shared.Failures;
import io.banyan.web.shared.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeSet;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** A plan's metrics: check-ins recorded against targets, a chart per metric, and the maturity history. */
@Named("planMetrics")
@ViewScoped
public class PlanMetricsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String ACTUAL = "#2e7d5b";
  private static final String TARGET = "#c0392b";

  @Inject private PlanService plans;
  @Inject private MetricCheckIns checkIns;
  @Inject private PlanRevisions revisions;
  @Inject private Dates dates;

  private String planParam;
  private Plan plan;
  private List<PlanMetric> metrics;
  private List<MetricCheckIn> recorded;
  private Map<String, String> charts = new HashMap<>();
  private String maturityChart;
  private int maturityPoints;

  @NotBlank(message = "{metrics.metric.required}")
  private String metricKey;
  @NotNull(message = "{metrics.measuredOn.required}")
  private LocalDate measuredOn = LocalDate.now(ZoneOffset.UTC);
  @NotNull(message = "{metrics.actual.required}")
  private BigDecimal actual;

  public void load() {
    try {
      plan = plans.editor(Pages.id(planParam).orElseThrow(() -> new UnknownEntityException("plan")));
    } catch (UnknownEntityException e) {
      Pages.notFound();
      return;
    }
    refresh();
  }

  private void refresh() {
    metrics = plan.metrics();
    recorded = checkIns.checkIns(plan.getId());
    charts = new HashMap<>();
    for (PlanMetric metric : metrics) {
      charts.put(metric.key(), chartOf(metric));
    }
    List<PlanRevisions.MaturityPoint> history = revisions.maturityHistory(plan.getId());
    maturityPoints = history.size();
    Locale locale = Faces.getLocale();
    maturityChart = ChartJson.line(
        history.stream().map(p -> Texts.of(locale, "metrics.chart.revision", p.revision())).toList(),
        List.of(new ChartJson.Series(Texts.of(locale, "metrics.chart.maturityStage"),
            history.stream().map(p -> BigDecimal.valueOf(p.stage().ordinal() + 1L)).toList(), ACTUAL, false)),
        Json.createObjectBuilder().add("min", 1).add("max", MaturityStage.values().length)
            .add("ticks", Json.createObjectBuilder().add("stepSize", 1)));
  }

  private String chartOf(PlanMetric metric) {
    List<MetricCheckIn> mine = recorded.stream().filter(c -> c.getMetricKey().equals(metric.key())).toList();
    TreeSet<LocalDate> days = new TreeSet<>();
    mine.forEach(c -> days.add(c.getMeasuredOn()));
    List<String> labels = days.stream().map(this.dates::date).toList();
    List<BigDecimal> actuals = new ArrayList<>();
    for (LocalDate d : days) {
      actuals.add(mine.stream().filter(c -> c.getMeasuredOn().equals(d)).findFirst().map(MetricCheckIn::getActual).orElse(null));
    }
    List<ChartJson.Series> series = new ArrayList<>();
    Locale locale = Faces.getLocale();
    series.add(new ChartJson.Series(Texts.of(locale, "metrics.chart.actual"), actuals, ACTUAL, false));
    if (metric.target() != null) {
      series.add(new ChartJson.Series(Texts.of(locale, "metrics.chart.target"), labels.stream().map(l -> metric.target()).toList(),
          TARGET, true));
    }
    return ChartJson.line(labels, series, Json.createObjectBuilder().add("beginAtZero", true));
  }

  public void record() {
    try {
      checkIns.record(plan.getId(), metricKey, measuredOn, actual);
      Messages.addGlobalInfo("metrics.recorded", actual.stripTrailingZeros().toPlainString(), dates.date(measuredOn));
      actual = null;
      refresh();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public String chart(String key) {
    return charts.get(key);
  }

  /** What the chart of a metric shows, for those who do not see it. */
  public String chartLabel(PlanMetric metric) {
    return Texts.of(Faces.getLocale(), "metrics.chart.aria", metric.label());
  }

  public String getPageTitle() {
    return plan == null ? "" : Texts.of(Faces.getLocale(), "metrics.title", plan.getTitle());
  }

  public long checkInCount(String key) {
    return recorded.stream().filter(c -> c.getMetricKey().equals(key)).count();
  }

  public Plan getPlan() {
    return plan;
  }

  public List<PlanMetric> getMetrics() {
    return metrics;
  }

  public List<MetricCheckIn> getRecorded() {
    return recorded;
  }

  public String getMaturityChart() {
    return maturityChart;
  }

  public int getMaturityPoints() {
    return maturityPoints;
  }

  public String getMetricKey() {
    return metricKey;
  }

  public void setMetricKey(String metricKey) {
    this.metricKey = metricKey;
  }

  public LocalDate getMeasuredOn() {
    return measuredOn;
  }

  public void setMeasuredOn(LocalDate measuredOn) {
    this.measuredOn = measuredOn;
  }

  public BigDecimal getActual() {
    return actual;
  }

  public void setActual(BigDecimal actual) {
    this.actual = actual;
  }

  public String getPlanParam() {
    return planParam;
  }

  public void setPlanParam(String planParam) {
    this.planParam = planParam;
  }
}
