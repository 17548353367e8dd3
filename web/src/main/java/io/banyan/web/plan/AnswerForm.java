package io.banyan.web.plan;

import io.banyan.domain.plan.AnswerValue;
import io.banyan.domain.plan.Cadence;
import io.banyan.domain.plan.MaturityStage;
import io.banyan.domain.plan.QuestionKind;
import io.banyan.domain.plan.QuestionSettings;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.shared.Texts;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the editor holds for one question while a person types: plain fields for every kind, the
 * answer's version the typing started from, and the outcome of the last save. It stays in the
 * view between requests, so a refused save loses nothing.
 */
public class AnswerForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The departments the matrix starts with, from the seeds: who in a small business uses social media
   * for what. Keys of the messages bundle: the rows start in the reader's language.
   */
  static final List<String> DEPARTMENTS = List.of("question.department.default.sales", "question.department.default.marketing",
      "question.department.default.customerService", "question.department.default.hr");

  private final String key;
  private final QuestionKind kind;
  private final boolean required;
  private final List<String> columns;
  private long version;
  private boolean filled;
  private long updatedAtMillis;

  private String text;
  private BigDecimal number;
  private LocalDate date;
  private String single;
  private List<String> chosen = new ArrayList<>();
  private String yesNo;
  private List<Row> rows = new ArrayList<>();

  private String statement;
  private String metric;
  private BigDecimal baseline;
  private BigDecimal target;
  private String attainability;
  private String objective;
  private LocalDate due;

  private MaturityStage stage;
  private Cadence cadence;
  private String unit;

  private List<String> problems = List.of();
  private String conflict;
  private boolean saved;

  /** A row of a table, a platform choice or a department: cells by name. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> cells = new LinkedHashMap<>();

    public Map<String, String> getCells() {
      return cells;
    }

    boolean isBlank() {
      return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
  }

  AnswerForm(TemplateQuestion question, AnswerValue value, long version, long updatedAtMillis) {
    this.key = question.getKey();
    this.kind = question.getKind();
    this.required = question.isRequired();
    QuestionSettings settings = question.getSettings();
    this.columns = settings.columns();
    show(value, version, updatedAtMillis);
  }

  /** Puts a stored answer into the fields, e.g. on opening or when taking someone else's version. */
  final void show(AnswerValue value, long newVersion, long newUpdatedAtMillis) {
    this.version = newVersion;
    this.updatedAtMillis = newUpdatedAtMillis;
    this.filled = !value.isEmpty();
    this.conflict = null;
    this.problems = List.of();
    rows = new ArrayList<>();
    if (value instanceof AnswerValue.Text t) {
      text = t.text();
    } else if (value instanceof AnswerValue.Number n) {
      number = n.number();
    } else if (value instanceof AnswerValue.Date d) {
      date = d.date();
    } else if (value instanceof AnswerValue.Choice c) {
      chosen = new ArrayList<>(c.chosen());
      single = c.chosen().stream().findFirst().orElse(null);
    } else if (value instanceof AnswerValue.YesNo y) {
      yesNo = y.yes() == null ? null : (y.yes() ? "yes" : "no");
    } else if (value instanceof AnswerValue.Table t) {
      t.rows().forEach(r -> {
        Row row = newRow();
        r.forEach((c, v) -> row.cells.put(c, v));
        rows.add(row);
      });
    } else if (value instanceof AnswerValue.SmartGoal g) {
      statement = g.statement();
      metric = g.metric();
      baseline = g.baseline();
      target = g.target();
      attainability = g.attainability();
      objective = g.objective();
      due = g.due();
    } else if (value instanceof AnswerValue.Platforms p) {
      p.chosen().forEach(c -> rows.add(row("platform", c.platform(), "reason", c.reason())));
    } else if (value instanceof AnswerValue.DepartmentMatrix m) {
      m.rows().forEach(d -> rows.add(row("department", d.department(), "function", d.function(), "owner", d.owner())));
      if (rows.isEmpty()) {
        DEPARTMENTS.forEach(d -> rows.add(row("department", readerText(d), "function", null, "owner", null)));
      }
    } else if (value instanceof AnswerValue.Maturity m) {
      stage = m.stage();
      text = m.evidence();
    } else if (value instanceof AnswerValue.MetricDefinition m) {
      metric = m.name();
      unit = m.unit();
      target = m.target();
      cadence = m.cadence();
    }
    if (rows.isEmpty() && (kind == QuestionKind.TABLE || kind == QuestionKind.PLATFORM_CHOICE)) {
      rows.add(newRow());
    }
  }

  /** The fields as the answer they make; blank rows are left out. */
  AnswerValue toValue() {
    return switch (kind) {
      case SHORT_TEXT, LONG_TEXT -> new AnswerValue.Text(blankToNull(text));
      case NUMBER -> new AnswerValue.Number(number);
      case DATE -> new AnswerValue.Date(date);
      case SINGLE_CHOICE -> new AnswerValue.Choice(single == null || single.isEmpty() ? java.util.Set.of() : java.util.Set.of(single));
      case MULTIPLE_CHOICE -> new AnswerValue.Choice(new LinkedHashSet<>(chosen));
      case YES_NO -> new AnswerValue.YesNo(yesNo == null || yesNo.isEmpty() ? null : "yes".equals(yesNo));
      case TABLE -> new AnswerValue.Table(filledRows().stream().map(r -> {
        Map<String, String> cells = new LinkedHashMap<>();
        columns.forEach(c -> cells.put(c, r.cells.getOrDefault(c, "") == null ? "" : r.cells.getOrDefault(c, "")));
        return cells;
      }).toList());
      case SMART_GOAL -> new AnswerValue.SmartGoal(blankToNull(statement), blankToNull(metric), baseline, target,
          blankToNull(attainability), blankToNull(objective), due);
      case PLATFORM_CHOICE -> new AnswerValue.Platforms(filledRows().stream()
          .map(r -> new AnswerValue.PlatformReason(r.cells.get("platform"), blankToNull(r.cells.get("reason")))).toList());
      case DEPARTMENT_MATRIX -> new AnswerValue.DepartmentMatrix(filledRows().stream()
          .map(r -> new AnswerValue.DepartmentUse(blankToNull(r.cells.get("department")), blankToNull(r.cells.get("function")),
              blankToNull(r.cells.get("owner")))).toList());
      case MATURITY -> new AnswerValue.Maturity(stage, blankToNull(text));
      case METRIC_DEFINITION -> new AnswerValue.MetricDefinition(blankToNull(metric), blankToNull(unit), target, cadence);
    };
  }

  private List<Row> filledRows() {
    return rows.stream().filter(r -> !r.isBlank()).toList();
  }

  private Row newRow() {
    Row row = new Row();
    if (kind == QuestionKind.TABLE) {
      columns.forEach(c -> row.cells.put(c, null));
    } else if (kind == QuestionKind.PLATFORM_CHOICE) {
      row.cells.put("platform", null);
      row.cells.put("reason", null);
    } else {
      row.cells.put("department", null);
      row.cells.put("function", null);
      row.cells.put("owner", null);
    }
    return row;
  }

  private static Row row(String... pairs) {
    Row row = new Row();
    for (int i = 0; i < pairs.length; i += 2) {
      row.cells.put(pairs[i], pairs[i + 1]);
    }
    return row;
  }

  /** A text in the language of the page being rendered (English outside a request). */
  private static String readerText(String key) {
    return Texts.of(FacesContext.getCurrentInstance() == null ? Locale.ENGLISH : org.omnifaces.util.Faces.getLocale(), key);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public void addRow() {
    rows.add(newRow());
  }

  public void removeRow(Row row) {
    rows.remove(row);
  }

  void savedAs(long newVersion, boolean nowFilled, long newUpdatedAtMillis) {
    version = newVersion;
    filled = nowFilled;
    updatedAtMillis = newUpdatedAtMillis;
    problems = List.of();
    conflict = null;
    saved = true;
  }

  void refused(List<String> why) {
    problems = List.copyOf(why);
    saved = false;
  }

  void conflicted(String theirs, long theirVersion) {
    conflict = theirs;
    this.version = theirVersion;
    problems = List.of();
    saved = false;
  }

  public String getKey() {
    return key;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public boolean isRequired() {
    return required;
  }

  public List<String> getColumns() {
    return columns;
  }

  public long getVersion() {
    return version;
  }

  public boolean isFilled() {
    return filled;
  }

  public long getUpdatedAtMillis() {
    return updatedAtMillis;
  }

  public List<String> getProblems() {
    return problems;
  }

  public String getConflict() {
    return conflict;
  }

  public boolean isSaved() {
    return saved;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public BigDecimal getNumber() {
    return number;
  }

  public void setNumber(BigDecimal number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getSingle() {
    return single;
  }

  public void setSingle(String single) {
    this.single = single;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }

  public String getYesNo() {
    return yesNo;
  }

  public void setYesNo(String yesNo) {
    this.yesNo = yesNo;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public String getMetric() {
    return metric;
  }

  public void setMetric(String metric) {
    this.metric = metric;
  }

  public BigDecimal getBaseline() {
    return baseline;
  }

  public void setBaseline(BigDecimal baseline) {
    this.baseline = baseline;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public String getAttainability() {
    return attainability;
  }

  public void setAttainability(String attainability) {
    this.attainability = attainability;
  }

  public String getObjective() {
    return objective;
  }

  public void setObjective(String objective) {
    this.objective = objective;
  }

  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }

  public MaturityStage getStage() {
    return stage;
  }

  public void setStage(MaturityStage stage) {
    this.stage = stage;
  }

  public Cadence getCadence() {
    return cadence;
  }

  public void setCadence(Cadence cadence) {
    this.cadence = cadence;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }
}
