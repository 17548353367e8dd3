package io.banyan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private final Account consultant = Account.staff(EmailAddress.of("c@x.example"), "Cora", Roles.of(Role.CONSULTANT), NOW);
  private final ClientOrganisation client = new ClientOrganisation("Bakery", NOW);
  private final PlanTemplate template = new PlanTemplate("Strategy", null, NOW);

  private TemplateVersion publishedV1() {
    TemplateVersion v1 = template.firstDraft();
    TemplateSection why = v1.addSection("Why", null);
    why.ask(QuestionKind.LONG_TEXT, "Why are you doing this?", null, true, QuestionSettings.NONE);
    why.ask(QuestionKind.SHORT_TEXT, "Old question", null, false, QuestionSettings.NONE);
    TemplateSection metrics = v1.addSection("Metrics", null);
    metrics.ask(QuestionKind.METRIC_DEFINITION, "A metric", null, true, QuestionSettings.NONE);
    metrics.ask(QuestionKind.MATURITY, "Where are you?", null, false, QuestionSettings.NONE);
    v1.publish(NOW);
    return v1;
  }

  private static String key(TemplateVersion v, String label) {
    return v.getSections().stream().flatMap(s -> s.getQuestions().stream()).filter(q -> q.getLabel().equals(label))
        .findFirst().orElseThrow().getKey();
  }

  @Test
  void startsWithAnEmptyAnswerForEveryQuestionAndCountsRequiredOnes() {
    TemplateVersion v1 = publishedV1();
    Plan plan = Plan.start(client, v1, consultant, "Bakery plan", NOW);
    assertEquals(4, plan.currentAnswers().size());
    assertEquals(new Progress(0, 2), plan.progress());

    plan.answer(key(v1, "Why are you doing this?")).orElseThrow().record(new AnswerValue.Text("We love bread"), "Cora", NOW);
    plan.answer(key(v1, "Old question")).orElseThrow().record(new AnswerValue.Text("optional"), "Cora", NOW);
    assertEquals(new Progress(1, 2), plan.progress(), "optional answers do not count");
    assertEquals(50, plan.progress().percent());
  }

  @Test
  void onlyAPublishedVersionStartsAPlan() {
    TemplateVersion draft = template.firstDraft();
    draft.addSection("Why", null).ask(QuestionKind.LONG_TEXT, "Why?", null, true, QuestionSettings.NONE);
    assertThrows(BanyanException.class, () -> Plan.start(client, draft, consultant, "Plan", NOW));
    draft.publish(NOW);
    draft.retire();
    assertThrows(BanyanException.class, () -> Plan.start(client, draft, consultant, "Plan", NOW));
  }

  @Test
  void movingToANewerVersionCarriesAnswersOverAndKeepsTheRest() {
    TemplateVersion v1 = publishedV1();
    Plan plan = Plan.start(client, v1, consultant, "Bakery plan", NOW);
    plan.answer(key(v1, "Why are you doing this?")).orElseThrow().record(new AnswerValue.Text("We love bread"), "Cora", NOW);
    plan.answer(key(v1, "Old question")).orElseThrow().record(new AnswerValue.Text("kept"), "Cora", NOW);

    TemplateVersion v2 = template.draftFrom(v1);
    TemplateSection why = v2.getSections().get(0);
    why.removeQuestion(why.getQuestions().get(1));
    why.ask(QuestionKind.YES_NO, "Do you have a budget?", null, true, QuestionSettings.NONE);
    v2.publish(NOW);

    List<PlanAnswer> added = plan.moveTo(v2);

    assertEquals(1, added.size());
    assertEquals(v2, plan.getTemplateVersion());
    assertEquals(new AnswerValue.Text("We love bread"), plan.answer(key(v2, "Why are you doing this?")).orElseThrow().value());
    assertEquals(1, plan.answersNoLongerAsked().size());
    assertEquals(new AnswerValue.Text("kept"), plan.answersNoLongerAsked().get(0).value());
    assertFalse(plan.snapshot().entry(key(v1, "Old question")).isPresent(), "the new state no longer asks it");
    assertThrows(BanyanException.class, () -> plan.moveTo(v1), "never back to an older version");
  }

  @Test
  void aRevisionKeepsTheStateWithAReasonAndNumbersGoUp() {
    TemplateVersion v1 = publishedV1();
    Plan plan = Plan.start(client, v1, consultant, "Bakery plan", NOW);
    plan.answer(key(v1, "Where are you?")).orElseThrow()
        .record(new AnswerValue.Maturity(MaturityStage.AWARENESS, "we plan"), "Cora", NOW);
    PlanRevision first = plan.markRevision("Kick-off", "Cora", NOW);
    PlanRevision second = plan.markRevision("Q1 results: shifting budget to LinkedIn", "Cora", NOW);
    assertEquals(1, first.getNumber());
    assertEquals(2, second.getNumber());
    assertEquals(MaturityStage.AWARENESS, first.getMaturity());
    assertEquals("Awareness: we plan", first.snapshot().entry(key(v1, "Where are you?")).orElseThrow().text());
    assertThrows(IllegalArgumentException.class, () -> plan.markRevision("  ", "Cora", NOW));
  }

  @Test
  void metricsComeFromMetricDefinitionsAndGoals() {
    TemplateVersion v1 = publishedV1();
    Plan plan = Plan.start(client, v1, consultant, "Bakery plan", NOW);
    assertTrue(plan.metrics().isEmpty(), "no metric until one is named");
    plan.answer(key(v1, "A metric")).orElseThrow()
        .record(new AnswerValue.MetricDefinition("Followers", "people", new BigDecimal("500"), Cadence.MONTHLY), "Cora", NOW);
    PlanMetric metric = plan.metrics().get(0);
    assertEquals("Followers (people)", metric.label());
    assertEquals(new BigDecimal("500"), metric.target());
  }

  @Test
  void theClientsMembersItsConsultantsAndOwnersOpenIt() {
    Plan plan = Plan.start(client, publishedV1(), consultant, "Bakery plan", NOW);
    Account member = Account.clientMember(EmailAddress.of("m@bakery.example"), "Mo", client, NOW);
    Account otherMember = Account.clientMember(EmailAddress.of("o@other.example"), "Ola", new ClientOrganisation("Other", NOW), NOW);
    Account owner = Account.staff(EmailAddress.of("o@x.example"), "Olu", Roles.of(Role.OWNER), NOW);
    Account otherConsultant = Account.staff(EmailAddress.of("d@x.example"), "Dee", Roles.of(Role.CONSULTANT), NOW);
    Account instructor = Account.staff(EmailAddress.of("i@x.example"), "Ivo", Roles.of(Role.INSTRUCTOR), NOW);

    assertTrue(plan.isOpenTo(member));
    assertTrue(plan.isOpenTo(consultant));
    assertTrue(plan.isOpenTo(owner));
    assertFalse(plan.isOpenTo(otherMember));
    assertFalse(plan.isOpenTo(otherConsultant));
    assertFalse(plan.isOpenTo(instructor));
    client.leadBy(otherConsultant);
    assertTrue(plan.isOpenTo(otherConsultant), "the client's lead consultant works on its plans");
  }
}
