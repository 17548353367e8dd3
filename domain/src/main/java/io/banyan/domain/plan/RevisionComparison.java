package io.banyan.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two states of a plan side by side: every question of either, in the newer one's order, with
 * what changed between them. Questions only the older state asked come last.
 */
public final class RevisionComparison {

  public enum Change { SAME, CHANGED, ADDED, REMOVED }

  public record Row(String section, String label, String before, String after, Change change) {

    public boolean isChanged() {
      return change != Change.SAME;
    }
  }

  private RevisionComparison() {}

  public static List<Row> between(RevisionSnapshot before, RevisionSnapshot after) {
    List<Row> rows = new ArrayList<>();
    for (RevisionSnapshot.Entry now : after.entries()) {
      rows.add(before.entry(now.key())
          .map(then -> new Row(now.section(), now.label(), then.text(), now.text(),
              Objects.equals(then.text(), now.text()) ? Change.SAME : Change.CHANGED))
          .orElseGet(() -> new Row(now.section(), now.label(), "", now.text(), Change.ADDED)));
    }
    for (RevisionSnapshot.Entry then : before.entries()) {
      if (after.entry(then.key()).isEmpty()) {
        rows.add(new Row(then.section(), then.label(), then.text(), "", Change.REMOVED));
      }
    }
    return rows;
  }

  public static long changes(List<Row> rows) {
    return rows.stream().filter(Row::isChanged).count();
  }
}
