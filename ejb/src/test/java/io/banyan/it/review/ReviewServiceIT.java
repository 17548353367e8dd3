package io.banyan.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.client.ClientDetails;
import io.banyan.application.client.ClientService;
import io.banyan.application.homework.HomeworkService;
import io.banyan.application.plan.PlanService;
import io.banyan.application.plan.TemplateService;
import io.banyan.application.review.ClientRow;
import io.banyan.application.review.QueueRow;
import io.banyan.application.review.ReviewService;
import io.banyan.application.team.StaffService;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.homework.AssignedSection;
import io.banyan.domain.homework.SectionStatus;
import io.banyan.domain.plan.AnswerValue;
import io.banyan.domain.plan.QuestionKind;
import io.banyan.domain.plan.QuestionSettings;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import io.banyan.infrastructure.persistence.SqlStatementCounter;
import io.banyan.infrastructure.security.CallerKey;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.TestTenant;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reviewer's side: the queue of sections waiting for review (a consultant's own, every one
 * for owners), and the consultant's clients with how their homework stands, each in a fixed
 * number of statements whatever the number of clients.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("reviews");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private ReviewService reviews;
  @Inject private HomeworkService homework;
  @Inject private PlanService plans;
  @Inject private TemplateService templates;
  @Inject private ClientService clients;
  @Inject private StaffService staff;

  @Resource(lookup = "jdbc/banyan")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  @Test
  void theQueueShowsAConsultantTheirOwnSectionsMostOverdueFirst() {
    TestTenant t = fixtures.tenant("rv-queue");
    acting.as(t.owner(), TestTenant.OWNER);
    Account second = staff.invite(EmailAddress.of("second@test.example"), "Second Consultant", Roles.of(Role.CONSULTANT));
    CallerKey secondKey = CallerKey.ofAccount(t.tenantId(), second.getId());

    acting.as(t.consultant(), TestTenant.CONSULTANT);
    Template template = template("Quick check", "One", "Two", "Three");
    String clientA = clients.find(t.clientId()).orElseThrow().getName();
    long planA = plans.create(t.clientId(), template.versionId(), "Plan A").getId();
    ClientOrganisation cafe = clients.create(new ClientDetails("Corner Cafe", null, null, null, null));
    CallerKey cafeMember = CallerKey.ofAccount(t.tenantId(), clients.inviteMember(cafe.getId(), EmailAddress.of("ana@corner.example"), "Ana").getId());
    long planC = plans.create(cafe.getId(), template.versionId(), "Plan C").getId();

    acting.as(secondKey, TestTenant.CONSULTANT);
    ClientOrganisation bakery = clients.create(new ClientDetails("Bakery Brothers", null, null, null, null));
    CallerKey bakeryMember = CallerKey.ofAccount(t.tenantId(), clients.inviteMember(bakery.getId(), EmailAddress.of("bo@bakery.example"), "Bo").getId());
    long planB = plans.create(bakery.getId(), template.versionId(), "Plan B").getId();
    long b1 = assign(planB, template.section(0), 2);

    acting.as(t.consultant(), TestTenant.CONSULTANT);
    List<AssignedSection> aSections = homework.assign(planA, template.sectionIds(), today().plusDays(10), null).getSections();
    long a1 = aSections.get(0).getId();
    long a2 = aSections.get(1).getId();
    long a3 = aSections.get(2).getId();
    long c1 = assign(planC, template.section(0), 3);
    long c2 = assign(planC, template.section(1), 1);
    long c3 = assign(planC, template.section(2), 5);

    acting.as(t.member(), TestTenant.CLIENT);
    answerAndSubmit(planA, template.question(0), a1);
    answerAndSubmit(planA, template.question(1), a2);
    acting.as(cafeMember, TestTenant.CLIENT);
    answerAndSubmit(planC, template.question(0), c1);
    answerAndSubmit(planC, template.question(1), c2);
    acting.as(bakeryMember, TestTenant.CLIENT);
    answerAndSubmit(planB, template.question(0), b1);

    acting.as(t.consultant(), TestTenant.CONSULTANT);
    homework.approve(a2);
    homework.startReview(c1);
    homework.excuse(c3);
    // due dates in the past cannot be given, so time passes in the database
    dueOn(a1, today().minusDays(5));
    dueOn(a3, today().minusDays(2));
    dueOn(c3, today().minusDays(1));

    // the consultant: their sections only, the most overdue first
    List<QueueRow> mine = reviews.queue(null, null, 0, 10);
    assertEquals(List.of(a1, c2, c1), ids(mine));
    assertEquals(3, reviews.queueCount(null, null));
    QueueRow first = mine.get(0);
    assertEquals(List.of(clientA, "Plan A", "One", SectionStatus.SUBMITTED, today().minusDays(5)),
        List.of(first.clientName(), first.planTitle(), first.sectionTitle(), first.status(), first.dueOn()));
    assertTrue(first.reviewerName().startsWith("Consultant "), first.reviewerName());
    assertTrue(first.submittedAt() != null);
    assertEquals(List.of(c2), ids(reviews.queue(null, null, 1, 1)), "paged");

    // filtered by client and by status
    assertEquals(List.of(c2, c1), ids(reviews.queue(cafe.getId(), null, 0, 10)));
    assertEquals(2, reviews.queueCount(cafe.getId(), null));
    assertEquals(List.of(a1), ids(reviews.queue(t.clientId(), null, 0, 10)));
    assertEquals(List.of(c1), ids(reviews.queue(null, SectionStatus.IN_REVIEW, 0, 10)));
    assertEquals(1, reviews.queueCount(null, SectionStatus.IN_REVIEW));
    assertEquals(List.of(a1, c2), ids(reviews.queue(null, SectionStatus.SUBMITTED, 0, 10)));
    assertEquals(List.of(c2), ids(reviews.queue(cafe.getId(), SectionStatus.SUBMITTED, 0, 10)));
    assertEquals(0, reviews.queueCount(bakery.getId(), null), "another consultant's client");

    // by due date: what is due by that day, the overdue included
    io.banyan.application.review.QueueFilter dueByYesterday = new io.banyan.application.review.QueueFilter(null, null, today().minusDays(1));
    assertEquals(List.of(a1), ids(reviews.queue(dueByYesterday, 0, 10)));
    assertEquals(1, reviews.queueCount(dueByYesterday));

    // the dashboard's recent activity: the newest steps on the consultant's own clients only
    List<io.banyan.domain.homework.SectionTransition> activity = reviews.recentActivity(50);
    assertEquals(c1, activity.get(0).getAssignedSection().getId(), "the newest step first");
    assertEquals(SectionStatus.IN_REVIEW, activity.get(0).getTo());
    assertTrue(activity.stream().noneMatch(step -> step.getAssignedSection().getId() == b1), "another consultant's client stays out");

    // the other consultant sees theirs; an owner sees every one
    acting.as(secondKey, TestTenant.CONSULTANT);
    assertEquals(List.of(b1), ids(reviews.queue(null, null, 0, 10)));
    assertEquals(1, reviews.queueCount(null, null));
    acting.as(t.owner(), TestTenant.OWNER);
    assertEquals(List.of(a1, c2, b1, c1), ids(reviews.queue(null, null, 0, 10)));
    assertEquals(4, reviews.queueCount(null, null));
    assertEquals(List.of(b1), ids(reviews.queue(bakery.getId(), null, 0, 10)));

    // clients and their homework: assigned, waiting for review, approved, late (an excused section is never late)
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    List<ClientRow> myClients = reviews.myClients(0, 10);
    assertEquals(List.of(
            new ClientRow(t.clientId(), clientA, 3, 1, 1, 1),
            new ClientRow(cafe.getId(), "Corner Cafe", 3, 2, 0, 0)),
        myClients);
    assertEquals(33, myClients.get(0).percent());
    assertEquals(2, reviews.myClientCount());
    assertEquals(List.of("Corner Cafe"), reviews.myClients(1, 1).stream().map(ClientRow::clientName).toList());

    acting.as(secondKey, TestTenant.CONSULTANT);
    assertEquals(List.of(new ClientRow(bakery.getId(), "Bakery Brothers", 1, 1, 0, 0)), reviews.myClients(0, 10));
    assertEquals(1, reviews.myClientCount());

    acting.as(t.owner(), TestTenant.OWNER);
    assertEquals(List.of("Bakery Brothers", clientA, "Corner Cafe"), reviews.myClients(0, 10).stream().map(ClientRow::clientName).toList());
    assertEquals(3, reviews.myClientCount());

    // the client takes a late section up again: it is no longer late once submitted
    acting.as(t.member(), TestTenant.CLIENT);
    answerAndSubmit(planA, template.question(2), a3);
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    assertEquals(new ClientRow(t.clientId(), clientA, 3, 2, 1, 0), reviews.myClients(0, 10).get(0));
    assertEquals(List.of(a1, a3, c2, c1), ids(reviews.queue(null, null, 0, 10)));
  }

  @Test
  void theQueueAndTheClientListNeedTheSameStatementsForFiftyClientsAsForFive() {
    TestTenant t = fixtures.tenant("rv-sql");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    Template template = template("Minimal", "Only");

    addClients(t, template, 0, 5);
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    assertEquals(Status.STATUS_NO_TRANSACTION, transactions.getTransactionStatus(), "each call gets its own transaction, as from a page");
    int queueFor5 = statementsOf(() -> {
      assertEquals(5, reviews.queue(null, null, 0, 50).size());
      assertEquals(5, reviews.queueCount(null, null));
    });
    int clientsFor5 = statementsOf(() -> {
      assertEquals(5, reviews.myClients(0, 50).size());
      assertEquals(5, reviews.myClientCount());
    });

    addClients(t, template, 5, 50);
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    int queueFor50 = statementsOf(() -> {
      List<QueueRow> queue = reviews.queue(null, null, 0, 50);
      assertEquals(50, queue.size());
      assertTrue(queue.stream().allMatch(r -> r.clientName() != null && r.reviewerName() != null && r.planTitle() != null));
      assertEquals(50, reviews.queueCount(null, null));
    });
    int clientsFor50 = statementsOf(() -> {
      List<ClientRow> rows = reviews.myClients(0, 50);
      assertEquals(50, rows.size());
      assertTrue(rows.stream().allMatch(r -> r.assigned() == 1 && r.submitted() == 1));
      assertEquals(50, reviews.myClientCount());
    });
    System.out.println("ReviewService.queue + queueCount: " + queueFor5 + " SQL statements for 5 clients, " + queueFor50 + " for 50; "
        + "myClients + myClientCount: " + clientsFor5 + " for 5 clients, " + clientsFor50 + " for 50");

    assertTrue(queueFor5 > 0 && clientsFor5 > 0, "the counter sees the statements");
    assertEquals(queueFor5, queueFor50, "the queue's statements must not grow with the number of clients");
    assertEquals(clientsFor5, clientsFor50, "the client list's statements must not grow with the number of clients");
  }

  // --- helpers

  private record Template(long versionId, List<TemplateSection> sections, List<TemplateQuestion> questions) {

    long section(int i) {
      return sections.get(i).getId();
    }

    TemplateQuestion question(int i) {
      return questions.get(i);
    }

    List<Long> sectionIds() {
      return sections.stream().map(TemplateSection::getId).toList();
    }
  }

  /** A published template of these sections, each with one required short question. */
  private Template template(String name, String... sectionTitles) {
    TemplateVersion draft = templates.create(name, null);
    List<TemplateSection> sections = new java.util.ArrayList<>();
    List<TemplateQuestion> questions = new java.util.ArrayList<>();
    for (String title : sectionTitles) {
      TemplateSection section = templates.addSection(draft.getId(), title, null);
      sections.add(section);
      questions.add(templates.ask(section.getId(), QuestionKind.SHORT_TEXT, title + "?", null, true, QuestionSettings.NONE));
    }
    templates.publish(draft.getId());
    return new Template(draft.getId(), sections, questions);
  }

  /** Clients of the tenant's consultant, each with a member, a plan and one section submitted for review. */
  private void addClients(TestTenant t, Template template, int from, int to) {
    for (int i = from; i < to; i++) {
      acting.as(t.consultant(), TestTenant.CONSULTANT);
      ClientOrganisation client = clients.create(new ClientDetails(String.format("Client %03d", i), null, null, null, null));
      Account member = clients.inviteMember(client.getId(), EmailAddress.of("member" + i + "@client" + i + ".example"), "Member " + i);
      long planId = plans.create(client.getId(), template.versionId(), "Plan " + i).getId();
      long assigned = assign(planId, template.section(0), 1 + i % 20);
      acting.as(CallerKey.ofAccount(t.tenantId(), member.getId()), TestTenant.CLIENT);
      answerAndSubmit(planId, template.question(0), assigned);
    }
  }

  private long assign(long planId, long sectionId, int dueInDays) {
    return homework.assign(planId, List.of(sectionId), today().plusDays(dueInDays), null).getSections().get(0).getId();
  }

  private void answerAndSubmit(long planId, TemplateQuestion question, long assignedId) {
    long version = plans.editor(planId).answer(question.getKey()).orElseThrow().getVersion();
    plans.saveAnswer(planId, question.getKey(), new AnswerValue.Text("Answer to " + question.getLabel()), version);
    assertEquals(SectionStatus.SUBMITTED, homework.submit(assignedId).getStatus());
  }

  private void dueOn(long assignedId, LocalDate due) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("update assigned_section set due_on = ? where id = ?")) {
      ps.setObject(1, due);
      ps.setLong(2, assignedId);
      assertEquals(1, ps.executeUpdate());
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Statements the calls send on this thread. */
  private static int statementsOf(Runnable calls) {
    int statements;
    SqlStatementCounter.start();
    try {
      calls.run();
    } finally {
      statements = SqlStatementCounter.stop();
    }
    return statements;
  }

  private static List<Long> ids(List<QueueRow> rows) {
    return rows.stream().map(QueueRow::id).toList();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
