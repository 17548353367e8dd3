package io.banyan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.banyan.domain.plan.RevisionComparison.Change;
import io.banyan.domain.plan.RevisionComparison.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionComparisonTest {

  private static RevisionSnapshot.Entry entry(String key, String label, String text) {
    return new RevisionSnapshot.Entry(key, "Goals", label, QuestionKind.SHORT_TEXT, text,
        AnswerCodec.encode(new AnswerValue.Text(text)));
  }

  @Test
  void showsEveryQuestionOfBothWithWhatChanged() {
    RevisionSnapshot q1 = new RevisionSnapshot(List.of(entry("a", "Budget", "Facebook ads"), entry("b", "Why", "passion"),
        entry("c", "Old question", "kept answer")));
    RevisionSnapshot q2 = new RevisionSnapshot(List.of(entry("b", "Why", "passion"), entry("a", "Budget", "LinkedIn"),
        entry("d", "New question", "")));

    List<Row> rows = RevisionComparison.between(q1, q2);

    assertEquals(List.of(
        new Row("Goals", "Why", "passion", "passion", Change.SAME),
        new Row("Goals", "Budget", "Facebook ads", "LinkedIn", Change.CHANGED),
        new Row("Goals", "New question", "", "", Change.ADDED),
        new Row("Goals", "Old question", "kept answer", "", Change.REMOVED)), rows);
    assertEquals(3, RevisionComparison.changes(rows));
  }

  @Test
  void aStateComparedWithItselfHasNoChanges() {
    RevisionSnapshot state = new RevisionSnapshot(List.of(entry("a", "Budget", "LinkedIn")));
    assertEquals(0, RevisionComparison.changes(RevisionComparison.between(state, state)));
  }

  @Test
  void aSnapshotSurvivesItsStoredForm() {
    RevisionSnapshot state = new RevisionSnapshot(List.of(entry("a", "Budget", "LinkedIn \"ads\"\nand more"),
        new RevisionSnapshot.Entry("m", "Maturity", "Where are you?", QuestionKind.MATURITY, "Integrated",
            AnswerCodec.encode(new AnswerValue.Maturity(MaturityStage.INTEGRATED, "owners per department")))));
    RevisionSnapshot back = RevisionSnapshot.fromJson(state.toJson());
    assertEquals(state, back);
    assertEquals(MaturityStage.INTEGRATED, back.maturity().orElseThrow());
  }
}
