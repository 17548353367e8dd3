package io.banyan.domain.plan;

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
      throw new IllegalArgumentException("The minimum is above the maximum.");
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
          throw new IllegalArgumentException("A choice needs at least two options.");
        }
        if (options.stream().map(String::trim).distinct().count() != options.size() || options.stream().anyMatch(String::isBlank)) {
          throw new IllegalArgumentException("Options must be distinct and not blank.");
        }
      }
      case TABLE -> {
        if (columns.isEmpty() || columns.stream().anyMatch(String::isBlank)) {
          throw new IllegalArgumentException("A table needs at least one named column.");
        }
      }
      default -> {
        // nothing further to check
      }
    }
  }
}
