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
          problems.add(AnswerProblem.of("Enter a date between 1900 and 2200."));
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
      problems.add(AnswerProblem.of("This question needs an answer."));
      return problems;
    }
    if (value instanceof AnswerValue.SmartGoal goal && !goal.isEmpty()) {
      requirePart(problems, "statement", goal.statement(), "Say specifically what you want to achieve.");
      requirePart(problems, "metric", goal.metric(), "Say how you will measure it.");
      if (goal.baseline() == null) {
        problems.add(new AnswerProblem("baseline", "Give today's value, the baseline."));
      }
      if (goal.target() == null) {
        problems.add(new AnswerProblem("target", "Give the value you aim for, the target."));
      }
      requirePart(problems, "objective", goal.objective(), "Name the business objective this goal serves.");
      if (goal.due() == null) {
        problems.add(new AnswerProblem("due", "Give a date by which the goal is reached."));
      }
    }
    if (value instanceof AnswerValue.MetricDefinition metric && !metric.isEmpty()) {
      requirePart(problems, "name", metric.name(), "Name the metric.");
      if (metric.cadence() == null) {
        problems.add(new AnswerProblem("cadence", "Say how often you will look at it."));
      }
    }
    if (value instanceof AnswerValue.Maturity maturity && !maturity.isEmpty()) {
      requirePart(problems, "evidence", maturity.evidence(), "Say what makes you place the business at this stage.");
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
      problems.add(new AnswerProblem(part, "This is " + text.length() + " characters long; the most is " + max + "."));
    }
  }

  private static void requirePart(List<AnswerProblem> problems, String part, String text, String message) {
    if (text == null || text.isBlank()) {
      problems.add(new AnswerProblem(part, message));
    }
  }

  private static void number(List<AnswerProblem> problems, BigDecimal number, QuestionSettings settings) {
    if (settings.minimum() != null && number.compareTo(settings.minimum()) < 0) {
      problems.add(AnswerProblem.of("The smallest allowed is " + settings.minimum().toPlainString() + unit(settings) + "."));
    }
    if (settings.maximum() != null && number.compareTo(settings.maximum()) > 0) {
      problems.add(AnswerProblem.of("The largest allowed is " + settings.maximum().toPlainString() + unit(settings) + "."));
    }
    if (number.abs().compareTo(new BigDecimal("1e15")) >= 0 || number.scale() > 6) {
      problems.add(AnswerProblem.of("Use at most 15 digits before and 6 after the decimal point."));
    }
  }

  private static String unit(QuestionSettings settings) {
    return settings.unit() == null || settings.unit().isBlank() ? "" : " " + settings.unit();
  }

  private static void choice(List<AnswerProblem> problems, QuestionKind kind, Set<String> chosen, QuestionSettings settings) {
    if (kind == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
      problems.add(AnswerProblem.of("Choose one option only."));
    }
    Set<String> unknown = new HashSet<>(chosen);
    unknown.removeAll(settings.options());
    if (!unknown.isEmpty()) {
      problems.add(AnswerProblem.of("Choose from the options offered."));
    }
  }

  private static void table(List<AnswerProblem> problems, AnswerValue.Table table, QuestionSettings settings) {
    if (table.rows().size() > ROWS_MAX) {
      problems.add(AnswerProblem.of("A table holds at most " + ROWS_MAX + " rows."));
    }
    for (var row : table.rows()) {
      if (!settings.columns().containsAll(row.keySet())) {
        problems.add(AnswerProblem.of("A row has a column this table does not have."));
        return;
      }
      row.values().forEach(cell -> text(problems, "", cell, SHORT_TEXT_MAX * 5));
    }
  }

  private static void smartGoal(List<AnswerProblem> problems, AnswerValue.SmartGoal goal, LocalDate today) {
    text(problems, "statement", goal.statement(), NOTE_MAX);
    text(problems, "metric", goal.metric(), SHORT_TEXT_MAX);
    text(problems, "attainability", goal.attainability(), NOTE_MAX);
    text(problems, "objective", goal.objective(), NOTE_MAX);
    if (goal.baseline() != null && goal.target() != null && goal.baseline().compareTo(goal.target()) == 0) {
      problems.add(new AnswerProblem("target", "The target must differ from the baseline, or there is nothing to achieve."));
    }
    if (goal.due() != null && !goal.due().isAfter(today)) {
      problems.add(new AnswerProblem("due", "The due date must be in the future."));
    }
  }

  private static void platforms(List<AnswerProblem> problems, AnswerValue.Platforms answer, Set<String> offered) {
    Set<String> seen = new HashSet<>();
    for (AnswerValue.PlatformReason chosen : answer.chosen()) {
      if (!offered.contains(chosen.platform())) {
        problems.add(new AnswerProblem(chosen.platform(), "Choose platforms from your consultancy's list."));
      } else if (!seen.add(chosen.platform())) {
        problems.add(new AnswerProblem(chosen.platform(), chosen.platform() + " is chosen twice."));
      }
      if (chosen.reason() == null || chosen.reason().isBlank()) {
        problems.add(new AnswerProblem(chosen.platform(), "Say why " + chosen.platform() + ": are your target customers there?"));
      }
      text(problems, chosen.platform(), chosen.reason(), NOTE_MAX);
    }
  }

  private static void departments(List<AnswerProblem> problems, AnswerValue.DepartmentMatrix matrix) {
    if (matrix.rows().size() > ROWS_MAX) {
      problems.add(AnswerProblem.of("At most " + ROWS_MAX + " departments."));
    }
    Set<String> seen = new HashSet<>();
    for (AnswerValue.DepartmentUse row : matrix.rows()) {
      if (row.department() == null || row.department().isBlank()) {
        problems.add(AnswerProblem.of("Name each department."));
      } else if (!seen.add(row.department().trim().toLowerCase(java.util.Locale.ROOT))) {
        problems.add(new AnswerProblem(row.department(), row.department() + " appears twice."));
      }
      text(problems, row.department(), row.function(), NOTE_MAX);
      text(problems, row.department(), row.owner(), SHORT_TEXT_MAX);
    }
  }

  private static void metric(List<AnswerProblem> problems, AnswerValue.MetricDefinition metric) {
    text(problems, "name", metric.name(), SHORT_TEXT_MAX);
    text(problems, "unit", metric.unit(), 40);
  }
}
