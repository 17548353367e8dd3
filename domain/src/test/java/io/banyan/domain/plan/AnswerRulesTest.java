package io.banyan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.domain.plan.AnswerValue.DepartmentMatrix;
import io.banyan.domain.plan.AnswerValue.DepartmentUse;
import io.banyan.domain.plan.AnswerValue.PlatformReason;
import io.banyan.domain.plan.AnswerValue.Platforms;
import io.banyan.domain.plan.AnswerValue.SmartGoal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final AnswerRules.Context CONTEXT = new AnswerRules.Context(TODAY, Set.of("Facebook", "LinkedIn", "Instagram"));

  private static List<AnswerProblem> check(QuestionKind kind, QuestionSettings settings, AnswerValue value) {
    return AnswerRules.check(kind, settings, value, CONTEXT);
  }

  private static List<String> messages(List<AnswerProblem> problems) {
    return problems.stream().map(AnswerProblem::message).toList();
  }

  private static SmartGoal goal(BigDecimal baseline, BigDecimal target, LocalDate due) {
    return new SmartGoal("Grow lunch orders from nearby offices", "online orders per week", baseline, target,
        "Two shops, one person posting daily", "Raise weekday revenue", due);
  }

  @Test
  void shortTextIsLimitedTo200CharactersAndLongTextTo10000() {
    assertTrue(check(QuestionKind.SHORT_TEXT, QuestionSettings.NONE, new AnswerValue.Text("x".repeat(200))).isEmpty());
    assertEquals(1, check(QuestionKind.SHORT_TEXT, QuestionSettings.NONE, new AnswerValue.Text("x".repeat(201))).size());
    assertTrue(check(QuestionKind.LONG_TEXT, QuestionSettings.NONE, new AnswerValue.Text("x".repeat(10_000))).isEmpty());
    assertTrue(messages(check(QuestionKind.LONG_TEXT, QuestionSettings.NONE, new AnswerValue.Text("x".repeat(10_001)))).get(0)
        .contains("10001 characters"));
  }

  @Test
  void htmlInATextIsKeptAsTextNotRefused() {
    assertTrue(check(QuestionKind.LONG_TEXT, QuestionSettings.NONE, new AnswerValue.Text("<script>alert(1)</script>")).isEmpty(),
        "escaping on output is what makes it harmless; the client's words are kept");
  }

  @Test
  void numbersStayWithinTheAuthorsBoundsAndNameTheUnit() {
    QuestionSettings budget = QuestionSettings.number(BigDecimal.ZERO, new BigDecimal("5000"), "EUR");
    assertTrue(check(QuestionKind.NUMBER, budget, new AnswerValue.Number(new BigDecimal("5000"))).isEmpty());
    assertEquals(List.of("The largest allowed is 5000 EUR."), messages(check(QuestionKind.NUMBER, budget, new AnswerValue.Number(new BigDecimal("5000.01")))));
    assertEquals(List.of("The smallest allowed is 0 EUR."), messages(check(QuestionKind.NUMBER, budget, new AnswerValue.Number(new BigDecimal("-1")))));
    assertEquals(1, check(QuestionKind.NUMBER, QuestionSettings.NONE, new AnswerValue.Number(new BigDecimal("1e20"))).size());
  }

  @Test
  void datesMustBePlausible() {
    assertTrue(check(QuestionKind.DATE, QuestionSettings.NONE, new AnswerValue.Date(TODAY)).isEmpty());
    assertEquals(1, check(QuestionKind.DATE, QuestionSettings.NONE, new AnswerValue.Date(LocalDate.of(1066, 10, 14))).size());
  }

  @Test
  void choicesComeFromTheOptionsAndASingleChoiceTakesOne() {
    QuestionSettings options = QuestionSettings.options("Trial balloon", "Critical element");
    assertTrue(check(QuestionKind.SINGLE_CHOICE, options, new AnswerValue.Choice(Set.of("Trial balloon"))).isEmpty());
    assertEquals(List.of("Choose one option only."),
        messages(check(QuestionKind.SINGLE_CHOICE, options, new AnswerValue.Choice(Set.of("Trial balloon", "Critical element")))));
    assertTrue(check(QuestionKind.MULTIPLE_CHOICE, options, new AnswerValue.Choice(Set.of("Trial balloon", "Critical element"))).isEmpty());
    assertEquals(List.of("Choose from the options offered."),
        messages(check(QuestionKind.MULTIPLE_CHOICE, options, new AnswerValue.Choice(Set.of("Forged option")))));
  }

  @Test
  void aTableTakesOnlyItsColumnsAndAtMost50Rows() {
    QuestionSettings columns = QuestionSettings.columns("Skill", "Training");
    assertTrue(check(QuestionKind.TABLE, columns, new AnswerValue.Table(List.of(Map.of("Skill", "Video", "Training", "Course")))).isEmpty());
    assertEquals(1, check(QuestionKind.TABLE, columns, new AnswerValue.Table(List.of(Map.of("Salary", "secret")))).size());
    List<Map<String, String>> many = java.util.stream.IntStream.range(0, 51).mapToObj(i -> Map.of("Skill", "s" + i)).toList();
    assertEquals(1, check(QuestionKind.TABLE, columns, new AnswerValue.Table(many)).size());
  }

  @Test
  void aSmartGoalsTargetDiffersFromItsBaselineAndItsDueDateLiesAhead() {
    assertTrue(check(QuestionKind.SMART_GOAL, QuestionSettings.NONE, goal(BigDecimal.TEN, new BigDecimal("40"), TODAY.plusMonths(6))).isEmpty());
    List<AnswerProblem> same = check(QuestionKind.SMART_GOAL, QuestionSettings.NONE, goal(BigDecimal.TEN, BigDecimal.TEN.setScale(2), TODAY.plusMonths(6)));
    assertEquals("target", same.get(0).part());
    List<AnswerProblem> past = check(QuestionKind.SMART_GOAL, QuestionSettings.NONE, goal(BigDecimal.TEN, new BigDecimal("40"), TODAY));
    assertEquals("due", past.get(0).part());
    assertTrue(check(QuestionKind.SMART_GOAL, QuestionSettings.NONE, goal(BigDecimal.TEN, new BigDecimal("40"), null)).isEmpty(),
        "a draft may leave the due date open");
  }

  @Test
  void aCompleteSmartGoalHasEveryPart() {
    SmartGoal half = new SmartGoal("More orders", null, null, null, null, null, null);
    List<String> parts = AnswerRules.checkComplete(QuestionKind.SMART_GOAL, QuestionSettings.NONE, true, half, CONTEXT)
        .stream().map(AnswerProblem::part).toList();
    assertEquals(List.of("metric", "baseline", "target", "objective", "due"), parts);
  }

  @Test
  void platformsComeFromTheConsultancysListOnceEachWithAReason() {
    assertTrue(check(QuestionKind.PLATFORM_CHOICE, QuestionSettings.NONE,
        new Platforms(List.of(new PlatformReason("LinkedIn", "Office managers order catering there")))).isEmpty());
    assertEquals(1, check(QuestionKind.PLATFORM_CHOICE, QuestionSettings.NONE, new Platforms(List.of(new PlatformReason("MySpace", "nostalgia")))).size());
    assertTrue(messages(check(QuestionKind.PLATFORM_CHOICE, QuestionSettings.NONE, new Platforms(List.of(new PlatformReason("Facebook", " ")))))
        .get(0).contains("target customers"));
    assertEquals(1, check(QuestionKind.PLATFORM_CHOICE, QuestionSettings.NONE, new Platforms(List.of(
        new PlatformReason("Facebook", "locals"), new PlatformReason("Facebook", "again")))).size());
  }

  @Test
  void departmentsAreNamedOnce() {
    assertTrue(check(QuestionKind.DEPARTMENT_MATRIX, QuestionSettings.NONE, new DepartmentMatrix(List.of(
        new DepartmentUse("Sales", "Leads from LinkedIn", "Ana"), new DepartmentUse("Customer service", "Answer within an hour", "Luis")))).isEmpty());
    assertEquals(1, check(QuestionKind.DEPARTMENT_MATRIX, QuestionSettings.NONE, new DepartmentMatrix(List.of(
        new DepartmentUse("Sales", "a", null), new DepartmentUse("sales ", "b", null)))).size());
    assertEquals(List.of("Name each department."), messages(check(QuestionKind.DEPARTMENT_MATRIX, QuestionSettings.NONE,
        new DepartmentMatrix(List.of(new DepartmentUse(" ", "Recruiting posts", null))))));
  }

  @Test
  void aMaturityAssessmentNeedsEvidenceToBeComplete() {
    AnswerValue.Maturity bare = new AnswerValue.Maturity(MaturityStage.AWARENESS, null);
    assertTrue(check(QuestionKind.MATURITY, QuestionSettings.NONE, bare).isEmpty());
    assertEquals(List.of("evidence"), AnswerRules.checkComplete(QuestionKind.MATURITY, QuestionSettings.NONE, true, bare, CONTEXT)
        .stream().map(AnswerProblem::part).toList());
  }

  @Test
  void aMetricDefinitionNeedsANameAndACadenceToBeComplete() {
    AnswerValue.MetricDefinition metric = new AnswerValue.MetricDefinition("Followers", "people", new BigDecimal("500"), null);
    assertTrue(check(QuestionKind.METRIC_DEFINITION, QuestionSettings.NONE, metric).isEmpty());
    assertEquals(List.of("cadence"), AnswerRules.checkComplete(QuestionKind.METRIC_DEFINITION, QuestionSettings.NONE, true, metric, CONTEXT)
        .stream().map(AnswerProblem::part).toList());
  }

  @Test
  void aRequiredQuestionLeftEmptyIsOpenButADraftMayBeEmpty() {
    assertTrue(check(QuestionKind.SHORT_TEXT, QuestionSettings.NONE, new AnswerValue.Text(" ")).isEmpty());
    assertEquals(List.of("This question needs an answer."),
        messages(AnswerRules.checkComplete(QuestionKind.SHORT_TEXT, QuestionSettings.NONE, true, new AnswerValue.Text(" "), CONTEXT)));
    assertTrue(AnswerRules.checkComplete(QuestionKind.SHORT_TEXT, QuestionSettings.NONE, false, null, CONTEXT).isEmpty());
  }

  @Test
  void anAnswerOfTheWrongShapeIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> check(QuestionKind.NUMBER, QuestionSettings.NONE, new AnswerValue.Text("twelve")));
  }

  @Test
  void settingsMustFitTheirKind() {
    assertThrows(IllegalArgumentException.class, () -> QuestionSettings.options("Only one").requireFitFor(QuestionKind.SINGLE_CHOICE));
    assertThrows(IllegalArgumentException.class, () -> QuestionSettings.options("Same", "Same").requireFitFor(QuestionKind.MULTIPLE_CHOICE));
    assertThrows(IllegalArgumentException.class, () -> QuestionSettings.NONE.requireFitFor(QuestionKind.TABLE));
    assertThrows(IllegalArgumentException.class, () -> QuestionSettings.number(BigDecimal.TEN, BigDecimal.ONE, null));
    QuestionSettings.options("A", "B").requireFitFor(QuestionKind.SINGLE_CHOICE);
  }
}
