package io.banyan.domain.plan;

import io.banyan.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an author set on a question beyond its label: bounds and unit for numbers, options for
 * choices, columns for tables. Unused parts stay empty.
 */
public record QuestionSettings(BigDecimal minimum, BigDecimal maximum, String unit, List<String> options, List<String> columns) {

  public static final QuestionSettings NONE = new QuestionSettings(null, null, null, List.of(), List.of());

  public QuestionSettings {
    options = options == null ? List.of() : List.copyOf(options);
    columns = columns == null ? List.of() : List.copyOf(columns);
    if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
      throw new InvalidValueException("invalid.settings.range");
    }
  }

  public static QuestionSettings number(BigDecimal minimum, BigDecimal maximum, String unit) {
    return new QuestionSettings(minimum, maximum, unit, List.of(), List.of());
  }

  public static QuestionSettings options(String... options) {
    return new QuestionSettings(null, null, null, List.of(options), List.of());
  }

  public static QuestionSettings columns(String... columns) {
    return new QuestionSettings(null, null, null, List.of(), List.of(columns));
  }

  /** Checks that the settings fit the kind they are for, as an author must before publishing. */
  public void requireFitFor(QuestionKind kind) {
    switch (kind) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        if (options.size() < 2) {
          throw new InvalidValueException("invalid.settings.options");
        }
        if (options.stream().map(String::trim).distinct().count() != options.size() || options.stream().anyMatch(String::isBlank)) {
          throw new InvalidValueException("invalid.settings.distinct");
        }
      }
      case TABLE -> {
        if (columns.isEmpty() || columns.stream().anyMatch(String::isBlank)) {
          throw new InvalidValueException("invalid.settings.columns");
        }
      }
      default -> {
        // nothing further to check
      }
    }
  }
}
