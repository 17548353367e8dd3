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

  record Text(String text) implements AnswerValue {
    public boolean isEmpty() {
      return text == null || text.isBlank();
    }
  }

  record Number(BigDecimal number) implements AnswerValue {
    public boolean isEmpty() {
      return number == null;
    }
  }

  record Date(LocalDate date) implements AnswerValue {
    public boolean isEmpty() {
      return date == null;
    }
  }

  record Choice(Set<String> chosen) implements AnswerValue {
    public Choice {
      chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
    }

    public boolean isEmpty() {
      return chosen.isEmpty();
    }
  }

  record YesNo(Boolean yes) implements AnswerValue {
    public boolean isEmpty() {
      return yes == null;
    }
  }

  /** Rows of cells by column name. */
  record Table(List<Map<String, String>> rows) implements AnswerValue {
    public Table {
      rows = rows == null ? List.of() : rows.stream().map(Map::copyOf).toList();
    }

    public boolean isEmpty() {
      return rows.stream().allMatch(r -> r.values().stream().allMatch(v -> v == null || v.isBlank()));
    }
  }

  /** Specific, measurable, attainable, relevant (to a business objective) and time-bound. */
  record SmartGoal(String statement, String metric, BigDecimal baseline, BigDecimal target, String attainability,
      String objective, LocalDate due) implements AnswerValue {
    public boolean isEmpty() {
      return (statement == null || statement.isBlank()) && (metric == null || metric.isBlank()) && baseline == null && target == null;
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
  }

  record Maturity(MaturityStage stage, String evidence) implements AnswerValue {
    public boolean isEmpty() {
      return stage == null;
    }
  }

  record MetricDefinition(String name, String unit, BigDecimal target, Cadence cadence) implements AnswerValue {
    public boolean isEmpty() {
      return (name == null || name.isBlank()) && target == null;
    }
  }
}
