package io.banyan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerCodecTest {

  private static void roundTrips(QuestionKind kind, AnswerValue value) {
    assertEquals(value, AnswerCodec.decode(kind, AnswerCodec.encode(value)), kind + " reads back what was stored");
  }

  @Test
  void everyKindReadsBackWhatWasStored() {
    roundTrips(QuestionKind.SHORT_TEXT, new AnswerValue.Text("Grow the café's regulars"));
    roundTrips(QuestionKind.LONG_TEXT, new AnswerValue.Text("Line one\n\"quoted\" <b>not html</b>"));
    roundTrips(QuestionKind.NUMBER, new AnswerValue.Number(new BigDecimal("12.50")));
    roundTrips(QuestionKind.DATE, new AnswerValue.Date(LocalDate.of(2027, 3, 31)));
    roundTrips(QuestionKind.MULTIPLE_CHOICE, new AnswerValue.Choice(Set.of("Sales", "Service")));
    roundTrips(QuestionKind.YES_NO, new AnswerValue.YesNo(false));
    roundTrips(QuestionKind.TABLE, new AnswerValue.Table(List.of(Map.of("Course", "Photo basics", "Who", "Ana"))));
    roundTrips(QuestionKind.SMART_GOAL, new AnswerValue.SmartGoal("More bookings from Instagram", "bookings per month",
        new BigDecimal("10"), new BigDecimal("25"), "we post daily already", "grow revenue", LocalDate.of(2027, 6, 30)));
    roundTrips(QuestionKind.PLATFORM_CHOICE, new AnswerValue.Platforms(List.of(
        new AnswerValue.PlatformReason("LinkedIn", "our buyers are procurement managers"))));
    roundTrips(QuestionKind.DEPARTMENT_MATRIX, new AnswerValue.DepartmentMatrix(List.of(
        new AnswerValue.DepartmentUse("Sales", "social selling", "Maria"))));
    roundTrips(QuestionKind.MATURITY, new AnswerValue.Maturity(MaturityStage.AWARENESS, "we started measuring"));
    roundTrips(QuestionKind.METRIC_DEFINITION, new AnswerValue.MetricDefinition("Followers", "people", new BigDecimal("500"), Cadence.MONTHLY));
  }

  @Test
  void nothingStoredReadsAsTheKindsEmptyAnswer() {
    for (QuestionKind kind : QuestionKind.values()) {
      AnswerValue empty = AnswerCodec.decode(kind, null);
      assertTrue(empty.isEmpty(), kind + " starts empty");
      assertEquals("", empty.display(), kind + " shows nothing when empty");
    }
  }

  @Test
  void tableColumnsKeepTheirOrder() {
    java.util.LinkedHashMap<String, String> row = new java.util.LinkedHashMap<>();
    row.put("Zeta", "last column first");
    row.put("Alpha", "second");
    AnswerValue back = AnswerCodec.decode(QuestionKind.TABLE, AnswerCodec.encode(new AnswerValue.Table(List.of(row))));
    assertEquals("Zeta: last column first; Alpha: second", back.display());
  }

  @Test
  void displayReadsAsPeopleWriteIt() {
    assertEquals("Yes", new AnswerValue.YesNo(true).display());
    assertEquals("12.5", new AnswerValue.Number(new BigDecimal("12.500")).display());
    assertEquals("Awareness: we started measuring", new AnswerValue.Maturity(MaturityStage.AWARENESS, "we started measuring").display());
    assertEquals("Goal: More leads\nMetric: leads\nBaseline: 4\nTarget: 9",
        new AnswerValue.SmartGoal("More leads", "leads", new BigDecimal("4"), new BigDecimal("9"), null, " ", null).display());
  }
}
