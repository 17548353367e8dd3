package io.banyan.it.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.client.ClientDetails;
import io.banyan.application.client.ClientService;
import io.banyan.application.plan.MetricCheckIns;
import io.banyan.application.plan.PlanExport;
import io.banyan.application.plan.PlanQuery;
import io.banyan.application.plan.PlanRevisions;
import io.banyan.application.plan.PlanRow;
import io.banyan.application.plan.PlanService;
import io.banyan.application.plan.StarterTemplates;
import io.banyan.application.plan.TemplateService;
import io.banyan.application.team.StaffService;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.plan.AnswerProblem;
import io.banyan.domain.plan.AnswerRules;
import io.banyan.domain.plan.AnswerValue;
import io.banyan.domain.plan.Cadence;
import io.banyan.domain.plan.InvalidAnswerException;
import io.banyan.domain.plan.MaturityStage;
import io.banyan.domain.plan.MetricCheckIn;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanAnswer;
import io.banyan.domain.plan.PlanMetric;
import io.banyan.domain.plan.PlanRevision;
import io.banyan.domain.plan.Progress;
import io.banyan.domain.plan.QuestionKind;
import io.banyan.domain.plan.QuestionSettings;
import io.banyan.domain.plan.RevisionComparison;
import io.banyan.domain.plan.StarterTemplate;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import io.banyan.infrastructure.persistence.SqlStatementCounter;
import io.banyan.infrastructure.security.CallerKey;
import io.banyan.infrastructure.tenancy.TenantScope;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.Rows;
import io.banyan.it.support.TestTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Client plans: starting one from the starter template, answering with versions and the rules of
 * each kind, who may open a plan, the plan list, revisions and template upgrades, metric
 * check-ins, the PDF and CSV exports, and the editor's fixed number of statements.
 */
@ExtendWith(ArquillianExtension.class)
class PlanServiceIT {

  private static final String LONG_ANSWER = ("We bake sourdough and rye every night and deliver to the offices nearby before nine; "
      + "customers order on the website and pay at the end of the month. ").repeat(20);

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("plans");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private PlanService plans;
  @Inject private PlanRevisions revisions;
  @Inject private MetricCheckIns checkIns;
  @Inject private PlanExport export;
  @Inject private TemplateService templates;
  @Inject private StarterTemplates starter;
  @Inject private ClientService clients;
  @Inject private StaffService staff;

  @Resource(lookup = "jdbc/banyan")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  @Test
  void aConsultantStartsAPlanFromTheStarterTemplateWithEveryAnswerEmpty() {
    TestTenant t = fixtures.tenant("plan-start");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long v1 = starterVersion(t);

    long planId = plans.create(t.clientId(), v1, null).getId();

    Plan plan = plans.editor(planId);
    List<TemplateQuestion> questions = questions(plan).toList();
    int required = (int) questions.stream().filter(TemplateQuestion::isRequired).count();
    assertTrue(required > 0 && questions.size() > required, "the starter asks required and optional questions");
    assertEquals(questions.size(), plan.getAnswers().size(), "one answer per question, no more");
    assertEquals(questions.stream().map(TemplateQuestion::getKey).collect(Collectors.toSet()), plan.currentAnswers().keySet());
    assertTrue(plan.getAnswers().stream().allMatch(a -> !a.isFilled() && a.value().isEmpty() && a.getUpdatedBy() == null));
    assertEquals(new Progress(0, required), plan.progress());
    assertEquals(StarterTemplate.NAME + " for " + plan.getClient().getName(), plan.getTitle(), "an untitled plan is named after template and client");
    assertEquals(t.consultantId(), plan.getConsultant().getId());

    PlanRow row = plans.page(PlanQuery.all(), 0, 10).get(0);
    assertEquals(new Progress(0, required), row.progress());
  }

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private jakarta.enterprise.concurrent.ManagedExecutorService executor;

  @Test
  void tenSimultaneousSavesOfOneAnswerMakeOneSaveAndNineConflicts() throws Exception {
    TestTenant t = fixtures.tenant("plan-race");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long planId = plans.create(t.clientId(), starterVersion(t), "Race plan").getId();
    String story = keyOf(plans.editor(planId), QuestionKind.LONG_TEXT);
    long opened = plans.editor(planId).answer(story).orElseThrow().getVersion();

    int calls = 10;
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
    for (int i = 0; i < calls; i++) {
      String text = "Version " + i + " of our story, typed at the same moment";
      results.add(executor.submit(() -> {
        go.await(30, java.util.concurrent.TimeUnit.SECONDS);
        try {
          plans.saveAnswer(planId, story, new AnswerValue.Text(text), opened);
          return "saved";
        } catch (ConcurrentChangeException conflict) {
          return "conflict";
        } catch (RuntimeException other) {
          return other.toString();
        }
      }));
    }
    go.countDown();
    Map<String, Long> outcomes = new java.util.TreeMap<>();
    for (java.util.concurrent.Future<String> result : results) {
      outcomes.merge(result.get(60, java.util.concurrent.TimeUnit.SECONDS), 1L, Long::sum);
    }
    System.out.println("10 simultaneous saves of one answer: " + outcomes);
    assertEquals(Map.of("saved", 1L, "conflict", 9L), outcomes, "one save, and every other one the keep-mine / take-theirs choice");
    assertEquals(opened + 1, plans.editor(planId).answer(story).orElseThrow().getVersion());
  }

  @Test
  void savingAnAnswerBumpsItsVersionAndAStaleVersionIsRefused() {
    TestTenant t = fixtures.tenant("plan-answer");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long planId = plans.create(t.clientId(), starterVersion(t), "Bakery plan").getId();
    Plan plan = plans.editor(planId);
    String story = keyOf(plan, QuestionKind.LONG_TEXT);
    PlanAnswer opened = plan.answer(story).orElseThrow();

    PlanAnswer saved = plans.saveAnswer(planId, story, new AnswerValue.Text(LONG_ANSWER), opened.getVersion());
    assertEquals(opened.getVersion() + 1, saved.getVersion());

    // a second editor that opened the plan before the save must not overwrite it
    Failure.expect(ConcurrentChangeException.class,
        () -> plans.saveAnswer(planId, story, new AnswerValue.Text("Overwritten"), opened.getVersion()));
    PlanAnswer stored = plans.editor(planId).answer(story).orElseThrow();
    assertEquals(new AnswerValue.Text(LONG_ANSWER), stored.value());
    assertEquals(saved.getVersion(), stored.getVersion());
    assertTrue(stored.isFilled());
    assertEquals(plan.getConsultant().getEmail().value(), stored.getUpdatedBy());

    String goalKey = keyOf(plan, QuestionKind.SMART_GOAL);
    AnswerValue.SmartGoal goal = goal(new BigDecimal("12"), new BigDecimal("40"));
    save(planId, goalKey, goal);
    assertEquals(goal, plans.editor(planId).answer(goalKey).orElseThrow().value());
  }

  @Test
  void anInvalidAnswerOrAQuestionNotAskedStoresNothing() {
    TestTenant t = fixtures.tenant("plan-invalid");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long planId = plans.create(t.clientId(), starterVersion(t), "Bakery plan").getId();
    String goalKey = keyOf(plans.editor(planId), QuestionKind.SMART_GOAL);
    save(planId, goalKey, goal(new BigDecimal("12"), new BigDecimal("40")));
    Plan plan = plans.editor(planId);
    List<Map<String, Object>> before = Rows.ofTenant(dataSource, "plan_answer", t.tenantId());

    InvalidAnswerException sameAsBaseline = Failure.expect(InvalidAnswerException.class, () -> plans.saveAnswer(planId, goalKey,
        goal(new BigDecimal("12"), new BigDecimal("12.0")), plan.answer(goalKey).orElseThrow().getVersion()));
    assertEquals(List.of("target"), sameAsBaseline.problems().stream().map(AnswerProblem::part).toList());

    String choiceKey = keyOf(plan, QuestionKind.SINGLE_CHOICE);
    Failure.expect(InvalidAnswerException.class, () -> plans.saveAnswer(planId, choiceKey,
        new AnswerValue.Choice(Set.of("Something not offered")), plan.answer(choiceKey).orElseThrow().getVersion()));

    String textKey = keyOf(plan, QuestionKind.LONG_TEXT);
    Failure.expect(InvalidAnswerException.class, () -> plans.saveAnswer(planId, textKey,
        new AnswerValue.Text("x".repeat(AnswerRules.LONG_TEXT_MAX + 1)), plan.answer(textKey).orElseThrow().getVersion()));

    Failure.expect(BanyanException.class,
        () -> plans.saveAnswer(planId, "not-a-question-of-this-plan", new AnswerValue.Text("Lost"), 1));

    assertEquals(before, Rows.ofTenant(dataSource, "plan_answer", t.tenantId()), "nothing refused reached the database");
    // the limit itself is allowed, so the refusal above was about the length and nothing else
    save(planId, textKey, new AnswerValue.Text("x".repeat(AnswerRules.LONG_TEXT_MAX)));
  }

  @Test
  void onlyTheClientsMembersItsConsultantsAndOwnersOpenAPlan() {
    TestTenant t = fixtures.tenant("plan-access");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long planId = plans.create(t.clientId(), starterVersion(t), "Bakery plan").getId();
    String key = keyOf(plans.editor(planId), QuestionKind.LONG_TEXT);
    ClientOrganisation otherClient = clients.create(new ClientDetails("Other business", null, null, null, null));
    Account otherMember = clients.inviteMember(otherClient.getId(), EmailAddress.of("other@business.example"), "Other Member");
    acting.as(t.owner(), TestTenant.OWNER);
    Account stranger = staff.invite(EmailAddress.of("stranger@test.example"), "Stranger", Roles.of(Role.CONSULTANT));

    acting.as(t.member(), TestTenant.CLIENT);
    save(planId, key, new AnswerValue.Text("Written by the client"));
    assertEquals(List.of(planId), plans.myPlans().stream().map(Plan::getId).toList());
    assertEquals(t.memberEmail(), plans.editor(planId).answer(key).orElseThrow().getUpdatedBy());
    Failure.expect(EJBAccessException.class, () -> plans.page(PlanQuery.all(), 0, 10));

    // another organisation's member, and a consultant with no part in the plan, learn nothing, not even that it exists
    long version = plans.editor(planId).answer(key).orElseThrow().getVersion();
    acting.as(CallerKey.ofAccount(t.tenantId(), otherMember.getId()), TestTenant.CLIENT);
    Failure.expect(UnknownEntityException.class, () -> plans.editor(planId));
    Failure.expect(UnknownEntityException.class, () -> plans.saveAnswer(planId, key, new AnswerValue.Text("Not mine"), version));
    assertTrue(plans.myPlans().isEmpty());

    acting.as(CallerKey.ofAccount(t.tenantId(), stranger.getId()), TestTenant.CONSULTANT);
    Failure.expect(UnknownEntityException.class, () -> plans.editor(planId));
    Failure.expect(UnknownEntityException.class, () -> plans.saveAnswer(planId, key, new AnswerValue.Text("Not mine"), version));
    Failure.expect(UnknownEntityException.class, () -> export.pdf(planId));
    assertEquals(0, plans.count(PlanQuery.all()));

    acting.as(t.owner(), TestTenant.OWNER);
    PlanAnswer seenByOwner = plans.editor(planId).answer(key).orElseThrow();
    assertEquals(new AnswerValue.Text("Written by the client"), seenByOwner.value());
    assertEquals(version, seenByOwner.getVersion(), "the refused saves changed nothing");
  }

  @Test
  void theListShowsAConsultantTheirPlansFiltersThemAndCountsProgress() {
    TestTenant t = fixtures.tenant("plan-list");
    acting.as(t.owner(), TestTenant.OWNER);
    long starterV1 = starterVersion(t);
    TemplateVersion quick = publishedTemplate("Quick check", 1, 2, n -> QuestionKind.LONG_TEXT);
    ClientOrganisation unled = clients.create(new ClientDetails("Unled bakery", null, null, null, null));
    long ownersPlan = plans.create(unled.getId(), quick.getId(), "Owner's quick check").getId();
    Account second = staff.invite(EmailAddress.of("second@test.example"), "Second Consultant", Roles.of(Role.CONSULTANT));

    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long leadsPlan = plans.create(t.clientId(), starterV1, "Lead's plan").getId();
    // required questions count, optional ones do not
    Plan plan = plans.editor(leadsPlan);
    List<TemplateQuestion> required = questions(plan).filter(TemplateQuestion::isRequired).toList();
    TemplateQuestion optional = questions(plan).filter(q -> !q.isRequired() && q.getKind() == QuestionKind.LONG_TEXT).findFirst().orElseThrow();
    List.of(required.stream().filter(q -> q.getKind() == QuestionKind.LONG_TEXT).findFirst().orElseThrow(),
            required.stream().filter(q -> q.getKind() == QuestionKind.YES_NO).findFirst().orElseThrow(), optional)
        .forEach(q -> save(leadsPlan, q.getKey(), sample(q.getKind())));

    acting.as(CallerKey.ofAccount(t.tenantId(), second.getId()), TestTenant.CONSULTANT);
    long secondsPlan = plans.create(t.clientId(), starterV1, "Second's plan").getId();
    assertEquals(List.of("Second's plan"), titles(plans.page(PlanQuery.all(), 0, 10)));
    assertEquals(1, plans.count(PlanQuery.all()));

    // the client's lead sees the plans of that client, whoever started them
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    List<PlanRow> rows = plans.page(PlanQuery.all(), 0, 10);
    assertEquals(List.of("Lead's plan", "Second's plan"), titles(rows));
    assertEquals(2, plans.count(PlanQuery.all()));
    assertEquals(new Progress(2, required.size()), rows.get(0).progress());
    assertEquals(new Progress(0, required.size()), rows.get(1).progress());
    assertEquals(plans.editor(leadsPlan).progress(), rows.get(0).progress(), "the list counts as the editor does");
    assertEquals(List.of("Lead's plan"), titles(plans.page(PlanQuery.all(), 0, 1)));
    assertEquals(List.of("Second's plan"), titles(plans.page(PlanQuery.all(), 1, 1)));

    acting.as(t.owner(), TestTenant.OWNER);
    long starterTemplateId = plans.editor(leadsPlan).getTemplateVersion().getTemplate().getId();
    assertEquals(3, plans.count(PlanQuery.all()));
    assertEquals(List.of(ownersPlan), ids(plans.page(new PlanQuery(unled.getId(), null, null, null), 0, 10)));
    assertEquals(List.of(leadsPlan, secondsPlan), ids(plans.page(new PlanQuery(null, starterTemplateId, null, null), 0, 10)));
    assertEquals(List.of(secondsPlan), ids(plans.page(new PlanQuery(null, null, second.getId(), null), 0, 10)));
    assertEquals(List.of(leadsPlan), ids(plans.page(new PlanQuery(t.clientId(), starterTemplateId, t.consultantId(), null), 0, 10)));
    assertEquals(1, plans.count(new PlanQuery(null, null, null, "QUICK")));
    assertEquals(0, plans.count(new PlanQuery(null, null, null, "_")), "an underscore typed in the search is a character");
    assertEquals(new Progress(0, 1), plans.page(new PlanQuery(unled.getId(), null, null, null), 0, 10).get(0).progress());
  }

  @Test
  void aRevisionIsMarkedWithAReasonAndComparedWithNow() {
    TestTenant t = fixtures.tenant("plan-revisions");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long planId = plans.create(t.clientId(), starterVersion(t), "Bakery plan").getId();
    Plan plan = plans.editor(planId);
    String why = keyOf(plan, QuestionKind.LONG_TEXT);
    save(planId, why, new AnswerValue.Text("To sell bread"));

    Instant before = Instant.now();
    PlanRevision first = revisions.mark(planId, "  First draft agreed with the owner ");
    Instant after = Instant.now();
    assertEquals(1, first.getNumber());
    assertEquals("First draft agreed with the owner", first.getReason());
    assertEquals(plan.getConsultant().getEmail().value(), first.getMadeBy());
    assertFalse(first.getMadeAt().isBefore(before) || first.getMadeAt().isAfter(after), first.getMadeAt().toString());

    Failure.expect(IllegalArgumentException.class, () -> revisions.mark(planId, "   "));
    assertEquals(1, plans.editor(planId).getLastRevision(), "a refused revision takes no number");

    save(planId, why, new AnswerValue.Text("To sell cakes"));
    PlanRevisions.Comparison comparison = revisions.compare(planId, 1, PlanRevisions.CURRENT);
    assertEquals("Revision 1", comparison.beforeLabel());
    assertEquals("Now", comparison.afterLabel());
    RevisionComparison.Row changed = row(comparison, label(plan, why));
    assertEquals(RevisionComparison.Change.CHANGED, changed.change());
    assertEquals("To sell bread", changed.before());
    assertEquals("To sell cakes", changed.after());
    assertEquals(1, comparison.changes(), "nothing else changed");
    assertEquals(questions(plan).count(), comparison.rows().size());

    assertEquals(2, revisions.mark(planId, "Cakes sell better").getNumber());
    assertEquals(List.of(2, 1), revisions.list(planId).stream().map(PlanRevision::getNumber).toList());
    assertEquals(0, revisions.compare(planId, 2, PlanRevisions.CURRENT).changes());
    Failure.expect(UnknownEntityException.class, () -> revisions.compare(planId, 3, PlanRevisions.CURRENT));
  }

  @Test
  void movingToANewerTemplateVersionKeepsEveryAnswerAndARevisionOfBefore() {
    TestTenant t = fixtures.tenant("plan-upgrade");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    TemplateVersion v1 = templates.create("Quick strategy", null);
    TemplateSection why = templates.addSection(v1.getId(), "Why", null);
    TemplateQuestion kept = templates.ask(why.getId(), QuestionKind.LONG_TEXT, "Why are you doing this?", null, true, QuestionSettings.NONE);
    TemplateQuestion dropped = templates.ask(why.getId(), QuestionKind.SHORT_TEXT, "Old question", null, false, QuestionSettings.NONE);
    templates.publish(v1.getId());
    long planId = plans.create(t.clientId(), v1.getId(), "Bakery plan").getId();
    save(planId, kept.getKey(), new AnswerValue.Text("We love bread"));
    save(planId, dropped.getKey(), new AnswerValue.Text("Kept for the record"));
    assertTrue(revisions.newerVersion(planId).isEmpty());

    TemplateVersion v2 = templates.newDraftFrom(v1.getId());
    templates.removeQuestion(templates.version(v2.getId()).orElseThrow().question(dropped.getKey()).orElseThrow().getId());
    long v2Section = templates.version(v2.getId()).orElseThrow().getSections().get(0).getId();
    TemplateQuestion added = templates.ask(v2Section, QuestionKind.YES_NO, "Do you have a budget?", null, true, QuestionSettings.NONE);
    assertTrue(revisions.newerVersion(planId).isEmpty(), "a draft is not a newer version yet");
    templates.publish(v2.getId());

    assertEquals(v2.getId(), revisions.newerVersion(planId).orElseThrow().getId());
    revisions.upgrade(planId, v2.getId());

    Plan moved = plans.editor(planId);
    assertEquals(2, moved.getTemplateVersion().getNumber());
    assertEquals(new AnswerValue.Text("We love bread"), moved.answer(kept.getKey()).orElseThrow().value());
    assertTrue(moved.answer(added.getKey()).orElseThrow().value().isEmpty());
    assertTrue(moved.answer(dropped.getKey()).isEmpty(), "no longer asked");
    assertEquals(List.of("Kept for the record"), moved.answersNoLongerAsked().stream().map(a -> a.value().display()).toList());
    assertEquals(new Progress(1, 2), moved.progress());
    assertTrue(revisions.newerVersion(planId).isEmpty());

    List<PlanRevision> made = revisions.list(planId);
    assertEquals(1, made.size(), "the state before the move, kept as a revision");
    assertEquals(1, made.get(0).getTemplateVersionNumber());
    PlanRevisions.Comparison sinceMove = revisions.compare(planId, made.get(0).getNumber(), PlanRevisions.CURRENT);
    assertEquals(RevisionComparison.Change.SAME, row(sinceMove, "Why are you doing this?").change());
    assertEquals(RevisionComparison.Change.ADDED, row(sinceMove, "Do you have a budget?").change());
    RevisionComparison.Row removed = row(sinceMove, "Old question");
    assertEquals(RevisionComparison.Change.REMOVED, removed.change());
    assertEquals("Kept for the record", removed.before(), "the old answer stays readable in the revision");
  }

  @Test
  void checkInsRecordAPlansMetricsOncePerDay() {
    TestTenant t = fixtures.tenant("plan-metrics");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long planId = plans.create(t.clientId(), starterVersion(t), "Bakery plan").getId();
    Plan plan = plans.editor(planId);
    assertTrue(checkIns.metrics(planId).isEmpty(), "nothing is measured before a metric is defined");
    String metricKey = keyOf(plan, QuestionKind.METRIC_DEFINITION);
    save(planId, metricKey, new AnswerValue.MetricDefinition("Lunch orders per week", "orders", new BigDecimal("40"), Cadence.WEEKLY));

    List<PlanMetric> metrics = checkIns.metrics(planId);
    assertEquals(List.of(metricKey), metrics.stream().map(PlanMetric::key).toList());
    assertEquals("Lunch orders per week (orders)", metrics.get(0).label());

    LocalDate lastWeek = LocalDate.now(ZoneOffset.UTC).minusDays(7);
    LocalDate threeDaysAgo = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    checkIns.record(planId, metricKey, threeDaysAgo, new BigDecimal("12"));
    checkIns.record(planId, metricKey, lastWeek, new BigDecimal("9"));
    // a typo is corrected by recording the same day again
    checkIns.record(planId, metricKey, threeDaysAgo, new BigDecimal("14.5"));

    List<MetricCheckIn> recorded = checkIns.checkIns(planId);
    assertEquals(List.of(lastWeek, threeDaysAgo), recorded.stream().map(MetricCheckIn::getMeasuredOn).toList());
    assertEquals(0, new BigDecimal("14.5").compareTo(recorded.get(1).getActual()), recorded.get(1).getActual().toPlainString());
    assertEquals(plan.getConsultant().getEmail().value(), recorded.get(1).getRecordedBy());
    assertEquals(2, Rows.ofTenant(dataSource, "metric_check_in", t.tenantId()).size(), "one row per metric and day");

    LocalDate nextWeek = LocalDate.now(ZoneOffset.UTC).plusDays(7);
    Failure.expect(IllegalArgumentException.class, () -> checkIns.record(planId, metricKey, nextWeek, BigDecimal.TEN));
    Failure.expect(UnknownEntityException.class, () -> checkIns.record(planId, "no-such-metric", threeDaysAgo, BigDecimal.TEN));
    String notAMetric = keyOf(plan, QuestionKind.LONG_TEXT);
    Failure.expect(UnknownEntityException.class, () -> checkIns.record(planId, notAMetric, threeDaysAgo, BigDecimal.TEN));
    assertEquals(2, Rows.ofTenant(dataSource, "metric_check_in", t.tenantId()).size());
  }

  @Test
  void thePlanExportsAsPdfAndTheListAsSafeCsv() {
    TestTenant t = fixtures.tenant("plan-export");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long v1 = starterVersion(t);
    long planId = plans.create(t.clientId(), v1, "Bakery plan 2030").getId();
    save(planId, keyOf(plans.editor(planId), QuestionKind.LONG_TEXT), new AnswerValue.Text("We bake sourdough for the offices nearby"));

    String text = pdfText(export.pdf(planId));
    assertTrue(text.contains("Bakery plan 2030"), text);
    assertTrue(text.contains("We bake sourdough for the offices nearby"), text);
    assertTrue(text.contains("Not answered yet"), "questions still open show as such");

    ClientOrganisation formula = clients.create(new ClientDetails("=2+3 Bakery", null, null, null, null));
    plans.create(formula.getId(), v1, "Formula plan");
    String csv = export.csv(PlanQuery.all());
    List<String> lines = csv.lines().toList();
    assertTrue(lines.get(0).startsWith("Plan,Client,Template,"), lines.get(0));
    assertEquals(3, lines.size(), csv);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Formula plan,'=2+3 Bakery,")), csv);
    assertFalse(csv.contains(",=2+3"), "a spreadsheet must not run the client's name as a formula");
  }

  @Test
  void thePdfShowsEveryScriptAndTheReadersLanguage() {
    TestTenant t = fixtures.tenant("plan-pdf-scripts");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long v1 = starterVersion(t);
    long planId = plans.create(t.clientId(), v1, "Bakery plan 2031").getId();
    save(planId, keyOf(plans.editor(planId), QuestionKind.LONG_TEXT), new AnswerValue.Text("Café 🎉 مرحبا بالعالم"));

    String english = pdfText(export.pdf(planId));
    assertTrue(english.contains("Café"), english);
    assertTrue(english.contains("مرحبا بالعالم"), "the Arabic comes back in reading order: " + english);
    assertTrue(english.contains("Café □ ") || english.contains("🎉"), "an emoji no font has shows as a box: " + english);
    assertTrue(english.contains("Not answered yet"), english);

    Locale spanish = Locale.forLanguageTag("es");
    String inSpanish = pdfText(export.pdf(planId, spanish, ZoneId.of("Europe/Madrid")));
    assertTrue(inSpanish.contains("Café") && inSpanish.contains("مرحبا بالعالم"), inSpanish);
    assertTrue(inSpanish.contains("Aún sin responder") && inSpanish.contains("Impreso el ") && inSpanish.contains(" · página 1"), inSpanish);
    assertFalse(inSpanish.contains("Not answered yet"), inSpanish);

    String csv = export.csv(PlanQuery.all(), spanish);
    assertTrue(csv.startsWith("Plan,Cliente,Plantilla,Versión,Consultor/a,Respondidas,Obligatorias,Progreso %,Última revisión\r\n"), csv);
  }

  @Test
  void aLargePlanExportsToPdf() {
    TestTenant t = fixtures.tenant("plan-pdf");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    TemplateVersion v1 = publishedTemplate("Long answers", 10, 8, n -> QuestionKind.LONG_TEXT);
    long planId = plans.create(t.clientId(), v1.getId(), "Long plan").getId();
    answerAll(planId, q -> new AnswerValue.Text(q.getLabel() + " answered. " + LONG_ANSWER));

    long started = System.nanoTime();
    byte[] cold = export.pdf(planId);
    long coldMillis = (System.nanoTime() - started) / 1_000_000;
    started = System.nanoTime();
    byte[] pdf = export.pdf(planId);
    long warmMillis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("PDF export, 10 sections x 8 long-text answers of " + LONG_ANSWER.length() + " characters: "
        + coldMillis + " ms first call, " + warmMillis + " ms second call, " + pdf.length + " bytes");

    String text = pdfText(pdf);
    assertTrue(text.contains("Question 1.1 answered.") && text.contains("Question 10.8 answered."));
    assertFalse(text.contains("Not answered yet"));
    assertTrue(cold.length > 0);
  }

  @Test
  void theEditorNeedsTheSameNumberOfStatementsWhateverThePlansSize() {
    TestTenant t = fixtures.tenant("plan-sql");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    QuestionKind[] kinds = QuestionKind.values();
    TemplateVersion small = publishedTemplate("Small", 2, 2, n -> kinds[n % kinds.length]);
    TemplateVersion large = publishedTemplate("Large", 10, 8, n -> kinds[n % kinds.length]);
    long smallPlan = plans.create(t.clientId(), small.getId(), "Small plan").getId();
    long largePlan = plans.create(t.clientId(), large.getId(), "Large plan").getId();
    answerAll(smallPlan, q -> sample(q.getKind()));
    answerAll(largePlan, q -> sample(q.getKind()));
    assertEquals(new Progress(40, 40), plans.editor(largePlan).progress(), "every kind answered and accepted");

    // outside a transaction here, so each call gets its own, as from a page, and reads nothing from an earlier one
    assertEquals(Status.STATUS_NO_TRANSACTION, transactions.getTransactionStatus());
    int forSmall = statementsOf(() -> plans.editor(smallPlan));
    int forLarge = statementsOf(() -> plans.editor(largePlan));
    System.out.println("PlanService.editor: " + forSmall + " SQL statements for 2 x 2 questions, " + forLarge + " for 10 x 8");

    assertTrue(forSmall > 0, "the counter sees the editor's statements");
    assertEquals(forSmall, forLarge, "the editor's statements must not grow with the number of questions");
  }

  // --- helpers

  /** The consultancy's published starter template, given to it here as onboarding does. */
  private long starterVersion(TestTenant t) {
    TenantScope.callAs(t.tenantId(), starter::ensure);
    return plans.startableVersions().stream()
        .filter(v -> v.getTemplate().getName().equals(StarterTemplate.NAME))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  /** A published template of that many sections and questions each; every odd question is required. */
  private TemplateVersion publishedTemplate(String name, int sections, int perSection, IntFunction<QuestionKind> kindOfNth) {
    TemplateVersion draft = templates.create(name, null);
    int n = 0;
    for (int s = 1; s <= sections; s++) {
      TemplateSection section = templates.addSection(draft.getId(), "Section " + s, "<p>Guidance " + s + "</p>");
      for (int q = 1; q <= perSection; q++) {
        QuestionKind kind = kindOfNth.apply(n++);
        templates.ask(section.getId(), kind, "Question " + s + "." + q, null, q % 2 == 1, settingsFor(kind));
      }
    }
    return templates.publish(draft.getId());
  }

  private static QuestionSettings settingsFor(QuestionKind kind) {
    return switch (kind) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> QuestionSettings.options("One", "Two", "Three");
      case TABLE -> QuestionSettings.columns("Step", "Owner");
      case NUMBER -> QuestionSettings.number(BigDecimal.ZERO, new BigDecimal("1000"), "hours");
      default -> QuestionSettings.NONE;
    };
  }

  /** An answer each kind's rules accept. */
  private static AnswerValue sample(QuestionKind kind) {
    return switch (kind) {
      case SHORT_TEXT -> new AnswerValue.Text("The owner decides");
      case LONG_TEXT -> new AnswerValue.Text(LONG_ANSWER);
      case NUMBER -> new AnswerValue.Number(new BigDecimal("12"));
      case DATE -> new AnswerValue.Date(LocalDate.of(2031, 3, 1));
      case SINGLE_CHOICE -> new AnswerValue.Choice(Set.of("Two"));
      case MULTIPLE_CHOICE -> new AnswerValue.Choice(Set.of("One", "Three"));
      case YES_NO -> new AnswerValue.YesNo(true);
      case TABLE -> new AnswerValue.Table(List.of(Map.of("Step", "Open the LinkedIn page", "Owner", "Ana")));
      case SMART_GOAL -> goal(new BigDecimal("12"), new BigDecimal("40"));
      case PLATFORM_CHOICE -> new AnswerValue.Platforms(List.of(new AnswerValue.PlatformReason("LinkedIn", "Office managers are there")));
      case DEPARTMENT_MATRIX -> new AnswerValue.DepartmentMatrix(List.of(new AnswerValue.DepartmentUse("Sales", "Find offices that order lunch", "Ana")));
      case MATURITY -> new AnswerValue.Maturity(MaturityStage.AWARENESS, "We post weekly but measure nothing yet");
      case METRIC_DEFINITION -> new AnswerValue.MetricDefinition("Lunch orders per week", "orders", new BigDecimal("40"), Cadence.WEEKLY);
    };
  }

  private static AnswerValue.SmartGoal goal(BigDecimal baseline, BigDecimal target) {
    return new AnswerValue.SmartGoal("40 lunch orders a week from nearby offices", "Lunch orders per week", baseline, target,
        "Two offices already order every week", "Grow weekday revenue", LocalDate.now(ZoneOffset.UTC).plusMonths(6));
  }

  /** Saves with the version an editor opened just now would send. */
  private PlanAnswer save(long planId, String key, AnswerValue value) {
    return plans.saveAnswer(planId, key, value, plans.editor(planId).answer(key).orElseThrow().getVersion());
  }

  /** Answers every question; each answer has its own version, so one read of the editor serves all. */
  private void answerAll(long planId, Function<TemplateQuestion, AnswerValue> value) {
    for (PlanAnswer answer : plans.editor(planId).currentAnswers().values()) {
      plans.saveAnswer(planId, answer.getQuestionKey(), value.apply(answer.getQuestion()), answer.getVersion());
    }
  }

  /** Statements one service call sends on this thread. */
  private static int statementsOf(Runnable call) {
    int statements;
    SqlStatementCounter.start();
    try {
      call.run();
    } finally {
      statements = SqlStatementCounter.stop();
    }
    return statements;
  }

  private static Stream<TemplateQuestion> questions(Plan plan) {
    return plan.getTemplateVersion().getSections().stream().flatMap(s -> s.getQuestions().stream());
  }

  /** The key of the first question of that kind, in the order the template asks. */
  private static String keyOf(Plan plan, QuestionKind kind) {
    return questions(plan).filter(q -> q.getKind() == kind).findFirst().orElseThrow().getKey();
  }

  private static String label(Plan plan, String key) {
    return questions(plan).filter(q -> q.getKey().equals(key)).findFirst().orElseThrow().getLabel();
  }

  private static RevisionComparison.Row row(PlanRevisions.Comparison comparison, String label) {
    return comparison.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
  }

  private static List<String> titles(List<PlanRow> rows) {
    return rows.stream().map(PlanRow::title).toList();
  }

  private static List<Long> ids(List<PlanRow> rows) {
    return rows.stream().map(PlanRow::id).toList();
  }

  /** The PDF's text with every run of white space as one space, as a reader would search it. */
  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
