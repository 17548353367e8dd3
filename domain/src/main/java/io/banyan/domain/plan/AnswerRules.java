package io.banyan.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The server's check of an answer against its question: shape, bounds, options and the rules of
 * each kind. An empty list means the answer may be kept. A draft may be incomplete: required
 * questions are checked by {@link #checkComplete}, not here, so that typing is never refused for
 * what is still missing.
 */
public final class AnswerRules {

  public static final int SHORT_TEXT_MAX = 200;
  public static final int LONG_TEXT_MAX = 10_000;
  public static final int NOTE_MAX = 2_000;
  public static final int ROWS_MAX = 50;
  /** A cell of a table answer. */
  public static final int CELL_MAX = SHORT_TEXT_MAX * 5;
  /** A metric's unit, as a question's unit (its column holds 40). */
  public static final int UNIT_MAX = 40;

  private AnswerRules() {}

  /** What the answer itself gets wrong, whether or not the question is required. */
  public static List<AnswerProblem> check(QuestionKind kind, QuestionSettings settings, AnswerValue value, Context context) {
    List<AnswerProblem> problems = new ArrayList<>();
    if (value == null || value.isEmpty()) {
      return problems;
    }
    switch (kind) {
      case SHORT_TEXT -> text(problems, "", as(value, AnswerValue.Text.class, kind).text(), SHORT_TEXT_MAX);
      case LONG_TEXT -> text(problems, "", as(value, AnswerValue.Text.class, kind).text(), LONG_TEXT_MAX);
      case NUMBER -> number(problems, as(value, AnswerValue.Number.class, kind).number(), settings);
      case DATE -> {
        LocalDate date = as(value, AnswerValue.Date.class, kind).date();
        if (date.getYear() < 1900 || date.getYear() > 2200) {
          problems.add(AnswerProblem.of("error.answer.dateRange"));
        }
      }
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(problems, kind, as(value, AnswerValue.Choice.class, kind).chosen(), settings);
      case YES_NO -> as(value, AnswerValue.YesNo.class, kind);
      case TABLE -> table(problems, as(value, AnswerValue.Table.class, kind), settings);
      case SMART_GOAL -> smartGoal(problems, as(value, AnswerValue.SmartGoal.class, kind), context.today());
      case PLATFORM_CHOICE -> platforms(problems, as(value, AnswerValue.Platforms.class, kind), context.platforms());
      case DEPARTMENT_MATRIX -> departments(problems, as(value, AnswerValue.DepartmentMatrix.class, kind));
      case MATURITY -> text(problems, "evidence", as(value, AnswerValue.Maturity.class, kind).evidence(), NOTE_MAX);
      case METRIC_DEFINITION -> metric(problems, as(value, AnswerValue.MetricDefinition.class, kind));
    }
    return problems;
  }

  /** What keeps an answer from being submitted: the checks above, plus required parts missing. */
  public static List<AnswerProblem> checkComplete(QuestionKind kind, QuestionSettings settings, boolean required, AnswerValue value,
      Context context) {
    List<AnswerProblem> problems = check(kind, settings, value, context);
    if (required && (value == null || value.isEmpty())) {
      problems.add(AnswerProblem.of("error.answer.required"));
      return problems;
    }
    if (value instanceof AnswerValue.SmartGoal goal && !goal.isEmpty()) {
      requirePart(problems, "statement", goal.statement(), "error.answer.goal.statement");
      requirePart(problems, "metric", goal.metric(), "error.answer.goal.metric");
      if (goal.baseline() == null) {
        problems.add(new AnswerProblem("baseline", "error.answer.goal.baseline"));
      }
      if (goal.target() == null) {
        problems.add(new AnswerProblem("target", "error.answer.goal.target"));
      }
      requirePart(problems, "objective", goal.objective(), "error.answer.goal.objective");
      if (goal.due() == null) {
        problems.add(new AnswerProblem("due", "error.answer.goal.due"));
      }
    }
    if (value instanceof AnswerValue.MetricDefinition metric && !metric.isEmpty()) {
      requirePart(problems, "name", metric.name(), "error.answer.metric.name");
      if (metric.cadence() == null) {
        problems.add(new AnswerProblem("cadence", "error.answer.metric.cadence"));
      }
    }
    if (value instanceof AnswerValue.Maturity maturity && !maturity.isEmpty()) {
      requirePart(problems, "evidence", maturity.evidence(), "error.answer.maturity.evidence");
    }
    return problems;
  }

  /** What the rules need from outside the answer: today's date and the consultancy's list of platforms. */
  public record Context(LocalDate today, Set<String> platforms) {}

  private static <T extends AnswerValue> T as(AnswerValue value, Class<T> shape, QuestionKind kind) {
    if (!shape.isInstance(value)) {
      throw new IllegalArgumentException("A " + kind.label() + " question cannot take that kind of answer.");
    }
    return shape.cast(value);
  }

  private static void text(List<AnswerProblem> problems, String part, String text, int max) {
    if (text != null && text.length() > max) {
      problems.add(new AnswerProblem(part, "error.answer.tooLong", text.length(), max));
    }
  }

  private static void requirePart(List<AnswerProblem> problems, String part, String text, String key) {
    if (text == null || text.isBlank()) {
      problems.add(new AnswerProblem(part, key));
    }
  }

  private static void number(List<AnswerProblem> problems, BigDecimal number, QuestionSettings settings) {
    if (settings.minimum() != null && number.compareTo(settings.minimum()) < 0) {
      problems.add(bound(settings.minimum(), settings, "error.answer.number.min", "error.answer.number.minWithUnit"));
    }
    if (settings.maximum() != null && number.compareTo(settings.maximum()) > 0) {
      problems.add(bound(settings.maximum(), settings, "error.answer.number.max", "error.answer.number.maxWithUnit"));
    }
    if (number.abs().compareTo(new BigDecimal("1e15")) >= 0 || number.scale() > 6) {
      problems.add(AnswerProblem.of("error.answer.number.digits"));
    }
  }

  /** The bound in full, with the question's unit when it has one: "The largest allowed is 5000 EUR." */
  private static AnswerProblem bound(BigDecimal bound, QuestionSettings settings, String key, String keyWithUnit) {
    return settings.unit() == null || settings.unit().isBlank()
        ? AnswerProblem.of(key, bound.toPlainString())
        : AnswerProblem.of(keyWithUnit, bound.toPlainString(), settings.unit());
  }

  private static void choice(List<AnswerProblem> problems, QuestionKind kind, Set<String> chosen, QuestionSettings settings) {
    if (kind == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
      problems.add(AnswerProblem.of("error.answer.choice.one"));
    }
    Set<String> unknown = new HashSet<>(chosen);
    unknown.removeAll(settings.options());
    if (!unknown.isEmpty()) {
      problems.add(AnswerProblem.of("error.answer.choice.offered"));
    }
  }

  private static void table(List<AnswerProblem> problems, AnswerValue.Table table, QuestionSettings settings) {
    if (table.rows().size() > ROWS_MAX) {
      problems.add(AnswerProblem.of("error.answer.table.rows", ROWS_MAX));
    }
    for (var row : table.rows()) {
      if (!settings.columns().containsAll(row.keySet())) {
        problems.add(AnswerProblem.of("error.answer.table.column"));
        return;
      }
      row.values().forEach(cell -> text(problems, "", cell, CELL_MAX));
    }
  }

  private static void smartGoal(List<AnswerProblem> problems, AnswerValue.SmartGoal goal, LocalDate today) {
    text(problems, "statement", goal.statement(), NOTE_MAX);
    text(problems, "metric", goal.metric(), SHORT_TEXT_MAX);
    text(problems, "attainability", goal.attainability(), NOTE_MAX);
    text(problems, "objective", goal.objective(), NOTE_MAX);
    if (goal.baseline() != null && goal.target() != null && goal.baseline().compareTo(goal.target()) == 0) {
      problems.add(new AnswerProblem("target", "error.answer.goal.sameAsBaseline"));
    }
    if (goal.due() != null && !goal.due().isAfter(today)) {
      problems.add(new AnswerProblem("due", "error.answer.goal.duePast"));
    }
  }

  private static void platforms(List<AnswerProblem> problems, AnswerValue.Platforms answer, Set<String> offered) {
    Set<String> seen = new HashSet<>();
    for (AnswerValue.PlatformReason chosen : answer.chosen()) {
      if (!offered.contains(chosen.platform())) {
        problems.add(new AnswerProblem(chosen.platform(), "error.answer.platform.offered"));
      } else if (!seen.add(chosen.platform())) {
        problems.add(new AnswerProblem(chosen.platform(), "error.answer.platform.twice", chosen.platform()));
      }
      if (chosen.reason() == null || chosen.reason().isBlank()) {
        problems.add(new AnswerProblem(chosen.platform(), "error.answer.platform.reason", chosen.platform()));
      }
      text(problems, chosen.platform(), chosen.reason(), NOTE_MAX);
    }
  }

  private static void departments(List<AnswerProblem> problems, AnswerValue.DepartmentMatrix matrix) {
    if (matrix.rows().size() > ROWS_MAX) {
      problems.add(AnswerProblem.of("error.answer.departments.rows", ROWS_MAX));
    }
    Set<String> seen = new HashSet<>();
    for (AnswerValue.DepartmentUse row : matrix.rows()) {
      if (row.department() == null || row.department().isBlank()) {
        problems.add(AnswerProblem.of("error.answer.departments.name"));
      } else if (!seen.add(row.department().trim().toLowerCase(java.util.Locale.ROOT))) {
        problems.add(new AnswerProblem(row.department(), "error.answer.departments.twice", row.department()));
      }
      text(problems, row.department(), row.function(), NOTE_MAX);
      text(problems, row.department(), row.owner(), SHORT_TEXT_MAX);
    }
  }

  private static void metric(List<AnswerProblem> problems, AnswerValue.MetricDefinition metric) {
    text(problems, "name", metric.name(), SHORT_TEXT_MAX);
    text(problems, "unit", metric.unit(), UNIT_MAX);
  }
}
