package io.banyan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TemplateVersionTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static TemplateVersion draftWithOneQuestion() {
    TemplateVersion draft = new PlanTemplate("Plan", null, NOW).firstDraft();
    draft.addSection("Why", "<p>why</p>").ask(QuestionKind.LONG_TEXT, "Why?", null, true, QuestionSettings.NONE);
    return draft;
  }

  @Test
  void aPublishedVersionCanNeverChange() {
    TemplateVersion v1 = draftWithOneQuestion();
    v1.publish(NOW);
    TemplateSection section = v1.getSections().get(0);
    assertThrows(CannotChangeTemplateException.class, () -> v1.addSection("More", null));
    assertThrows(CannotChangeTemplateException.class, () -> section.describe("Changed", null));
    assertThrows(CannotChangeTemplateException.class, () -> section.ask(QuestionKind.DATE, "When?", null, false, QuestionSettings.NONE));
    assertThrows(CannotChangeTemplateException.class,
        () -> section.getQuestions().get(0).rephrase("Other", null, false, QuestionSettings.NONE));
    assertThrows(CannotChangeTemplateException.class, () -> v1.publish(NOW));
    assertEquals("Why", v1.getSections().get(0).getTitle());
  }

  @Test
  void publishingNeedsSectionsQuestionsAndFittingSettings() {
    TemplateVersion empty = new PlanTemplate("Plan", null, NOW).firstDraft();
    assertThrows(CannotChangeTemplateException.class, () -> empty.publish(NOW));
    empty.addSection("Empty", null);
    assertThrows(CannotChangeTemplateException.class, () -> empty.publish(NOW));
    empty.getSections().get(0).ask(QuestionKind.SINGLE_CHOICE, "Pick", null, true, QuestionSettings.options("Only"));
    assertThrows(IllegalArgumentException.class, () -> empty.publish(NOW));
    assertTrue(empty.isDraft());
  }

  @Test
  void aNewDraftCopiesAVersionKeepingQuestionKeysAndOnlyOneDraftAtATime() {
    PlanTemplate template = new PlanTemplate("Plan", null, NOW);
    TemplateVersion v1 = template.firstDraft();
    v1.addSection("Why", null).ask(QuestionKind.LONG_TEXT, "Why?", null, true, QuestionSettings.NONE);
    assertThrows(CannotChangeTemplateException.class, () -> template.draftFrom(v1), "v1 itself is still the draft");
    v1.publish(NOW);

    TemplateVersion v2 = template.draftFrom(v1);
    assertEquals(2, v2.getNumber());
    assertTrue(v2.isDraft());
    assertEquals(v1.getSections().get(0).getQuestions().get(0).getKey(), v2.getSections().get(0).getQuestions().get(0).getKey());
    v2.getSections().get(0).describe("Why, again", null);
    assertEquals("Why", v1.getSections().get(0).getTitle(), "the copy is independent");
    assertThrows(CannotChangeTemplateException.class, () -> template.draftFrom(v1));
    assertEquals(v1, template.latestPublished().orElseThrow());
  }

  @Test
  void sectionsMoveAndAreRenumbered() {
    TemplateVersion draft = new PlanTemplate("Plan", null, NOW).firstDraft();
    TemplateSection a = draft.addSection("A", null);
    draft.addSection("B", null);
    TemplateSection c = draft.addSection("C", null);
    draft.moveSection(c, 0);
    assertEquals(List.of("C", "A", "B"), draft.getSections().stream().map(TemplateSection::getTitle).toList());
    assertEquals(List.of(0, 1, 2), draft.getSections().stream().map(TemplateSection::getPosition).toList());
    draft.removeSection(a);
    assertEquals(List.of("C", "B"), draft.getSections().stream().map(TemplateSection::getTitle).toList());
    assertEquals(1, draft.getSections().get(1).getPosition());
  }

  @Test
  void onlyAPublishedVersionRetiresAndThenTakesNoNewPlans() {
    TemplateVersion v1 = draftWithOneQuestion();
    assertThrows(CannotChangeTemplateException.class, v1::retire);
    v1.publish(NOW);
    assertTrue(v1.acceptsNewPlans());
    v1.retire();
    assertFalse(v1.acceptsNewPlans());
  }

  @Test
  void theStarterTemplateCoversThePathFromWhyToFirstSteps() {
    PlanTemplate starter = StarterTemplate.create(NOW);
    TemplateVersion v1 = starter.latestPublished().orElseThrow();
    assertEquals(List.of("Why you are doing this", "Review of your business plan", "Review of your IT plan",
        "Your team and your consultant", "Goals", "Target customers and platforms", "Departments and functions",
        "Resources, skills and training", "Metrics and cadence", "Maturity self-assessment", "First steps"),
        v1.getSections().stream().map(TemplateSection::getTitle).toList());
    assertTrue(v1.getSections().stream().allMatch(s -> s.getGuidance() != null && !s.getGuidance().isBlank() && !s.getQuestions().isEmpty()));
    Set<QuestionKind> kinds = v1.getSections().stream().flatMap(s -> s.getQuestions().stream()).map(TemplateQuestion::getKind)
        .collect(Collectors.toSet());
    assertTrue(kinds.containsAll(Set.of(QuestionKind.SMART_GOAL, QuestionKind.PLATFORM_CHOICE, QuestionKind.DEPARTMENT_MATRIX,
        QuestionKind.MATURITY, QuestionKind.METRIC_DEFINITION, QuestionKind.TABLE)));
  }
}
