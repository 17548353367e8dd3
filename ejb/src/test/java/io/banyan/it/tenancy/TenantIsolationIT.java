package io.banyan.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.client.ClientDetails;
import io.banyan.application.client.ClientHomeService;
import io.banyan.application.client.ClientQuery;
import io.banyan.application.client.ClientService;
import io.banyan.application.homework.HomeworkService;
import io.banyan.application.notification.NotificationService;
import io.banyan.application.plan.MetricCheckIns;
import io.banyan.application.plan.PlanExport;
import io.banyan.application.plan.PlanQuery;
import io.banyan.application.plan.PlanRevisions;
import io.banyan.application.plan.PlanRow;
import io.banyan.application.plan.PlanService;
import io.banyan.application.plan.PlatformList;
import io.banyan.application.plan.TemplateService;
import io.banyan.application.review.ClientRow;
import io.banyan.application.review.QueueRow;
import io.banyan.application.review.ReviewService;
import io.banyan.application.team.SignInService;
import io.banyan.application.team.StaffService;
import io.banyan.application.tenancy.BrandingService;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.application.tenancy.OfficeService;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.homework.AssignedSection;
import io.banyan.domain.notification.Notification;
import io.banyan.domain.plan.AnswerValue;
import io.banyan.domain.plan.Cadence;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanAnswer;
import io.banyan.domain.plan.PlanTemplate;
import io.banyan.domain.plan.QuestionKind;
import io.banyan.domain.plan.QuestionSettings;
import io.banyan.domain.plan.SocialPlatform;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.review.QuestionComment;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import io.banyan.domain.tenancy.AccentColour;
import io.banyan.domain.tenancy.LogoImage;
import io.banyan.domain.tenancy.Office;
import io.banyan.infrastructure.tenancy.TenantScope;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.Mailbox;
import io.banyan.it.support.Rows;
import io.banyan.it.support.TestTenant;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two consultancies, A and B. Signed in to A, every service method that exists is pointed at
 * B's ids: nothing of B's is found, listed, searched, changed or deleted, and B's rows, read
 * afterwards over plain JDBC, are exactly as they were.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  static final String[] TABLES = {"account", "client_organisation", "office", "logo", "access_token", "audit_entry"};
  static final String[] PLAN_TABLES = {"plan_template", "template_version", "template_section", "template_question", "client_plan",
      "plan_answer", "plan_revision", "metric_check_in", "social_platform", "audit_entry"};
  static final String[] HOMEWORK_TABLES = {"assignment", "assigned_section", "section_transition", "question_comment", "notification",
      "plan_answer", "plan_revision", "client_plan", "audit_entry"};
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("isolation");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private OfficeService offices;
  @Inject private ClientService clients;
  @Inject private ClientHomeService clientHome;
  @Inject private StaffService staff;
  @Inject private BrandingService branding;
  @Inject private ConsultancyService consultancies;
  @Inject private AuditTrail audit;
  @Inject private SignInService signIn;
  @Inject private TemplateService templates;
  @Inject private PlanService plans;
  @Inject private PlanRevisions revisions;
  @Inject private MetricCheckIns checkIns;
  @Inject private PlanExport export;
  @Inject private PlatformList platforms;
  @Inject private HomeworkService homework;
  @Inject private ReviewService reviews;
  @Inject private NotificationService notifications;

  @Resource(lookup = "jdbc/banyan")
  private DataSource dataSource;

  @Test
  void signedInToANothingOfBsCanBeReadOrChanged() {
    TestTenant a = fixtures.tenant("iso-a");
    TestTenant b = fixtures.tenant("iso-b");
    String bInvitationToken;
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(b.owner(), TestTenant.OWNER);
      branding.uploadLogo(LogoImage.check(PNG));
      staff.invite(EmailAddress.of("pending@b.example"), "Pending in B", Roles.of(Role.CONSULTANT));
      bInvitationToken = URI.create(mailbox.linkIn("pending@b.example")).getQuery().substring("token=".length());
    }
    acting.as(b.owner(), TestTenant.OWNER);
    Office bOffice = offices.find(b.officeId()).orElseThrow();
    ClientOrganisation bClient = clients.find(b.clientId()).orElseThrow();
    Account bConsultant = staff.findStaff(b.consultantId()).orElseThrow();
    String bClientName = bClient.getName();
    long bConsultancyVersion = consultancies.mine().getVersion();
    Map<String, List<Map<String, Object>>> before = Rows.snapshot(dataSource, b.tenantId(), TABLES);
    List<Map<String, Object>> bConsultancyBefore = consultancy(b.consultancyId());

    acting.as(a.owner(), io.banyan.infrastructure.security.Groups.OWNER, io.banyan.infrastructure.security.Groups.CONSULTANT);

    // offices: find, list, update of B's detached office, delete by B's id
    assertTrue(offices.find(b.officeId()).isEmpty());
    assertEquals(List.of(a.officeId()), offices.offices().stream().map(Office::getId).toList());
    Failure.expect(UnknownEntityException.class,
        () -> offices.describe(bOffice.getId(), bOffice.getVersion(), "Hijacked", null, ZoneId.of("UTC")));
    Failure.expect(UnknownEntityException.class, () -> offices.close(b.officeId()));

    // clients: find, list, count, search, update, archive, members, invitations, lead from B
    assertTrue(clients.find(b.clientId()).isEmpty());
    assertEquals(List.of(a.clientId()), clients.page(new ClientQuery(null, true, null, true), 0, 100).stream().map(ClientOrganisation::getId).toList());
    assertEquals(1, clients.count(new ClientQuery(null, true, null, true)));
    assertEquals(0, clients.count(new ClientQuery(bClientName, true, null, true)));
    Failure.expect(UnknownEntityException.class,
        () -> clients.update(bClient.getId(), bClient.getVersion(), new ClientDetails("Hijacked", null, null, null, null)));
    Failure.expect(UnknownEntityException.class, () -> clients.archive(b.clientId()));
    Failure.expect(UnknownEntityException.class, () -> clients.unarchive(b.clientId()));
    Failure.expect(UnknownEntityException.class, () -> clients.members(b.clientId()));
    Failure.expect(UnknownEntityException.class, () -> clients.inviteMember(b.clientId(), EmailAddress.of("x@a.example"), "X"));
    Failure.expect(UnknownEntityException.class, () -> clients.create(new ClientDetails("Led from B", null, null, null, b.consultantId())));
    Failure.expect(UnknownEntityException.class,
        () -> clients.update(a.clientId(), clients.find(a.clientId()).orElseThrow().getVersion(), new ClientDetails("A", null, null, null, b.consultantId())));

    // staff: list, find, roles, deactivate, reactivate, resend
    assertTrue(staff.staff().stream().allMatch(p -> p.getTenantId().equals(a.tenantId())));
    assertEquals(3, staff.staff().size());
    assertTrue(staff.findStaff(b.consultantId()).isEmpty());
    assertTrue(staff.consultants().stream().noneMatch(c -> c.getId() == b.consultantId()));
    Failure.expect(UnknownEntityException.class, () -> staff.changeRoles(b.consultantId(), bConsultant.getVersion(), Roles.of(Role.OWNER)));
    Failure.expect(UnknownEntityException.class, () -> staff.deactivate(b.ownerId()));
    Failure.expect(UnknownEntityException.class, () -> staff.reactivate(b.ownerId()));
    Failure.expect(UnknownEntityException.class, () -> staff.resendInvitation(b.consultantId()));
    Failure.expect(io.banyan.domain.team.CannotChangeAccountException.class,
        () -> staff.invite(EmailAddress.of(a.ownerEmail()), "Dup", Roles.of(Role.OWNER)));
    staff.invite(EmailAddress.of(b.ownerEmail()), "Same e-mail, other consultancy", Roles.of(Role.CONSULTANT));

    // branding: A's changes touch A only; B's logo is not A's
    assertTrue(branding.logo().isEmpty());
    branding.rebrand("A rebranded", new AccentColour("#123456"), consultancies.mine().getVersion());
    assertEquals(a.consultancyId(), consultancies.mine().getId());

    // audit: A's trail holds A's events only
    List<AuditEntry> trail = audit.page(0, 500);
    assertEquals(audit.count(), trail.size());
    assertTrue(trail.stream().allMatch(e -> e.getTenantId().equals(a.tenantId())));

    // sign-in in A's scope does not know B's people or B's links
    assertFalse(TenantScope.callAs(a.tenantId(), () -> signIn.verify(a.tenantId(), b.ownerEmail(), Fixtures.PASSWORD, "10.7.0.1")).person().isPresent());
    assertTrue(TenantScope.callAs(a.tenantId(), () -> signIn.invitee(bInvitationToken)).isEmpty());
    Failure.expect(io.banyan.domain.team.CannotRedeemTokenException.class,
        () -> TenantScope.callAs(a.tenantId(), () -> signIn.acceptInvitation(bInvitationToken, new io.banyan.domain.team.NewPassword("taken-over-123"))));
    TenantScope.runAs(a.tenantId(), () -> signIn.requestPasswordReset(a.consultancyId(), EmailAddress.of(b.ownerEmail())));

    // a client member of A sees A's organisation only
    acting.as(a.member(), TestTenant.CLIENT);
    assertTrue(clientHome.home().organisationName().startsWith("Client of " + a.slug().substring(a.slug().length() - 8)));
    assertEquals(1, clientHome.home().team().size());

    // B is untouched, row for row
    assertEquals(before, Rows.snapshot(dataSource, b.tenantId(), TABLES));
    assertEquals(bConsultancyBefore, consultancy(b.consultancyId()));
    acting.as(b.owner(), TestTenant.OWNER);
    assertEquals(bConsultancyVersion, consultancies.mine().getVersion());
  }

  @Test
  void signedInToANothingOfBsPlansOrTemplatesCanBeReadOrChanged() {
    TestTenant a = fixtures.tenant("iso-plan-a");
    TestTenant b = fixtures.tenant("iso-plan-b");
    acting.as(b.owner(), TestTenant.OWNER);
    platforms.replace(List.of("LinkedIn", "Mastodon"));
    TemplateVersion bV1 = templates.create("B's strategy", null);
    TemplateSection bSection = templates.addSection(bV1.getId(), "Why", null);
    TemplateQuestion bWhy = templates.ask(bSection.getId(), QuestionKind.LONG_TEXT, "Why?", null, true, QuestionSettings.NONE);
    TemplateQuestion bMetric = templates.ask(bSection.getId(), QuestionKind.METRIC_DEFINITION, "Main metric", null, true, QuestionSettings.NONE);
    templates.publish(bV1.getId());
    long bPlanId = plans.create(b.clientId(), bV1.getId(), "B's secret plan").getId();
    PlanAnswer bAnswer = plans.saveAnswer(bPlanId, bWhy.getKey(), new AnswerValue.Text("B's secret"),
        plans.editor(bPlanId).answer(bWhy.getKey()).orElseThrow().getVersion());
    plans.saveAnswer(bPlanId, bMetric.getKey(), new AnswerValue.MetricDefinition("Orders", null, BigDecimal.TEN, Cadence.WEEKLY),
        plans.editor(bPlanId).answer(bMetric.getKey()).orElseThrow().getVersion());
    revisions.mark(bPlanId, "B's first revision");
    LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    checkIns.record(bPlanId, bMetric.getKey(), yesterday, BigDecimal.ONE);
    // a newer published version, so that moving B's plan is a real possibility for B, not for A
    TemplateVersion bV2 = templates.newDraftFrom(bV1.getId());
    templates.publish(bV2.getId());
    long bTemplateId = bV1.getTemplate().getId();
    Map<String, List<Map<String, Object>>> before = Rows.snapshot(dataSource, b.tenantId(), PLAN_TABLES);

    acting.as(a.owner(), io.banyan.infrastructure.security.Groups.OWNER, io.banyan.infrastructure.security.Groups.CONSULTANT);
    TemplateVersion aV1 = templates.create("A's strategy", null);
    templates.ask(templates.addSection(aV1.getId(), "Why", null).getId(), QuestionKind.LONG_TEXT, "Why?", null, true, QuestionSettings.NONE);
    templates.publish(aV1.getId());
    long aPlanId = plans.create(a.clientId(), aV1.getId(), "A's plan").getId();

    // plans: open, answer, list, count, search, filter, start from B's version or for B's client
    Failure.expect(UnknownEntityException.class, () -> plans.editor(bPlanId));
    Failure.expect(UnknownEntityException.class,
        () -> plans.saveAnswer(bPlanId, bWhy.getKey(), new AnswerValue.Text("Hijacked"), bAnswer.getVersion()));
    assertEquals(List.of(aPlanId), plans.page(PlanQuery.all(), 0, 100).stream().map(PlanRow::id).toList());
    assertEquals(1, plans.count(PlanQuery.all()));
    assertEquals(0, plans.count(new PlanQuery(null, null, null, "secret")));
    assertEquals(0, plans.count(new PlanQuery(b.clientId(), null, null, null)));
    assertEquals(0, plans.count(new PlanQuery(null, bTemplateId, null, null)));
    assertEquals(0, plans.count(new PlanQuery(null, null, b.ownerId(), null)));
    assertEquals(List.of(aV1.getId()), plans.startableVersions().stream().map(TemplateVersion::getId).toList());
    Failure.expect(UnknownEntityException.class, () -> plans.create(a.clientId(), bV1.getId(), "From B's template"));
    Failure.expect(UnknownEntityException.class, () -> plans.create(b.clientId(), aV1.getId(), "For B's client"));

    // revisions: list, mark, compare, history, and moving B's plan, or A's plan to B's version
    Failure.expect(UnknownEntityException.class, () -> revisions.list(bPlanId));
    Failure.expect(UnknownEntityException.class, () -> revisions.mark(bPlanId, "Hijacked"));
    Failure.expect(UnknownEntityException.class, () -> revisions.compare(bPlanId, 1, PlanRevisions.CURRENT));
    Failure.expect(UnknownEntityException.class, () -> revisions.maturityHistory(bPlanId));
    Failure.expect(UnknownEntityException.class, () -> revisions.newerVersion(bPlanId));
    Failure.expect(UnknownEntityException.class, () -> revisions.upgrade(bPlanId, bV2.getId()));
    Failure.expect(UnknownEntityException.class, () -> revisions.upgrade(aPlanId, bV2.getId()));

    // metric check-ins and exports
    Failure.expect(UnknownEntityException.class, () -> checkIns.metrics(bPlanId));
    Failure.expect(UnknownEntityException.class, () -> checkIns.record(bPlanId, bMetric.getKey(), yesterday, BigDecimal.TEN));
    Failure.expect(UnknownEntityException.class, () -> checkIns.checkIns(bPlanId));
    Failure.expect(UnknownEntityException.class, () -> export.pdf(bPlanId));
    assertFalse(export.csv(PlanQuery.all()).contains("secret"));

    // templates: B's versions, sections and questions by id
    assertEquals(List.of("A's strategy"), templates.templates().stream().map(PlanTemplate::getName).toList());
    assertTrue(templates.version(bV2.getId()).isEmpty());
    Failure.expect(UnknownEntityException.class, () -> templates.newDraftFrom(bV1.getId()));
    Failure.expect(UnknownEntityException.class, () -> templates.retire(bV1.getId()));
    Failure.expect(UnknownEntityException.class, () -> templates.publish(bV2.getId()));
    Failure.expect(UnknownEntityException.class,
        () -> templates.ask(bSection.getId(), QuestionKind.SHORT_TEXT, "Injected?", null, false, QuestionSettings.NONE));
    Failure.expect(UnknownEntityException.class, () -> templates.describeSection(bSection.getId(), bSection.getVersion(), "Hijacked", null));
    Failure.expect(UnknownEntityException.class, () -> templates.moveSection(bSection.getId(), 0));
    Failure.expect(UnknownEntityException.class,
        () -> templates.rephrase(bWhy.getId(), bWhy.getVersion(), "Hijacked?", null, false, QuestionSettings.NONE));
    Failure.expect(UnknownEntityException.class, () -> templates.removeQuestion(bWhy.getId()));

    // platforms: A has the usual list, and replacing it (a delete of all rows) touches A's only
    assertEquals(SocialPlatform.DEFAULTS, platforms.names());
    platforms.replace(List.of("Facebook"));
    assertEquals(List.of("Facebook"), platforms.names());

    // a client member of A does not reach B's plan either
    acting.as(a.member(), TestTenant.CLIENT);
    Failure.expect(UnknownEntityException.class, () -> plans.editor(bPlanId));
    assertEquals(List.of(aPlanId), plans.myPlans().stream().map(Plan::getId).toList());

    // B is untouched, row for row
    assertEquals(before, Rows.snapshot(dataSource, b.tenantId(), PLAN_TABLES));
    acting.as(b.owner(), TestTenant.OWNER);
    assertEquals(List.of("LinkedIn", "Mastodon"), platforms.names());
  }

  @Test
  void signedInToANothingOfBsHomeworkCommentsOrNotificationsCanBeReadOrChanged() {
    TestTenant a = fixtures.tenant("iso-hw-a");
    TestTenant b = fixtures.tenant("iso-hw-b");
    // B: a section out as homework, submitted, commented on, sent back with changes requested, a reply in the thread
    acting.as(b.consultant(), TestTenant.CONSULTANT);
    TemplateVersion bV1 = templates.create("B's strategy", null);
    TemplateSection bSection = templates.addSection(bV1.getId(), "Why", null);
    TemplateQuestion bWhy = templates.ask(bSection.getId(), QuestionKind.SHORT_TEXT, "Why?", null, true, QuestionSettings.NONE);
    templates.publish(bV1.getId());
    Plan bPlan = plans.create(b.clientId(), bV1.getId(), "B's secret plan");
    long bPlanId = bPlan.getId();
    long bAssigned = homework.assign(bPlanId, List.of(bSection.getId()), LocalDate.now(ZoneOffset.UTC).plusDays(7), "B's message")
        .getSections().get(0).getId();
    acting.as(b.member(), TestTenant.CLIENT);
    plans.saveAnswer(bPlanId, bWhy.getKey(), new AnswerValue.Text("B's secret"), plans.editor(bPlanId).answer(bWhy.getKey()).orElseThrow().getVersion());
    homework.submit(bAssigned);
    acting.as(b.consultant(), TestTenant.CONSULTANT);
    long bComment = reviews.comment(bAssigned, bWhy.getKey(), "B's reviewer asks").getId();
    homework.requestChanges(bAssigned);
    acting.as(b.member(), TestTenant.CLIENT);
    long bReply = reviews.reply(bComment, "B's member answers").getId();
    List<Long> bMemberNotes = notifications.latest(10).stream().map(Notification::getId).toList();
    acting.as(b.consultant(), TestTenant.CONSULTANT);
    List<Long> bConsultantNotes = notifications.latest(10).stream().map(Notification::getId).toList();
    assertEquals(2, bMemberNotes.size(), "assigned, changes requested");
    assertEquals(2, bConsultantNotes.size(), "submitted, reply");
    Map<String, List<Map<String, Object>>> before = Rows.snapshot(dataSource, b.tenantId(), HOMEWORK_TABLES);
    assertTrue(List.of("assignment", "assigned_section", "section_transition", "question_comment", "notification").stream()
        .noneMatch(table -> before.get(table).isEmpty()), "B has homework rows to protect");

    // A: homework of its own, waiting for review
    acting.as(a.consultant(), TestTenant.CONSULTANT);
    TemplateVersion aV1 = templates.create("A's strategy", null);
    TemplateSection aSection = templates.addSection(aV1.getId(), "Why", null);
    TemplateQuestion aWhy = templates.ask(aSection.getId(), QuestionKind.SHORT_TEXT, "Why?", null, true, QuestionSettings.NONE);
    templates.publish(aV1.getId());
    long aPlanId = plans.create(a.clientId(), aV1.getId(), "A's plan").getId();
    long aAssigned = homework.assign(aPlanId, List.of(aSection.getId()), LocalDate.now(ZoneOffset.UTC).plusDays(7), null)
        .getSections().get(0).getId();
    acting.as(a.member(), TestTenant.CLIENT);
    plans.saveAnswer(aPlanId, aWhy.getKey(), new AnswerValue.Text("A's answer"), plans.editor(aPlanId).answer(aWhy.getKey()).orElseThrow().getVersion());
    homework.submit(aAssigned);

    acting.as(a.owner(), io.banyan.infrastructure.security.Groups.OWNER, io.banyan.infrastructure.security.Groups.CONSULTANT);
    Account aMember = clients.members(a.clientId()).get(0);
    LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(30);

    // homework: B's section, plan and sections by id, and B's consultant as a reviewer
    assertTrue(homework.find(bAssigned).isEmpty());
    Failure.expect(UnknownEntityException.class, () -> homework.history(bAssigned));
    Failure.expect(UnknownEntityException.class, () -> homework.sinceLastAttempt(bAssigned));
    Failure.expect(UnknownEntityException.class, () -> homework.forPlan(bPlanId));
    Failure.expect(UnknownEntityException.class, () -> homework.assign(bPlanId, List.of(bSection.getId()), later, "Hijacked"));
    Failure.expect(UnknownEntityException.class, () -> homework.assign(aPlanId, List.of(bSection.getId()), later, "B's section in A's plan"));
    Failure.expect(UnknownEntityException.class, () -> homework.startReview(bAssigned));
    Failure.expect(UnknownEntityException.class, () -> homework.requestChanges(bAssigned));
    Failure.expect(UnknownEntityException.class, () -> homework.approve(bAssigned));
    Failure.expect(UnknownEntityException.class, () -> homework.reopen(bAssigned, later));
    Failure.expect(UnknownEntityException.class, () -> homework.extend(bAssigned, later));
    Failure.expect(UnknownEntityException.class, () -> homework.excuse(bAssigned));
    Failure.expect(UnknownEntityException.class, () -> homework.reassignReviewer(bAssigned, a.consultantId()));
    Failure.expect(UnknownEntityException.class, () -> homework.reassignReviewer(aAssigned, b.consultantId()));
    // the hook PlanService calls, handed B's plan and question: finds no homework of B's to move
    homework.answerChanged(bPlan, bWhy, aMember);

    // reviews: B's comments, threads and queue
    Failure.expect(UnknownEntityException.class, () -> reviews.comments(bAssigned));
    Failure.expect(UnknownEntityException.class, () -> reviews.comment(bAssigned, bWhy.getKey(), "Hijacked"));
    Failure.expect(UnknownEntityException.class, () -> reviews.reply(bComment, "Hijacked"));
    Failure.expect(UnknownEntityException.class, () -> reviews.reply(bReply, "Hijacked"));
    assertEquals(List.of(aAssigned), reviews.queue(null, null, 0, 100).stream().map(QueueRow::id).toList());
    assertEquals(1, reviews.queueCount(null, null));
    assertTrue(reviews.queue(b.clientId(), null, 0, 100).isEmpty());
    assertEquals(0, reviews.queueCount(b.clientId(), null));
    assertEquals(List.of(a.clientId()), reviews.myClients(0, 100).stream().map(ClientRow::clientId).toList());
    assertEquals(1, reviews.myClientCount());

    // notifications: B's by id, in the bell, marked read
    for (long note : bMemberNotes) {
      Failure.expect(UnknownEntityException.class, () -> notifications.open(note));
    }
    for (long note : bConsultantNotes) {
      Failure.expect(UnknownEntityException.class, () -> notifications.open(note));
    }
    assertTrue(notifications.latest(100).stream().noneMatch(n -> bMemberNotes.contains(n.getId()) || bConsultantNotes.contains(n.getId())));
    assertEquals(0, notifications.unread());
    assertEquals(0, notifications.markAllRead());

    // A's consultant, who has notifications of their own, reads and clears only those
    acting.as(a.consultant(), TestTenant.CONSULTANT);
    assertEquals(1, notifications.unread());
    assertTrue(notifications.latest(100).stream().allMatch(n -> n.getTenantId().equals(a.tenantId())));
    Failure.expect(UnknownEntityException.class, () -> notifications.open(bConsultantNotes.get(0)));
    assertEquals(1, notifications.markAllRead());

    // a client member of A: B's section, thread and notifications are not there
    acting.as(a.member(), TestTenant.CLIENT);
    Failure.expect(UnknownEntityException.class, () -> homework.submit(bAssigned));
    Failure.expect(UnknownEntityException.class, () -> homework.withdraw(bAssigned));
    assertTrue(homework.find(bAssigned).isEmpty());
    Failure.expect(UnknownEntityException.class, () -> homework.history(bAssigned));
    Failure.expect(UnknownEntityException.class, () -> reviews.comments(bAssigned));
    Failure.expect(UnknownEntityException.class, () -> reviews.reply(bComment, "Hijacked"));
    assertEquals(List.of(aAssigned), homework.myHomework().stream().map(AssignedSection::getId).toList());
    for (long note : bMemberNotes) {
      Failure.expect(UnknownEntityException.class, () -> notifications.open(note));
    }
    assertEquals(List.of(), notifications.latest(100).stream().map(Notification::getId).filter(bMemberNotes::contains).toList());
    notifications.markAllRead();

    // B is untouched, row for row
    assertEquals(before, Rows.snapshot(dataSource, b.tenantId(), HOMEWORK_TABLES));
    acting.as(b.member(), TestTenant.CLIENT);
    assertEquals(2, notifications.unread());
    assertEquals(List.of(bAssigned), homework.myHomework().stream().map(AssignedSection::getId).toList());
    assertEquals(List.of(bComment, bReply), reviews.comments(bAssigned).stream().map(QuestionComment::getId).toList());
  }

  @Test
  void aClientMemberOfOneOrganisationSeesOnlyTheirOwn() {
    TestTenant a = fixtures.tenant("iso-m");
    acting.as(a.consultant(), TestTenant.CONSULTANT);
    ClientOrganisation other = clients.create(new ClientDetails("Other business", null, null, null, null));
    clients.inviteMember(other.getId(), EmailAddress.of("other@business.example"), "Other Member");

    acting.as(a.member(), TestTenant.CLIENT);
    ClientHomeService.ClientHome home = clientHome.home();
    assertFalse(home.organisationName().equals("Other business"));
    assertFalse(home.team().contains("Other Member"));
    Failure.expect(jakarta.ejb.EJBAccessException.class, () -> clients.find(other.getId()));
    Failure.expect(jakarta.ejb.EJBAccessException.class, () -> clients.members(other.getId()));
  }

  private List<Map<String, Object>> consultancy(long id) {
    try (var c = dataSource.getConnection(); var ps = c.prepareStatement("select * from consultancy where id = ?")) {
      ps.setLong(1, id);
      try (var rs = ps.executeQuery()) {
        rs.next();
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
        }
        return List.of(row);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
