package io.banyan.it.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.client.ClientDetails;
import io.banyan.application.client.ClientService;
import io.banyan.application.homework.HomeworkService;
import io.banyan.application.notification.NotificationService;
import io.banyan.application.plan.PlanRevisions;
import io.banyan.application.plan.PlanService;
import io.banyan.application.plan.TemplateService;
import io.banyan.application.review.ReviewService;
import io.banyan.application.team.StaffService;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.homework.AssignedSection;
import io.banyan.domain.homework.Assignment;
import io.banyan.domain.homework.IllegalTransitionException;
import io.banyan.domain.homework.SectionAction;
import io.banyan.domain.homework.SectionStatus;
import io.banyan.domain.homework.SectionTransition;
import io.banyan.domain.notification.Notification;
import io.banyan.domain.notification.NotificationKind;
import io.banyan.domain.plan.AnswerValue;
import io.banyan.domain.plan.PlanAnswer;
import io.banyan.domain.plan.PlanRevision;
import io.banyan.domain.plan.QuestionKind;
import io.banyan.domain.plan.QuestionSettings;
import io.banyan.domain.plan.RevisionComparison;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.review.QuestionComment;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import io.banyan.infrastructure.security.CallerKey;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.Mailbox;
import io.banyan.it.support.Rows;
import io.banyan.it.support.TestTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Homework: a consultant hands plan sections out, the client's members answer and submit them,
 * the reviewer comments, asks for changes and approves; every step is one transition, told to
 * the other side by notification and mail, and only the right people may take it.
 */
@ExtendWith(ArquillianExtension.class)
class HomeworkServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("homework");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private HomeworkService homework;
  @Inject private ReviewService reviews;
  @Inject private NotificationService notifications;
  @Inject private PlanService plans;
  @Inject private PlanRevisions revisions;
  @Inject private TemplateService templates;
  @Inject private ClientService clients;
  @Inject private StaffService staff;
  @Inject private AuditTrail audit;

  @Resource(lookup = "jdbc/banyan")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  @Test
  void aConsultantHandsOutSectionsAndTheClientsMembersHearOfIt() throws Exception {
    Setup s = setUp("hw-assign");
    TestTenant t = s.tenant();
    LocalDate due = today().plusDays(7);
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(t.consultant(), TestTenant.CONSULTANT);
      Assignment assignment = homework.assign(s.planId(), List.of(s.why().getId(), s.goals().getId()), due, "  Please start with these two. ");
      assertEquals("Please start with these two.", assignment.getMessage());
      assertEquals(due, assignment.getDueOn());

      List<AssignedSection> out = homework.forPlan(s.planId());
      assertEquals(List.of("Why", "Goals"), titles(out), "in the plan's order");
      assertTrue(out.stream().allMatch(a -> a.getStatus() == SectionStatus.NOT_STARTED && a.getDueOn().equals(due)
          && !a.isExtended() && !a.isExcused()), "both handed out, not started, due as given");

      // the member hears of it in the bell and by mail, with a link to the plan
      String planLink = "/t/" + t.slug() + "/plan?p=" + s.planId();
      String link = mailbox.linkIn(t.memberEmail());
      assertTrue(link.endsWith(planLink), link);
      MimeMessage mail = mailbox.to(t.memberEmail()).get(0);
      assertTrue(Mailbox.subjectOf(mail).contains("New homework"), Mailbox.subjectOf(mail));
      assertTrue(Mailbox.bodyOf(mail).contains("Why, Goals"), Mailbox.bodyOf(mail));
      assertEquals(1, mailbox.to(t.memberEmail()).size(), "one mail per assignment, not per section");
    }

    acting.as(t.member(), TestTenant.CLIENT);
    List<Notification> bell = notifications.latest(10);
    assertEquals(1, bell.size());
    assertEquals(NotificationKind.HOMEWORK_ASSIGNED, bell.get(0).getKind());
    assertEquals("plan?p=" + s.planId(), bell.get(0).getLink());
    assertEquals(1, notifications.unread());
    assertEquals(List.of("Goals", "Why"), titles(homework.myHomework()), "due the same day: by title");
    assertEquals("plan?p=" + s.planId(), notifications.open(bell.get(0).getId()));
    assertEquals(0, notifications.unread());

    // a section already out is not handed out twice; a due date in the past is refused; nothing is stored for either
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    List<Map<String, Object>> before = Rows.ofTenant(dataSource, "assigned_section", t.tenantId());
    BanyanException twice = Failure.expect(BanyanException.class,
        () -> homework.assign(s.planId(), List.of(s.team().getId(), s.why().getId()), due, null));
    assertTrue(twice.getMessage().contains("'Why' is already out"), twice.getMessage());
    BanyanException past = Failure.expect(BanyanException.class,
        () -> homework.assign(s.planId(), List.of(s.team().getId()), today().minusDays(1), null));
    assertTrue(past.getMessage().contains("due date"), past.getMessage());
    Failure.expect(BanyanException.class, () -> homework.assign(s.planId(), List.of(), due, null));
    Failure.expect(UnknownEntityException.class, () -> homework.assign(s.planId(), List.of(s.team().getId(), -1L), due, null));
    assertEquals(before, Rows.ofTenant(dataSource, "assigned_section", t.tenantId()), "nothing refused was stored");
    assertEquals(1, Rows.ofTenant(dataSource, "assignment", t.tenantId()).size());

    // today is still a fine due date
    homework.assign(s.planId(), List.of(s.team().getId()), today(), null);
    assertEquals(List.of("Why", "Goals", "Team"), titles(homework.forPlan(s.planId())), "in the plan's order");
    acting.as(t.member(), TestTenant.CLIENT);
    assertEquals(List.of("Team", "Goals", "Why"), titles(homework.myHomework()), "the most urgent first");
  }

  @Test
  void theClientAnswersSubmitsAndWithdrawsTheirHomework() {
    Setup s = setUp("hw-submit");
    TestTenant t = s.tenant();
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long id = only(homework.assign(s.planId(), List.of(s.why().getId()), today().plusDays(7), null));

    acting.as(t.member(), TestTenant.CLIENT);
    save(s.planId(), s.extra().getKey(), new AnswerValue.Text("We also sell cakes"));
    assertEquals(SectionStatus.DRAFT, homework.find(id).orElseThrow().getStatus());
    List<SectionTransition> history = homework.history(id);
    assertEquals(List.of("NOT_STARTED→DRAFT by Member"), steps(history, t));
    save(s.planId(), s.extra().getKey(), new AnswerValue.Text("We also sell cakes and pies"));
    assertEquals(1, homework.history(id).size(), "editing a draft again is no new step");

    // the required question is still open: submitting names it
    BanyanException missing = Failure.expect(BanyanException.class, () -> homework.submit(id));
    assertTrue(missing.getMessage().contains(s.reason().getLabel()), missing.getMessage());
    assertFalse(missing.getMessage().contains(s.extra().getLabel()), "an optional question is not missing: " + missing.getMessage());
    assertEquals(SectionStatus.DRAFT, homework.find(id).orElseThrow().getStatus());

    save(s.planId(), s.reason().getKey(), new AnswerValue.Text("Our customers are on Instagram"));
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(t.member(), TestTenant.CLIENT);
      AssignedSection submitted = homework.submit(id);
      assertEquals(SectionStatus.SUBMITTED, submitted.getStatus());
      assertTrue(submitted.getSubmittedAt() != null);
      String link = mailbox.linkIn(consultantEmail(t));
      assertTrue(link.endsWith("/t/" + t.slug() + "/review?s=" + id), link);
    }
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    Notification told = notifications.latest(10).get(0);
    assertEquals(NotificationKind.SUBMITTED, told.getKind());
    assertEquals("review?s=" + id, told.getLink());
    assertTrue(told.getText().contains("'Why'"), told.getText());

    // while it waits for the reviewer the client cannot change it, and is told why
    acting.as(t.member(), TestTenant.CLIENT);
    String answerBefore = plans.editor(s.planId()).answer(s.reason().getKey()).orElseThrow().value().display();
    BanyanException locked = Failure.expect(BanyanException.class,
        () -> save(s.planId(), s.reason().getKey(), new AnswerValue.Text("Changed while submitted")));
    assertTrue(locked.getMessage().contains("'Why' is submitted") && locked.getMessage().contains("withdraw it"), locked.getMessage());
    assertEquals(answerBefore, plans.editor(s.planId()).answer(s.reason().getKey()).orElseThrow().value().display());
    // questions of sections not out as homework stay free to answer
    save(s.planId(), s.goal().getKey(), new AnswerValue.Text("Forty orders a week"));

    assertEquals(SectionStatus.DRAFT, homework.withdraw(id).getStatus());
    save(s.planId(), s.reason().getKey(), new AnswerValue.Text("Our customers are on Instagram and LinkedIn"));
    assertEquals(SectionStatus.SUBMITTED, homework.submit(id).getStatus());
    assertEquals(List.of("NOT_STARTED→DRAFT by Member", "DRAFT→SUBMITTED by Member", "SUBMITTED→DRAFT by Member", "DRAFT→SUBMITTED by Member"),
        steps(homework.history(id), t));
  }

  @Test
  void theReviewerCommentsAsksForChangesAndApprovesIntoANewRevision() {
    Setup s = setUp("hw-review");
    TestTenant t = s.tenant();
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long id = only(homework.assign(s.planId(), List.of(s.why().getId()), today().plusDays(7), null));
    acting.as(t.member(), TestTenant.CLIENT);
    save(s.planId(), s.reason().getKey(), new AnswerValue.Text("To sell bread"));
    homework.submit(id);
    assertTrue(homework.sinceLastAttempt(id).isEmpty(), "nothing to compare on a first submission");

    acting.as(t.consultant(), TestTenant.CONSULTANT);
    BanyanException noComment = Failure.expect(BanyanException.class, () -> homework.requestChanges(id));
    assertTrue(noComment.getMessage().contains("Comment on at least one question"), noComment.getMessage());
    assertEquals(SectionStatus.SUBMITTED, homework.find(id).orElseThrow().getStatus(), "the refusal moved nothing");

    // a comment on a question of another section is refused; the body stays with the reviewer
    Failure.expect(BanyanException.class, () -> reviews.comment(id, s.goal().getKey(), "Wrong place"));
    Failure.expect(BanyanException.class, () -> reviews.comment(id, "no-such-question", "Nowhere"));
    Failure.expect(BanyanException.class, () -> reviews.comment(id, s.reason().getKey(), "   "));
    QuestionComment asked = reviews.comment(id, s.reason().getKey(), "Which bread, for whom?");
    assertTrue(asked.isFromStaff());

    AssignedSection changes = homework.requestChanges(id);
    assertEquals(SectionStatus.CHANGES_REQUESTED, changes.getStatus());
    assertEquals(SectionStatus.CHANGES_REQUESTED, homework.requestChanges(id).getStatus(), "asking twice is one step");

    acting.as(t.member(), TestTenant.CLIENT);
    Notification toClient = notifications.latest(10).get(0);
    assertEquals(NotificationKind.CHANGES_REQUESTED, toClient.getKind());
    assertEquals("plan?p=" + s.planId(), toClient.getLink());
    QuestionComment reply = reviews.reply(asked.getId(), "Sourdough, for the offices nearby");
    assertFalse(reply.isFromStaff());
    assertEquals(asked.getId(), reply.getThread().getId(), "the reply sits under the comment it answers");
    List<QuestionComment> thread = reviews.comments(id);
    assertEquals(List.of("Which bread, for whom?", "Sourdough, for the offices nearby"), thread.stream().map(QuestionComment::getBody).toList());

    acting.as(t.consultant(), TestTenant.CONSULTANT);
    Notification toReviewer = notifications.latest(10).get(0);
    assertEquals(NotificationKind.COMMENT_REPLY, toReviewer.getKind());
    assertEquals("review?s=" + id, toReviewer.getLink());
    assertTrue(toReviewer.getText().contains("Sourdough"), toReviewer.getText());

    acting.as(t.member(), TestTenant.CLIENT);
    save(s.planId(), s.reason().getKey(), new AnswerValue.Text("To sell sourdough to the offices nearby"));
    assertEquals(SectionStatus.DRAFT, homework.find(id).orElseThrow().getStatus());
    homework.submit(id);

    acting.as(t.consultant(), TestTenant.CONSULTANT);
    List<RevisionComparison.Row> since = homework.sinceLastAttempt(id);
    assertEquals(2, since.size(), "the section's questions only");
    RevisionComparison.Row changed = since.stream().filter(r -> r.label().equals(s.reason().getLabel())).findFirst().orElseThrow();
    assertEquals(RevisionComparison.Change.CHANGED, changed.change());
    assertEquals("To sell bread", changed.before());
    assertEquals("To sell sourdough to the offices nearby", changed.after());
    assertEquals(RevisionComparison.Change.SAME, since.stream().filter(r -> r.label().equals(s.extra().getLabel())).findFirst().orElseThrow().change());

    assertEquals(SectionStatus.APPROVED, homework.approve(id).getStatus());
    List<PlanRevision> made = revisions.list(s.planId());
    assertEquals(1, made.size());
    assertTrue(made.get(0).getReason().contains("'Why'") && made.get(0).getReason().contains("approved"), made.get(0).getReason());
    acting.as(t.member(), TestTenant.CLIENT);
    assertEquals(NotificationKind.APPROVED, notifications.latest(10).get(0).getKind());
    Failure.expect(BanyanException.class, () -> save(s.planId(), s.reason().getKey(), new AnswerValue.Text("After approval")));

    acting.as(t.consultant(), TestTenant.CONSULTANT);
    LocalDate newDue = today().plusDays(30);
    AssignedSection reopened = homework.reopen(id, newDue);
    assertEquals(SectionStatus.REOPENED, reopened.getStatus());
    assertEquals(newDue, reopened.getDueOn());

    assertEquals(List.of(
            "NOT_STARTED→DRAFT by Member",
            "DRAFT→SUBMITTED by Member",
            "SUBMITTED→IN_REVIEW by Consultant",
            "IN_REVIEW→CHANGES_REQUESTED by Consultant",
            "CHANGES_REQUESTED→DRAFT by Member",
            "DRAFT→SUBMITTED by Member",
            "SUBMITTED→IN_REVIEW by Consultant",
            "IN_REVIEW→APPROVED by Consultant",
            "APPROVED→REOPENED by Consultant"),
        steps(homework.history(id), t));
    List<SectionTransition> history = homework.history(id);
    for (int i = 1; i < history.size(); i++) {
      assertFalse(history.get(i).getAt().isBefore(history.get(i - 1).getAt()), "in the order they happened");
    }
    assertTrue(history.stream().allMatch(h -> h.getByAccountId() != null));

    // the client can work on it again
    acting.as(t.member(), TestTenant.CLIENT);
    save(s.planId(), s.reason().getKey(), new AnswerValue.Text("Results are in: offices order on Mondays"));
    assertEquals(SectionStatus.DRAFT, homework.find(id).orElseThrow().getStatus());
  }

  @Test
  void aSecondClickAndTenApprovalsAtOnceMakeOneStep() throws Exception {
    Setup s = setUp("hw-race");
    TestTenant t = s.tenant();
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long id = only(homework.assign(s.planId(), List.of(s.why().getId()), today().plusDays(7), null));
    acting.as(t.member(), TestTenant.CLIENT);
    save(s.planId(), s.reason().getKey(), new AnswerValue.Text("To sell bread"));
    homework.submit(id);
    assertEquals(SectionStatus.SUBMITTED, homework.submit(id).getStatus(), "the second click is no error");
    assertEquals(1, transitionsTo(t, id, "SUBMITTED"), "and no second transition");

    acting.as(t.consultant(), TestTenant.CONSULTANT);
    assertEquals(SectionStatus.IN_REVIEW, homework.startReview(id).getStatus());
    assertEquals(SectionStatus.IN_REVIEW, homework.startReview(id).getStatus());
    assertEquals(1, transitionsTo(t, id, "IN_REVIEW"));

    // ten approvals at once, on ten managed threads that carry the reviewer's identity
    int calls = 10;
    CountDownLatch ready = new CountDownLatch(calls);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<Future<SectionStatus>> results = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      results.add(executor.submit(() -> {
        threads.add(Thread.currentThread().getName());
        ready.countDown();
        go.await(30, TimeUnit.SECONDS);
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
          return homework.approve(id).getStatus();
        } finally {
          running.decrementAndGet();
        }
      }));
    }
    boolean allWaiting = ready.await(20, TimeUnit.SECONDS);
    go.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<SectionStatus> result : results) {
      try {
        outcomes.add(String.valueOf(result.get(60, TimeUnit.SECONDS)));
      } catch (ExecutionException e) {
        outcomes.add(e.getCause().toString());
      }
    }
    System.out.println("10 concurrent approvals: " + threads.size() + " threads, all " + calls + " waiting at the start line: " + allWaiting
        + ", at most " + mostAtOnce.get() + " inside approve at once; outcomes " + outcomes);
    assertTrue(allWaiting, "the executor ran the ten calls at the same time");
    assertEquals(calls, threads.size());
    assertEquals(List.of("APPROVED"), outcomes.stream().distinct().toList(), "each call saw the section approved, by itself or another");

    assertEquals(1, transitionsTo(t, id, "APPROVED"), "exactly one APPROVED transition");
    assertEquals(1, Rows.ofTenant(dataSource, "plan_revision", t.tenantId()).stream()
        .filter(r -> ((Number) r.get("plan_id")).longValue() == s.planId()).count(), "exactly one revision");
    assertEquals(1, Rows.ofTenant(dataSource, "audit_entry", t.tenantId()).stream()
        .filter(r -> AuditAction.HOMEWORK_CHANGED.name().equals(r.get("action")) && String.valueOf(r.get("detail")).endsWith("IN_REVIEW → APPROVED"))
        .count(), "exactly one audit entry for the approval");
    acting.as(t.member(), TestTenant.CLIENT);
    assertEquals(1, notifications.latest(50).stream().filter(n -> n.getKind() == NotificationKind.APPROVED).count(), "the client is told once");
  }

  @Test
  void aClientMemberWithdrawingWhileTheConsultantApprovesMakesOneOfTheTwoHappen() throws Exception {
    Setup s = setUp("hw-withdraw-race");
    TestTenant t = s.tenant();
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long id = only(homework.assign(s.planId(), List.of(s.why().getId()), today().plusDays(7), null));
    Contender member = new Contender("withdraw", t.member(), TestTenant.CLIENT, t.memberId(), t.memberEmail(), homework::withdraw,
        SectionAction.WITHDRAW, List.of("SUBMITTED→DRAFT"), "draft");
    Contender consultant = new Contender("approve", t.consultant(), TestTenant.CONSULTANT, t.consultantId(), consultantEmail(t),
        homework::approve, SectionAction.APPROVE, List.of("SUBMITTED→IN_REVIEW", "IN_REVIEW→APPROVED"), "approved");

    Map<String, Integer> wins = new java.util.TreeMap<>();
    for (int round = 1; round <= ROUNDS; round++) {
      acting.as(t.member(), TestTenant.CLIENT);
      save(s.planId(), s.reason().getKey(), new AnswerValue.Text("To sell bread, take " + round));
      assertEquals(SectionStatus.SUBMITTED, homework.submit(id).getStatus());

      Contender winner = raceAndJudge(s, id, member, consultant);
      wins.merge(winner.name(), 1, Integer::sum);
      if (winner == consultant) {
        acting.as(t.consultant(), TestTenant.CONSULTANT);
        assertEquals(SectionStatus.REOPENED, homework.reopen(id, null).getStatus());
      }
    }
    System.out.println(ROUNDS + " rounds of withdraw against approve: " + wins);
    assertEquals(wins.getOrDefault("approve", 0), revisionsOf(s).size(), "one revision per approval that won, none for a withdrawal");
  }

  @Test
  void twoReviewersApprovingAndAskingForChangesAtOnceMakeOneDecision() throws Exception {
    Setup s = setUp("hw-decide-race");
    TestTenant t = s.tenant();
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    long id = only(homework.assign(s.planId(), List.of(s.why().getId()), today().plusDays(7), null));
    Contender consultant = new Contender("approve", t.consultant(), TestTenant.CONSULTANT, t.consultantId(), consultantEmail(t),
        homework::approve, SectionAction.APPROVE, List.of("SUBMITTED→IN_REVIEW", "IN_REVIEW→APPROVED"), "approved");
    Contender owner = new Contender("request changes", t.owner(), TestTenant.OWNER, t.ownerId(), t.ownerEmail(), homework::requestChanges,
        SectionAction.REQUEST_CHANGES, List.of("SUBMITTED→IN_REVIEW", "IN_REVIEW→CHANGES_REQUESTED"), "changes requested");

    Map<String, Integer> wins = new java.util.TreeMap<>();
    for (int round = 1; round <= ROUNDS; round++) {
      acting.as(t.member(), TestTenant.CLIENT);
      save(s.planId(), s.reason().getKey(), new AnswerValue.Text("To sell bread, take " + round));
      assertEquals(SectionStatus.SUBMITTED, homework.submit(id).getStatus());
      // changes are asked for with a comment on this submission
      acting.as(t.owner(), TestTenant.OWNER);
      reviews.comment(id, s.reason().getKey(), "Which bread, round " + round + "?");

      Contender winner = raceAndJudge(s, id, consultant, owner);
      wins.merge(winner.name(), 1, Integer::sum);
      if (winner == consultant) {
        acting.as(t.consultant(), TestTenant.CONSULTANT);
        assertEquals(SectionStatus.REOPENED, homework.reopen(id, null).getStatus());
      }
    }
    System.out.println(ROUNDS + " rounds of approve against request changes: " + wins);
    assertEquals(wins.getOrDefault("approve", 0), revisionsOf(s).size(), "one revision per approval that won, none for changes asked");
    assertEquals((long) wins.getOrDefault("request changes", 0), memberNotifications(t, NotificationKind.CHANGES_REQUESTED),
        "the client hears of each request for changes that won, and of no other");
  }

  @Test
  void onlyTheRightPeopleTakeEachStep() {
    Setup s = setUp("hw-guard");
    TestTenant t = s.tenant();
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    ClientOrganisation otherClient = clients.create(new ClientDetails("Other business", null, null, null, null));
    Account otherMember = clients.inviteMember(otherClient.getId(), EmailAddress.of("other@business.example"), "Other Member");
    long id = only(homework.assign(s.planId(), List.of(s.why().getId()), today().plusDays(7), null));
    acting.as(t.member(), TestTenant.CLIENT);
    save(s.planId(), s.reason().getKey(), new AnswerValue.Text("To sell bread"));
    homework.submit(id);

    // a member of another organisation of the same consultancy does not even learn the section exists
    acting.as(CallerKey.ofAccount(t.tenantId(), otherMember.getId()), TestTenant.CLIENT);
    Failure.expect(UnknownEntityException.class, () -> homework.submit(id));
    Failure.expect(UnknownEntityException.class, () -> homework.withdraw(id));
    Failure.expect(UnknownEntityException.class, () -> homework.history(id));
    Failure.expect(UnknownEntityException.class, () -> reviews.comments(id));
    Failure.expect(UnknownEntityException.class, () -> reviews.comment(id, s.reason().getKey(), "Hello"));
    assertTrue(homework.find(id).isEmpty());
    assertTrue(homework.myHomework().isEmpty());

    // a client never takes a reviewer's step
    acting.as(t.member(), TestTenant.CLIENT);
    Failure.expect(EJBAccessException.class, () -> homework.approve(id));
    Failure.expect(EJBAccessException.class, () -> homework.requestChanges(id));
    Failure.expect(EJBAccessException.class, () -> homework.startReview(id));
    Failure.expect(EJBAccessException.class, () -> homework.extend(id, today().plusDays(9)));
    Failure.expect(EJBAccessException.class, () -> homework.assign(s.planId(), List.of(s.team().getId()), today().plusDays(9), null));
    Failure.expect(EJBAccessException.class, () -> reviews.queue(null, null, 0, 10));
    // nor does staff submit for the client
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    Failure.expect(EJBAccessException.class, () -> homework.withdraw(id));
    assertEquals(SectionStatus.SUBMITTED, homework.find(id).orElseThrow().getStatus());

    // the consultant who changed an answer of the section does not approve it
    save(s.planId(), s.extra().getKey(), new AnswerValue.Text("Added by the consultant"));
    BanyanException own = Failure.expect(BanyanException.class, () -> homework.approve(id));
    assertTrue(own.getMessage().contains("yourself"), own.getMessage());
    assertEquals(SectionStatus.SUBMITTED, homework.find(id).orElseThrow().getStatus(), "the refused approval moved nothing");
    assertEquals(0, transitionsTo(t, id, "APPROVED"));

    // extensions and excuses are recorded and shown
    LocalDate later = today().plusDays(21);
    Failure.expect(BanyanException.class, () -> homework.extend(id, today()));
    AssignedSection extended = homework.extend(id, later);
    assertTrue(extended.isExtended());
    assertEquals(later, extended.getDueOn());
    assertTrue(homework.excuse(id).isExcused());
    AssignedSection shown = homework.forPlan(s.planId()).get(0);
    assertTrue(shown.isExtended() && shown.isExcused() && shown.getDueOn().equals(later));
    assertFalse(shown.isLate(later.plusDays(1)), "an excused section is never late");

    // only the owner reassigns the review, and only to someone who works on the plan
    Failure.expect(EJBAccessException.class, () -> homework.reassignReviewer(id, t.consultantId()));
    acting.as(t.owner(), TestTenant.OWNER);
    Account second = staff.invite(EmailAddress.of("second@test.example"), "Second Consultant", Roles.of(Role.CONSULTANT));
    Account outsider = staff.invite(EmailAddress.of("outsider@test.example"), "Outsider", Roles.of(Role.CONSULTANT));
    Failure.expect(UnknownEntityException.class, () -> homework.reassignReviewer(id, t.memberId()));
    Failure.expect(UnknownEntityException.class, () -> homework.reassignReviewer(id, -1L));
    Account gone = staff.invite(EmailAddress.of("gone@test.example"), "Gone Consultant", Roles.of(Role.CONSULTANT));
    staff.deactivate(gone.getId());
    Failure.expect(UnknownEntityException.class, () -> homework.reassignReviewer(id, gone.getId()));
    BanyanException notOnPlan = Failure.expect(BanyanException.class, () -> homework.reassignReviewer(id, outsider.getId()));
    assertTrue(notOnPlan.getMessage().contains("Outsider"), notOnPlan.getMessage());
    ClientOrganisation client = clients.find(t.clientId()).orElseThrow();
    clients.update(t.clientId(), client.getVersion(), new ClientDetails(client.getName(), null, null, null, second.getId()));
    homework.reassignReviewer(id, second.getId());
    assertTrue(audit.page(0, 100).stream().anyMatch(e -> e.getAction() == AuditAction.HOMEWORK_CHANGED
        && e.getDetail().contains("is now reviewed by Second Consultant")));
    List<String> recorded = audit.page(0, 100).stream().filter(e -> e.getAction() == AuditAction.HOMEWORK_CHANGED)
        .map(AuditEntry::getDetail).toList();
    assertTrue(recorded.stream().anyMatch(d -> d.startsWith("extended 'Why'") && d.endsWith(later.toString())), recorded.toString());
    assertTrue(recorded.stream().anyMatch(d -> d.startsWith("excused 'Why'")), recorded.toString());

    // the new reviewer has it in their queue and approves it
    acting.as(CallerKey.ofAccount(t.tenantId(), second.getId()), TestTenant.CONSULTANT);
    assertEquals(List.of(id), reviews.queue(null, null, 0, 10).stream().map(r -> r.id()).toList());
    assertEquals("Second Consultant", reviews.queue(null, null, 0, 10).get(0).reviewerName());
    assertEquals(SectionStatus.APPROVED, homework.approve(id).getStatus());
    Failure.expect(BanyanException.class, () -> homework.extend(id, today().plusDays(30)));
    assertEquals(List.of("NOT_STARTED→DRAFT by Member", "DRAFT→SUBMITTED by Member", "SUBMITTED→IN_REVIEW by Second Consultant",
        "IN_REVIEW→APPROVED by Second Consultant"), steps(homework.history(id), t));
  }

  // --- helpers

  private static final int ROUNDS = 10;

  /** One person's step in a race: who takes it, how, and what it leaves behind when it wins. */
  private record Contender(String name, CallerKey key, String[] groups, long accountId, String email,
      Function<Long, AssignedSection> step, SectionAction action, List<String> steps, String leavesItAs) {

    SectionStatus leadsTo() {
      return action.leadsTo();
    }
  }

  /**
   * Starts both steps at the same moment, each on a managed thread that carries its own person's
   * identity, and checks that exactly one won, the other got the section's own refusal, and the
   * stored rows tell the winner's story only.
   */
  private Contender raceAndJudge(Setup s, long id, Contender first, Contender second) throws Exception {
    TestTenant t = s.tenant();
    int transitionsBefore = transitionsOf(t, id).size();
    int auditBefore = homeworkAudit(t).size();
    int revisionsBefore = revisionsOf(s).size();
    long approvalsTold = memberNotifications(t, NotificationKind.APPROVED);

    List<Contender> contenders = List.of(first, second);
    CountDownLatch ready = new CountDownLatch(contenders.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<SectionStatus>> calls = new ArrayList<>();
    for (Contender contender : contenders) {
      // the managed executor takes the identity the task is submitted with
      acting.as(contender.key(), contender.groups());
      calls.add(executor.submit(() -> {
        ready.countDown();
        go.await(30, TimeUnit.SECONDS);
        return contender.step().apply(id).getStatus();
      }));
    }
    assertTrue(ready.await(20, TimeUnit.SECONDS), "both at the start line");
    go.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<SectionStatus> call : calls) {
      try {
        outcomes.add(call.get(60, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        outcomes.add(e.getCause());
      }
    }

    List<Contender> won = new ArrayList<>();
    for (int i = 0; i < contenders.size(); i++) {
      if (outcomes.get(i) instanceof SectionStatus status) {
        assertEquals(contenders.get(i).leadsTo(), status, contenders.get(i).name() + " took its own step");
        won.add(contenders.get(i));
      }
    }
    assertEquals(1, won.size(), "exactly one of them wins: " + outcomes);
    Contender winner = won.get(0);
    Contender loser = winner == first ? second : first;
    Object refusal = outcomes.get(contenders.indexOf(loser));
    assertTrue(refusal instanceof IllegalTransitionException, "the loser is told, not crashed: " + refusal);
    IllegalTransitionException told = (IllegalTransitionException) refusal;
    assertEquals("error.transition." + loser.action().name(), told.key());
    assertTrue(told.getMessage().contains("'Why' now: it is " + winner.leavesItAs() + ".") && told.getMessage().contains("reload"),
        told.getMessage());

    assertEquals(winner.leadsTo().name(), Rows.ofTenant(dataSource, "assigned_section", t.tenantId()).stream()
        .filter(r -> ((Number) r.get("id")).longValue() == id).findFirst().orElseThrow().get("status"), "the section stands where the winner left it");
    List<Map<String, Object>> transitions = transitionsOf(t, id);
    List<Map<String, Object>> made = transitions.subList(transitionsBefore, transitions.size());
    assertEquals(winner.steps(), made.stream().map(r -> r.get("from_status") + "→" + r.get("to_status")).toList(), "the winner's steps only");
    assertTrue(made.stream().allMatch(r -> ((Number) r.get("by_account_id")).longValue() == winner.accountId()), "taken by the winner");
    List<Map<String, Object>> audit = homeworkAudit(t);
    List<Map<String, Object>> recorded = audit.subList(auditBefore, audit.size());
    assertEquals(winner.steps(), recorded.stream().map(r -> {
      String detail = String.valueOf(r.get("detail"));
      return detail.substring(detail.lastIndexOf(": ") + 2).replace(" → ", "→");
    }).toList(), "the audit trail records the winner's steps only");
    assertTrue(recorded.stream().allMatch(r -> winner.email().equals(r.get("actor"))), recorded.toString());
    boolean approved = winner.action() == SectionAction.APPROVE;
    List<Map<String, Object>> revisions = revisionsOf(s);
    assertEquals(revisionsBefore + (approved ? 1 : 0), revisions.size(), "a revision exactly when the approval won");
    if (approved) {
      assertEquals(winner.email(), revisions.get(revisions.size() - 1).get("made_by"));
    }
    assertEquals(approvalsTold + (approved ? 1 : 0), memberNotifications(t, NotificationKind.APPROVED));
    return winner;
  }

  private List<Map<String, Object>> transitionsOf(TestTenant t, long assignedId) {
    return Rows.ofTenant(dataSource, "section_transition", t.tenantId()).stream()
        .filter(r -> ((Number) r.get("assigned_section_id")).longValue() == assignedId)
        .toList();
  }

  private List<Map<String, Object>> homeworkAudit(TestTenant t) {
    return Rows.ofTenant(dataSource, "audit_entry", t.tenantId()).stream()
        .filter(r -> AuditAction.HOMEWORK_CHANGED.name().equals(r.get("action")))
        .toList();
  }

  private List<Map<String, Object>> revisionsOf(Setup s) {
    return Rows.ofTenant(dataSource, "plan_revision", s.tenant().tenantId()).stream()
        .filter(r -> ((Number) r.get("plan_id")).longValue() == s.planId())
        .toList();
  }

  private long memberNotifications(TestTenant t, NotificationKind kind) {
    return Rows.ofTenant(dataSource, "notification", t.tenantId()).stream()
        .filter(r -> ((Number) r.get("recipient_id")).longValue() == t.memberId() && kind.name().equals(r.get("kind")))
        .count();
  }

  /** A consultancy with a published three-section template and a plan for its client, started by its consultant. */
  /**
   * What people really write: long section names handed out together with a 2,000-character
   * message, a comment and a reply of 2,000 characters with accents and emoji. Each is kept whole;
   * the texts Banyan builds from them for bounded columns (mail subjects, notifications, audit
   * details) are shortened to fit, so nothing fails. Before the fix a reply of about 82 characters
   * made the mail subject too long and rolled everything back.
   */
  @Test
  void longNamesMessagesCommentsAndRepliesAreKeptWholeAndWhatIsBuiltFromThemFits() {
    TestTenant t = fixtures.tenant("hw-sizes");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    TemplateVersion v1 = templates.create("Long names", null);
    List<Long> sections = new java.util.ArrayList<>();
    TemplateQuestion first = null;
    for (int i = 1; i <= 3; i++) {
      TemplateSection section = templates.addSection(v1.getId(), i + " " + "Qué quieren los clientes de la panadería los sábados ".repeat(3).strip(), null);
      TemplateQuestion q = templates.ask(section.getId(), QuestionKind.LONG_TEXT, "¿Por qué? " + i, null, false, QuestionSettings.NONE);
      first = first == null ? q : first;
      sections.add(section.getId());
    }
    templates.publish(v1.getId());
    long planId = plans.create(t.clientId(), v1.getId(), "Plan de la panadería").getId();
    String message = sized("Ñandú, café y crème brûlée 🎉 para el equipo de ventas. ");
    Assignment assignment = homework.assign(planId, sections, today().plusDays(7), message);
    assertEquals(3, assignment.getSections().size());
    assertEquals(message, assignment.getMessage(), "the message is kept whole");

    long id = assignment.getSections().get(0).getId();
    acting.as(t.member(), TestTenant.CLIENT);
    save(planId, first.getKey(), new AnswerValue.Text("Pan de masa madre 🍞"));
    homework.submit(id);
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    String comment = sized("¿Quién compra los sábados? Très bien, ¡seguid así! 👍 ");
    QuestionComment asked = reviews.comment(id, first.getKey(), comment);
    acting.as(t.member(), TestTenant.CLIENT);
    String reply = sized("Los sábados vienen familias del barrio y turistas; el domingo cerramos 🍰 ");
    reviews.reply(asked.getId(), reply);
    assertEquals(List.of(comment, reply), reviews.comments(id).stream().map(QuestionComment::getBody).toList(),
        "comment and reply are read back whole, character for character");

    acting.as(t.consultant(), TestTenant.CONSULTANT);
    Notification heard = notifications.latest(10).get(0);
    assertEquals(NotificationKind.COMMENT_REPLY, heard.getKind());
    assertTrue(heard.getText().length() <= Notification.TEXT_MAX && heard.getText().endsWith("…"), heard.getText());
    assertTrue(heard.getText().contains("Los sábados vienen familias"), "the notification starts with the reply itself");
  }

  /** 2,000 UTF-16 units of the sample repeated, never ending inside an emoji. */
  private static String sized(String sample) {
    String text = sample.repeat(2_000 / sample.length() + 1).substring(0, 2_000);
    return Character.isHighSurrogate(text.charAt(1_999)) || Character.isWhitespace(text.charAt(1_999)) ? text.substring(0, 1_999) + "." : text;
  }

  private record Setup(TestTenant tenant, long planId, TemplateSection why, TemplateQuestion reason, TemplateQuestion extra,
      TemplateSection goals, TemplateQuestion goal, TemplateSection team) {}

  private Setup setUp(String label) {
    TestTenant t = fixtures.tenant(label);
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    TemplateVersion v1 = templates.create("Homework strategy", null);
    TemplateSection why = templates.addSection(v1.getId(), "Why", null);
    TemplateQuestion reason = templates.ask(why.getId(), QuestionKind.LONG_TEXT, "Why are you on social media?", null, true, QuestionSettings.NONE);
    TemplateQuestion extra = templates.ask(why.getId(), QuestionKind.SHORT_TEXT, "Anything else?", null, false, QuestionSettings.NONE);
    TemplateSection goals = templates.addSection(v1.getId(), "Goals", null);
    TemplateQuestion goal = templates.ask(goals.getId(), QuestionKind.SHORT_TEXT, "Your main goal", null, true, QuestionSettings.NONE);
    TemplateSection team = templates.addSection(v1.getId(), "Team", null);
    templates.ask(team.getId(), QuestionKind.SHORT_TEXT, "Who posts?", null, true, QuestionSettings.NONE);
    templates.publish(v1.getId());
    long planId = plans.create(t.clientId(), v1.getId(), "Bakery plan").getId();
    return new Setup(t, planId, why, reason, extra, goals, goal, team);
  }

  /** Saves with the version an editor opened just now would send. */
  private PlanAnswer save(long planId, String key, AnswerValue value) {
    return plans.saveAnswer(planId, key, value, plans.editor(planId).answer(key).orElseThrow().getVersion());
  }

  private static List<String> titles(List<AssignedSection> sections) {
    return sections.stream().map(AssignedSection::getSectionTitle).toList();
  }

  private static long only(Assignment assignment) {
    assertEquals(1, assignment.getSections().size());
    return assignment.getSections().get(0).getId();
  }

  /** Each step as "FROM→TO by Role", the role read from the fixture's display names. */
  private static List<String> steps(List<SectionTransition> history, TestTenant t) {
    String suffix = " " + suffix(t);
    return history.stream().map(h -> h.getFrom() + "→" + h.getTo() + " by " + h.getByName().replace(suffix, "")).toList();
  }

  private long transitionsTo(TestTenant t, long assignedId, String status) {
    return Rows.ofTenant(dataSource, "section_transition", t.tenantId()).stream()
        .filter(r -> ((Number) r.get("assigned_section_id")).longValue() == assignedId && status.equals(r.get("to_status")))
        .count();
  }

  private static String suffix(TestTenant t) {
    return t.slug().substring(t.slug().length() - 8);
  }

  private static String consultantEmail(TestTenant t) {
    return "consultant-" + suffix(t) + "@test.example";
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
