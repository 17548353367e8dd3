package io.banyan.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a client answered to one question; one shape per {@link QuestionKind}. */
public sealed interface AnswerValue {

  /** True when nothing was answered: a required question then counts as open. */
  boolean isEmpty();

  /** The answer as one readable text, for revisions compared side by side, the PDF and the CSV. */
  String display();

  record Text(String text) implements AnswerValue {
    public boolean isEmpty() {
      return text == null || text.isBlank();
    }

    public String display() {
      return isEmpty() ? "" : text.strip();
    }
  }

  record Number(BigDecimal number) implements AnswerValue {
    public boolean isEmpty() {
      return number == null;
    }

    public String display() {
      return isEmpty() ? "" : number.stripTrailingZeros().toPlainString();
    }
  }

  record Date(LocalDate date) implements AnswerValue {
    public boolean isEmpty() {
      return date == null;
    }

    public String display() {
      return isEmpty() ? "" : date.toString();
    }
  }

  record Choice(Set<String> chosen) implements AnswerValue {
    public Choice {
      chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
    }

    public boolean isEmpty() {
      return chosen.isEmpty();
    }

    public String display() {
      return String.join(", ", new java.util.TreeSet<>(chosen));
    }
  }

  record YesNo(Boolean yes) implements AnswerValue {
    public boolean isEmpty() {
      return yes == null;
    }

    public String display() {
      return isEmpty() ? "" : (yes ? "Yes" : "No");
    }
  }

  /** Rows of cells by column name. */
  record Table(List<Map<String, String>> rows) implements AnswerValue {
    public Table {
      rows = rows == null ? List.of()
          : rows.stream().map(r -> java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(r))).toList();
    }

    public boolean isEmpty() {
      return rows.stream().allMatch(r -> r.values().stream().allMatch(v -> v == null || v.isBlank()));
    }

    public String display() {
      return rows.stream()
          .map(r -> r.entrySet().stream()
              .filter(e -> e.getValue() != null && !e.getValue().isBlank())
              .map(e -> e.getKey() + ": " + e.getValue())
              .collect(java.util.stream.Collectors.joining("; ")))
          .filter(line -> !line.isEmpty())
          .collect(java.util.stream.Collectors.joining("\n"));
    }
  }

  /** Specific, measurable, attainable, relevant (to a business objective) and time-bound. */
  record SmartGoal(String statement, String metric, BigDecimal baseline, BigDecimal target, String attainability,
      String objective, LocalDate due) implements AnswerValue {
    public boolean isEmpty() {
      return (statement == null || statement.isBlank()) && (metric == null || metric.isBlank()) && baseline == null && target == null;
    }

    public String display() {
      if (isEmpty()) {
        return "";
      }
      return Lines.of()
          .add("Goal", statement).add("Metric", metric)
          .add("Baseline", baseline == null ? null : baseline.stripTrailingZeros().toPlainString())
          .add("Target", target == null ? null : target.stripTrailingZeros().toPlainString())
          .add("Attainable because", attainability).add("Serves", objective)
          .add("Due", due == null ? null : due.toString())
          .text();
    }
  }

  /** One network chosen, and why: where the target customers are. */
  record PlatformReason(String platform, String reason) {}

  record Platforms(List<PlatformReason> chosen) implements AnswerValue {
    public Platforms {
      chosen = chosen == null ? List.of() : List.copyOf(chosen);
    }

    public boolean isEmpty() {
      return chosen.isEmpty();
    }

    public String display() {
      return chosen.stream().map(c -> c.platform() + ": " + (c.reason() == null ? "" : c.reason().strip()))
          .collect(java.util.stream.Collectors.joining("\n"));
    }
  }

  /** What social media does for one department, and who owns it there. */
  record DepartmentUse(String department, String function, String owner) {}

  record DepartmentMatrix(List<DepartmentUse> rows) implements AnswerValue {
    public DepartmentMatrix {
      rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public boolean isEmpty() {
      return rows.stream().allMatch(r -> r.function() == null || r.function().isBlank());
    }

    public String display() {
      return rows.stream().filter(r -> r.function() != null && !r.function().isBlank())
          .map(r -> r.department() + ": " + r.function().strip() + (r.owner() == null || r.owner().isBlank() ? "" : " (owner: " + r.owner().strip() + ")"))
          .collect(java.util.stream.Collectors.joining("\n"));
    }
  }

  record Maturity(MaturityStage stage, String evidence) implements AnswerValue {
    public boolean isEmpty() {
      return stage == null;
    }

    public String display() {
      return isEmpty() ? "" : stage.label() + (evidence == null || evidence.isBlank() ? "" : ": " + evidence.strip());
    }
  }

  record MetricDefinition(String name, String unit, BigDecimal target, Cadence cadence) implements AnswerValue {
    public boolean isEmpty() {
      return (name == null || name.isBlank()) && target == null;
    }

    public String display() {
      if (isEmpty()) {
        return "";
      }
      return Lines.of().add("Metric", name).add("Unit", unit)
          .add("Target", target == null ? null : target.stripTrailingZeros().toPlainString())
          .add("Looked at", cadence == null ? null : cadence.label())
          .text();
    }
  }

  /** Builds "Label: value" lines, leaving out the parts not filled in. */
  final class Lines {
    private final java.util.StringJoiner joiner = new java.util.StringJoiner("\n");

    static Lines of() {
      return new Lines();
    }

    Lines add(String label, String value) {
      if (value != null && !value.isBlank()) {
        joiner.add(label + ": " + value.strip());
      }
      return this;
    }

    String text() {
      return joiner.toString();
    }
  }
}
