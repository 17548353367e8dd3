package io.banyan.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.audit.AuditQuery;
import io.banyan.application.audit.AuditTrail;
import io.banyan.application.client.ClientDetails;
import io.banyan.application.client.ClientHomeService;
import io.banyan.application.client.ClientQuery;
import io.banyan.application.client.ClientService;
import io.banyan.application.homework.HomeworkService;
import io.banyan.application.mail.MailLog;
import io.banyan.application.notification.NotificationService;
import io.banyan.application.notification.Reminders;
import io.banyan.application.plan.MetricCheckIns;
import io.banyan.application.plan.PlanAccess;
import io.banyan.application.plan.PlanExport;
import io.banyan.application.plan.PlanQuery;
import io.banyan.application.plan.PlanRevisions;
import io.banyan.application.plan.PlanRow;
import io.banyan.application.plan.PlanService;
import io.banyan.application.plan.PlatformList;
import io.banyan.application.plan.StarterTemplates;
import io.banyan.application.plan.TemplateService;
import io.banyan.application.review.ClientRow;
import io.banyan.application.review.QueueFilter;
import io.banyan.application.review.QueueRow;
import io.banyan.application.review.ReviewService;
import io.banyan.application.team.AccessCheck;
import io.banyan.application.team.ReadingSettings;
import io.banyan.application.team.SignInService;
import io.banyan.application.team.StaffService;
import io.banyan.application.tenancy.BrandingService;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.application.tenancy.OfficeService;
import io.banyan.application.tenancy.Onboarding;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.homework.AssignedSection;
import io.banyan.domain.homework.SectionTransition;
import io.banyan.domain.notification.MailPreference;
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
import io.banyan.domain.team.CannotChangeAccountException;
import io.banyan.domain.team.CannotRedeemTokenException;
import io.banyan.domain.team.NewPassword;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import io.banyan.domain.tenancy.AccentColour;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.LogoImage;
import io.banyan.domain.tenancy.Office;
import io.banyan.domain.tenancy.Slug;
import io.banyan.infrastructure.security.CallerKey;
import io.banyan.infrastructure.security.Groups;
import io.banyan.infrastructure.tenancy.TenantScope;
import io.banyan.it.support.Acting;
import io.banyan.it.support.CallRecorder;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Exercises;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.Mailbox;
import io.banyan.it.support.Rows;
import io.banyan.it.support.TestTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Two consultancies, A and B, where B holds rows in every tenant table. Signed in to A, the
 * service methods are pointed at B's ids and tokens: nothing of B's is found, listed, searched,
 * changed or deleted, and B's rows, its consultancy row and the mail sent to its people, read
 * afterwards over plain JDBC, are exactly as they were.
 *
 * <p>Each test lists the methods it calls ({@link Exercises}) and checks the list against the calls
 * it recorded; {@link TenantIsolationCoverageTest} fails for any public service method that no list
 * names and {@link #EXEMPT} does not excuse.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  /** The service methods no test here points at another consultancy, and why none needs to. */
  static final Map<String, String> EXEMPT = Map.ofEntries(
      Map.entry("ConsultancyService.bySlug(String)",
          "platform data by design: every consultancy's sign-in page is public, and with it its name and branding; reads no tenant rows"),
      Map.entry("SignInService.verifyPlatformAdmin(String,String,String)",
          "platform admins belong to no consultancy: there are no tenant rows to reach"),
      Map.entry("ReminderSchedule.daily()", "the timer: runs as no one and only calls runFor"),
      Map.entry("ReminderSchedule.runFor(LocalDate)",
          "platform-wide by design: runs each consultancy's reminders in that consultancy's own scope, which a person signed in"
              + " to another cannot enter (TenancyIT); the work per consultancy, Reminders, is covered here"),
      Map.entry("Notifier.tell(Account,NotificationKind,String,Object[])",
          "internal: services hand it a recipient they loaded in the caller's consultancy, it takes no id; reached through"
              + " HomeworkService and ReviewService, covered here"),
      Map.entry("Invitations.invite(Account,Consultancy,String)",
          "internal: handed an account its caller loaded in the caller's consultancy; reached through StaffService.invite and"
              + " resendInvitation, covered here"),
      Map.entry("Invitations.sendPasswordReset(Account,Consultancy)",
          "internal: handed an account its caller loaded in the caller's consultancy; reached through"
              + " SignInService.requestPasswordReset, covered here"),
      Map.entry("Links.baseUrl()", "builds a URL from configuration; reads no data"),
      Map.entry("Links.tenantPage(Slug,String)", "builds a URL from the slug it is given; reads no data"),
      Map.entry("Links.tenantPage(Slug,String,String)", "builds a URL from the slug and token it is given; reads no data"));

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
  static final byte[] OTHER_PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 4, 5, 6};

  @Deployment
  static WebArchive deployment() {
    return Deployments.servicesRecordingCalls("isolation");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private OfficeService offices;
  @Inject private ClientService clients;
  @Inject private ClientHomeService clientHome;
  @Inject private StaffService staff;
  @Inject private BrandingService branding;
  @Inject private ConsultancyService consultancies;
  @Inject private Onboarding onboarding;
  @Inject private MailLog mailLog;
  @Inject private AuditTrail audit;
  @Inject private SignInService signIn;
  @Inject private AccessCheck accessCheck;
  @Inject private ReadingSettings reading;
  @Inject private TemplateService templates;
  @Inject private StarterTemplates starter;
  @Inject private PlanService plans;
  @Inject private PlanAccess planAccess;
  @Inject private PlanRevisions revisions;
  @Inject private MetricCheckIns checkIns;
  @Inject private PlanExport export;
  @Inject private PlatformList platforms;
  @Inject private HomeworkService homework;
  @Inject private ReviewService reviews;
  @Inject private NotificationService notifications;
  @Inject private Reminders reminders;

  @Resource(lookup = "jdbc/banyan")
  private DataSource dataSource;

  @Test
  @Exercises({
      "OfficeService.find(long)", "OfficeService.offices()", "OfficeService.describe(long,long,String,String,ZoneId)",
      "OfficeService.close(long)", "OfficeService.open(String,String,ZoneId)",
      "ClientService.find(long)", "ClientService.page(ClientQuery,int,int)", "ClientService.count(ClientQuery)",
      "ClientService.update(long,long,ClientDetails)", "ClientService.archive(long)", "ClientService.unarchive(long)",
      "ClientService.members(long)", "ClientService.inviteMember(long,EmailAddress,String)", "ClientService.create(ClientDetails)",
      "StaffService.staff()", "StaffService.findStaff(long)", "StaffService.consultants()", "StaffService.changeRoles(long,long,Roles)",
      "StaffService.deactivate(long)", "StaffService.reactivate(long)", "StaffService.resendInvitation(long)",
      "StaffService.invite(EmailAddress,String,Roles)",
      "BrandingService.logo()", "BrandingService.uploadLogo(LogoImage)", "BrandingService.removeLogo()",
      "BrandingService.rebrand(String,AccentColour,long)", "ConsultancyService.mine()",
      "ReadingSettings.me()", "ReadingSettings.chooseMine(Optional,Optional)", "ReadingSettings.consultancy()",
      "ReadingSettings.setDefaults(Locale,ZoneId)", "AccessCheck.stillSignedIn(Set)",
      "AuditTrail.record(String,AuditAction,String)", "AuditTrail.recordSeparately(String,AuditAction,String)",
      "AuditTrail.recordIn(String,String,AuditAction,String)", "AuditTrail.page(int,int)", "AuditTrail.count()",
      "AuditTrail.page(AuditQuery,int,int)", "AuditTrail.count(AuditQuery)", "AuditTrail.csv(AuditQuery,Locale)",
      "SignInService.verify(String,String,String,String)", "SignInService.invitee(String)",
      "SignInService.acceptInvitation(String,NewPassword)", "SignInService.isResetLinkOpen(String)",
      "SignInService.resetPassword(String,NewPassword)", "SignInService.requestPasswordReset(long,EmailAddress)",
      "ConsultancyService.create(String,Slug,EmailAddress)", "ConsultancyService.create(String,Slug,EmailAddress,Locale)",
      "ConsultancyService.page(int,int)", "ConsultancyService.count()", "ConsultancyService.suspend(long)",
      "ConsultancyService.reactivate(long)", "Onboarding.register(String,Slug)", "Onboarding.register(String,Slug,Locale)",
      "Onboarding.unregister(long)", "Onboarding.welcome(Consultancy,EmailAddress,String)", "MailLog.page(int,int)", "MailLog.count()",
      "ClientHomeService.home()"})
  void signedInToANothingOfBsCanBeReadOrChanged(TestInfo test) {
    TestTenant a = fixtures.tenant("iso-a");
    Target b = seed(fixtures.tenant("iso-b"));
    acting.as(b.t().owner(), TestTenant.OWNER);
    Office bOffice = offices.find(b.t().officeId()).orElseThrow();
    ClientOrganisation bClient = clients.find(b.t().clientId()).orElseThrow();
    Account bConsultant = staff.findStaff(b.t().consultantId()).orElseThrow();
    Consultancy bConsultancy = consultancies.mine();
    Map<String, List<Map<String, Object>>> before = rowsOf(b.t());

    acting.as(a.owner(), Groups.OWNER, Groups.CONSULTANT);
    try (CallRecorder.Recording calls = CallRecorder.start()) {
      // offices: find, list, update of B's detached office, delete by B's id; B's office name is free in A
      assertTrue(offices.find(b.t().officeId()).isEmpty());
      assertEquals(List.of(a.officeId()), offices.offices().stream().map(Office::getId).toList());
      Failure.expect(UnknownEntityException.class,
          () -> offices.describe(bOffice.getId(), bOffice.getVersion(), "Hijacked", null, ZoneId.of("UTC")));
      Failure.expect(UnknownEntityException.class, () -> offices.close(b.t().officeId()));
      assertStoredIn("office", a, offices.open(bOffice.getName(), null, ZoneId.of("UTC")).getId());

      // clients: find, list, count, search, update, archive, members, invitations, lead from B; B's client name is free in A
      assertTrue(clients.find(b.t().clientId()).isEmpty());
      assertEquals(List.of(a.clientId()),
          clients.page(new ClientQuery(null, true, null, true), 0, 100).stream().map(ClientOrganisation::getId).toList());
      assertEquals(1, clients.count(new ClientQuery(null, true, null, true)));
      assertEquals(0, clients.count(new ClientQuery(bClient.getName(), true, null, true)));
      Failure.expect(UnknownEntityException.class,
          () -> clients.update(bClient.getId(), bClient.getVersion(), new ClientDetails("Hijacked", null, null, null, null)));
      Failure.expect(UnknownEntityException.class, () -> clients.archive(b.t().clientId()));
      Failure.expect(UnknownEntityException.class, () -> clients.unarchive(b.t().clientId()));
      Failure.expect(UnknownEntityException.class, () -> clients.members(b.t().clientId()));
      Failure.expect(UnknownEntityException.class,
          () -> clients.inviteMember(b.t().clientId(), EmailAddress.of("x@a.example"), "X"));
      Failure.expect(UnknownEntityException.class,
          () -> clients.create(new ClientDetails("Led from B", null, null, null, b.t().consultantId())));
      Failure.expect(UnknownEntityException.class, () -> clients.update(a.clientId(), clients.find(a.clientId()).orElseThrow().getVersion(),
          new ClientDetails("A", null, null, null, b.t().consultantId())));
      assertStoredIn("client_organisation", a, clients.create(new ClientDetails(bClient.getName(), null, null, null, a.consultantId())).getId());

      // staff: list, find, roles, deactivate, reactivate, resend; an e-mail B has is free in A
      assertTrue(staff.staff().stream().allMatch(p -> p.getTenantId().equals(a.tenantId())));
      assertEquals(3, staff.staff().size());
      assertTrue(staff.findStaff(b.t().consultantId()).isEmpty());
      assertTrue(staff.consultants().stream().noneMatch(c -> c.getId() == b.t().consultantId()));
      Failure.expect(UnknownEntityException.class,
          () -> staff.changeRoles(b.t().consultantId(), bConsultant.getVersion(), Roles.of(Role.OWNER)));
      Failure.expect(UnknownEntityException.class, () -> staff.deactivate(b.t().ownerId()));
      Failure.expect(UnknownEntityException.class, () -> staff.reactivate(b.t().ownerId()));
      Failure.expect(UnknownEntityException.class, () -> staff.resendInvitation(b.t().consultantId()));
      Failure.expect(CannotChangeAccountException.class, () -> staff.invite(EmailAddress.of(a.ownerEmail()), "Dup", Roles.of(Role.OWNER)));
      staff.invite(EmailAddress.of(b.t().ownerEmail()), "Same e-mail, other consultancy", Roles.of(Role.CONSULTANT));

      // branding: B's logo is not A's, and A's upload, removal and rebranding touch A only
      assertTrue(branding.logo().isEmpty());
      branding.uploadLogo(LogoImage.check(OTHER_PNG));
      assertEquals(Arrays.toString(OTHER_PNG), Arrays.toString(branding.logo().orElseThrow().getContent()));
      branding.removeLogo();
      assertTrue(branding.logo().isEmpty());
      branding.rebrand("A rebranded", new AccentColour("#123456"), consultancies.mine().getVersion());
      assertEquals(a.consultancyId(), consultancies.mine().getId());

      // reading settings and the session check: the caller's own account and consultancy
      reading.chooseMine(Optional.of(Locale.forLanguageTag("es")), Optional.of(ZoneId.of("Europe/Madrid")));
      assertEquals(a.ownerId(), reading.me().getId());
      reading.setDefaults(Locale.forLanguageTag("es"), ZoneId.of("America/Bogota"));
      assertEquals(a.consultancyId(), reading.consultancy().getId());
      assertEquals("Owner " + suffixOf(a), accessCheck.stillSignedIn(Set.of(Role.OWNER)).orElseThrow().displayName());

      // audit: A's own lines land in A; a line cannot be written into B; the trail, read three ways, is A's as stored
      audit.record(a.ownerEmail(), AuditAction.BRANDING_CHANGED, "A's own line");
      audit.recordSeparately(a.ownerEmail(), AuditAction.BRANDING_CHANGED, "A's separate line");
      Failure.expect(SecurityException.class,
          () -> audit.recordIn(b.t().tenantId(), a.ownerEmail(), AuditAction.BRANDING_CHANGED, "Forged into B"));
      List<Map<String, Object>> aTrail = Rows.ofTenant(dataSource, "audit_entry", a.tenantId());
      assertTrue(aTrail.stream().map(e -> e.get("detail")).toList().containsAll(List.of("A's own line", "A's separate line")));
      Set<Object> aTrailIds = aTrail.stream().map(e -> e.get("id")).collect(Collectors.toSet());
      assertEquals(aTrailIds, audit.page(0, 500).stream().map(AuditEntry::getId).collect(Collectors.toSet()));
      assertEquals(aTrail.size(), audit.count());
      assertEquals(aTrailIds, audit.page(AuditQuery.all(), 0, 500).stream().map(AuditEntry::getId).collect(Collectors.toSet()));
      assertEquals(0, audit.count(new AuditQuery(null, AuditAction.TEMPLATE_CHANGED, null, null, null)), "B changed templates, A did not");
      String csv = audit.csv(AuditQuery.all(), Locale.ENGLISH);
      assertTrue(csv.contains("A's own line") && !csv.contains(b.published().getTemplate().getName()) && !csv.contains("pending@b.example"));

      // sign-in in A's scope does not know B's people or B's links, even when handed B's tenant id
      assertFalse(TenantScope.callAs(a.tenantId(),
          () -> signIn.verify(a.tenantId(), b.t().ownerEmail(), Fixtures.PASSWORD, "10.7.0.1")).person().isPresent());
      assertFalse(TenantScope.callAs(a.tenantId(),
          () -> signIn.verify(b.t().tenantId(), b.t().ownerEmail(), Fixtures.PASSWORD, "10.7.0.1")).person().isPresent());
      assertTrue(TenantScope.callAs(a.tenantId(), () -> signIn.invitee(b.invitationToken())).isEmpty());
      Failure.expect(CannotRedeemTokenException.class, () -> TenantScope.callAs(a.tenantId(),
          () -> signIn.acceptInvitation(b.invitationToken(), new NewPassword("taken-over-123"))));
      assertFalse(TenantScope.callAs(a.tenantId(), () -> signIn.isResetLinkOpen(b.resetToken())));
      Failure.expect(CannotRedeemTokenException.class, () -> TenantScope.callAs(a.tenantId(),
          () -> signIn.resetPassword(b.resetToken(), new NewPassword("taken-over-123"))));
      TenantScope.runAs(a.tenantId(), () -> signIn.requestPasswordReset(a.consultancyId(), EmailAddress.of(b.t().ownerEmail())));

      // the platform admin's work is refused to A's owner, whatever consultancy it names
      refused(() -> consultancies.suspend(b.t().consultancyId()), ConsultancyService.class, "suspend", long.class);
      refused(() -> consultancies.reactivate(b.t().consultancyId()), ConsultancyService.class, "reactivate", long.class);
      refused(() -> consultancies.page(0, 100), ConsultancyService.class, "page", int.class, int.class);
      refused(() -> consultancies.count(), ConsultancyService.class, "count");
      refused(() -> consultancies.create("Taken over", new Slug("taken-over-" + suffixOf(a)), EmailAddress.of("x@a.example")),
          ConsultancyService.class, "create", String.class, Slug.class, EmailAddress.class);
      refused(() -> consultancies.create("Taken over", new Slug("taken-over-" + suffixOf(a)), EmailAddress.of("x@a.example"), Locale.ENGLISH),
          ConsultancyService.class, "create", String.class, Slug.class, EmailAddress.class, Locale.class);
      refused(() -> onboarding.register("Taken over", new Slug("taken-over-" + suffixOf(a))), Onboarding.class, "register", String.class, Slug.class);
      refused(() -> onboarding.register("Taken over", new Slug("taken-over-" + suffixOf(a)), Locale.ENGLISH),
          Onboarding.class, "register", String.class, Slug.class, Locale.class);
      refused(() -> onboarding.unregister(b.t().consultancyId()), Onboarding.class, "unregister", long.class);
      refused(() -> onboarding.welcome(bConsultancy, EmailAddress.of("x@a.example"), a.ownerEmail()),
          Onboarding.class, "welcome", Consultancy.class, EmailAddress.class, String.class);
      refused(() -> mailLog.page(0, 100), MailLog.class, "page", int.class, int.class);
      refused(() -> mailLog.count(), MailLog.class, "count");

      // a client member of A sees A's organisation only
      acting.as(a.member(), TestTenant.CLIENT);
      assertTrue(clientHome.home().organisationName().startsWith("Client of " + suffixOf(a)));
      assertEquals(1, clientHome.home().team().size());

      // a caller key that names A with B's account id (no sign-in makes one): A's scope knows no such person
      acting.as(CallerKey.ofAccount(a.tenantId(), b.t().ownerId()), TestTenant.OWNER);
      assertTrue(accessCheck.stillSignedIn(Set.of(Role.OWNER)).isEmpty());
      assertNull(reading.me());

      calls.assertExactly(listed(test));
    }

    // B is untouched, row for row; its owner's address got one mail, A's invitation to A
    Map<String, List<Map<String, Object>>> after = rowsOf(b.t());
    List<Map<String, Object>> newMail = new ArrayList<>(after.get("outbound_mail"));
    newMail.removeAll(before.get("outbound_mail"));
    assertEquals(List.of(b.t().ownerEmail()), newMail.stream().map(m -> m.get("recipient")).toList());
    assertTrue(String.valueOf(newMail.get(0).get("subject")).contains("iso-a " + suffixOf(a)), newMail.toString());
    after.get("outbound_mail").removeAll(newMail);
    assertEquals(before, after);
    acting.as(b.t().owner(), TestTenant.OWNER);
    assertEquals(bConsultancy.getVersion(), consultancies.mine().getVersion());
    assertTrue(branding.logo().isPresent());
  }

  @Test
  @Exercises({
      "TemplateService.create(String,String)", "TemplateService.addSection(long,String,String)",
      "TemplateService.ask(long,QuestionKind,String,String,boolean,QuestionSettings)", "TemplateService.publish(long)",
      "TemplateService.templates()", "TemplateService.version(long)", "TemplateService.newDraftFrom(long)", "TemplateService.retire(long)",
      "TemplateService.describeSection(long,long,String,String)", "TemplateService.moveSection(long,int)", "TemplateService.removeSection(long)",
      "TemplateService.rephrase(long,long,String,String,boolean,QuestionSettings)", "TemplateService.removeQuestion(long)",
      "StarterTemplates.ensure()", "StarterTemplates.ensure(Locale)",
      "PlanService.create(long,long,String)", "PlanService.editor(long)", "PlanService.saveAnswer(long,String,AnswerValue,long)",
      "PlanService.page(PlanQuery,int,int)", "PlanService.count(PlanQuery)", "PlanService.startableVersions()", "PlanService.myPlans()",
      "PlanAccess.plan(long)", "PlanAccess.complete(long)", "PlanAccess.find(long)", "PlanAccess.me()",
      "PlanRevisions.list(long)", "PlanRevisions.mark(long,String)", "PlanRevisions.compare(long,int,int)",
      "PlanRevisions.maturityHistory(long)", "PlanRevisions.newerVersion(long)", "PlanRevisions.upgrade(long,long)",
      "MetricCheckIns.metrics(long)", "MetricCheckIns.record(long,String,LocalDate,BigDecimal)", "MetricCheckIns.checkIns(long)",
      "PlanExport.pdf(long)", "PlanExport.pdf(long,Locale,ZoneId)", "PlanExport.csv(PlanQuery)", "PlanExport.csv(PlanQuery,Locale)",
      "PlatformList.names()", "PlatformList.replace(List)"})
  void signedInToANothingOfBsPlansOrTemplatesCanBeReadOrChanged(TestInfo test) {
    TestTenant a = fixtures.tenant("iso-plan-a");
    Target b = seed(fixtures.tenant("iso-plan-b"));
    long bPlanId = b.plan().getId();
    TemplateQuestion bDraftQuestion = b.draftSection().getQuestions().get(0);
    LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    Map<String, List<Map<String, Object>>> before = rowsOf(b.t());

    acting.as(a.owner(), Groups.OWNER, Groups.CONSULTANT);
    try (CallRecorder.Recording calls = CallRecorder.start()) {
      TemplateVersion aV1 = templates.create("A's strategy", null);
      templates.ask(templates.addSection(aV1.getId(), "Why", null).getId(), QuestionKind.LONG_TEXT, "Why?", null, true, QuestionSettings.NONE);
      templates.publish(aV1.getId());
      long aPlanId = plans.create(a.clientId(), aV1.getId(), "A's plan").getId();

      // plans: open, answer, list, count, search, filter, start from B's version or for B's client
      Failure.expect(UnknownEntityException.class, () -> plans.editor(bPlanId));
      Failure.expect(UnknownEntityException.class,
          () -> plans.saveAnswer(bPlanId, b.why().getKey(), new AnswerValue.Text("Hijacked"), b.answer().getVersion()));
      assertEquals(List.of(aPlanId), plans.page(PlanQuery.all(), 0, 100).stream().map(PlanRow::id).toList());
      assertEquals(1, plans.count(PlanQuery.all()));
      assertEquals(0, plans.count(new PlanQuery(null, null, null, "secret")));
      assertEquals(0, plans.count(new PlanQuery(b.t().clientId(), null, null, null)));
      assertEquals(0, plans.count(new PlanQuery(null, b.published().getTemplate().getId(), null, null)));
      assertEquals(0, plans.count(new PlanQuery(null, null, b.t().consultantId(), null)));
      assertEquals(List.of(aV1.getId()), plans.startableVersions().stream().map(TemplateVersion::getId).toList());
      Failure.expect(UnknownEntityException.class, () -> plans.create(a.clientId(), b.published().getId(), "From B's template"));
      Failure.expect(UnknownEntityException.class, () -> plans.create(b.t().clientId(), aV1.getId(), "For B's client"));

      // the lookup every plan method goes through
      Failure.expect(UnknownEntityException.class, () -> planAccess.plan(bPlanId));
      Failure.expect(UnknownEntityException.class, () -> planAccess.complete(bPlanId));
      assertTrue(planAccess.find(bPlanId).isEmpty());
      assertEquals(a.ownerId(), planAccess.me().getId());

      // revisions: list, mark, compare, history, and moving B's plan, or A's plan to B's version
      Failure.expect(UnknownEntityException.class, () -> revisions.list(bPlanId));
      Failure.expect(UnknownEntityException.class, () -> revisions.mark(bPlanId, "Hijacked"));
      Failure.expect(UnknownEntityException.class, () -> revisions.compare(bPlanId, 1, PlanRevisions.CURRENT));
      Failure.expect(UnknownEntityException.class, () -> revisions.maturityHistory(bPlanId));
      Failure.expect(UnknownEntityException.class, () -> revisions.newerVersion(bPlanId));
      Failure.expect(UnknownEntityException.class, () -> revisions.upgrade(bPlanId, b.newer().getId()));
      Failure.expect(UnknownEntityException.class, () -> revisions.upgrade(aPlanId, b.newer().getId()));

      // metric check-ins and exports
      Failure.expect(UnknownEntityException.class, () -> checkIns.metrics(bPlanId));
      Failure.expect(UnknownEntityException.class, () -> checkIns.record(bPlanId, b.metric().getKey(), yesterday, BigDecimal.TEN));
      Failure.expect(UnknownEntityException.class, () -> checkIns.checkIns(bPlanId));
      Failure.expect(UnknownEntityException.class, () -> export.pdf(bPlanId));
      Failure.expect(UnknownEntityException.class, () -> export.pdf(bPlanId, Locale.forLanguageTag("es"), ZoneId.of("Europe/Madrid")));
      assertFalse(export.csv(PlanQuery.all()).contains("secret"));
      assertFalse(export.csv(PlanQuery.all(), Locale.forLanguageTag("es")).contains("secret"));

      // templates: B's versions, sections and questions by id, B's draft among them, which B itself could still edit
      assertEquals(List.of("A's strategy"), templates.templates().stream().map(PlanTemplate::getName).toList());
      assertTrue(templates.version(b.newer().getId()).isEmpty());
      Failure.expect(UnknownEntityException.class, () -> templates.newDraftFrom(b.published().getId()));
      Failure.expect(UnknownEntityException.class, () -> templates.retire(b.published().getId()));
      Failure.expect(UnknownEntityException.class, () -> templates.publish(b.draft().getId()));
      Failure.expect(UnknownEntityException.class, () -> templates.addSection(b.draft().getId(), "Injected", null));
      Failure.expect(UnknownEntityException.class,
          () -> templates.ask(b.draftSection().getId(), QuestionKind.SHORT_TEXT, "Injected?", null, false, QuestionSettings.NONE));
      Failure.expect(UnknownEntityException.class,
          () -> templates.describeSection(b.draftSection().getId(), b.draftSection().getVersion(), "Hijacked", null));
      Failure.expect(UnknownEntityException.class, () -> templates.moveSection(b.draftSection().getId(), 0));
      Failure.expect(UnknownEntityException.class, () -> templates.removeSection(b.draftSection().getId()));
      Failure.expect(UnknownEntityException.class,
          () -> templates.rephrase(bDraftQuestion.getId(), bDraftQuestion.getVersion(), "Hijacked?", null, false, QuestionSettings.NONE));
      Failure.expect(UnknownEntityException.class, () -> templates.removeQuestion(bDraftQuestion.getId()));
      // the names B uses are free in A, B's starter template included
      templates.create(b.published().getTemplate().getName(), null);
      assertTrue(starter.ensure(), "B's starter template is not A's");
      assertFalse(starter.ensure(Locale.ENGLISH), "A has its own now");

      // platforms: A has the usual list, and replacing it (a delete of all rows) touches A's only
      assertEquals(SocialPlatform.DEFAULTS, platforms.names());
      platforms.replace(List.of("Facebook"));
      assertEquals(List.of("Facebook"), platforms.names());

      // a client member of A does not reach B's plan either
      acting.as(a.member(), TestTenant.CLIENT);
      Failure.expect(UnknownEntityException.class, () -> plans.editor(bPlanId));
      assertEquals(List.of(aPlanId), plans.myPlans().stream().map(Plan::getId).toList());

      calls.assertExactly(listed(test));
    }

    // B is untouched, row for row
    assertEquals(before, rowsOf(b.t()));
    acting.as(b.t().owner(), TestTenant.OWNER);
    assertEquals(List.of("LinkedIn", "Mastodon"), platforms.names());
  }

  @Test
  @Exercises({
      "TemplateService.create(String,String)", "TemplateService.addSection(long,String,String)",
      "TemplateService.ask(long,QuestionKind,String,String,boolean,QuestionSettings)", "TemplateService.publish(long)",
      "PlanService.create(long,long,String)", "PlanService.editor(long)", "PlanService.saveAnswer(long,String,AnswerValue,long)",
      "ClientService.members(long)",
      "HomeworkService.assign(long,List,LocalDate,String)", "HomeworkService.submit(long)", "HomeworkService.withdraw(long)",
      "HomeworkService.find(long)", "HomeworkService.history(long)", "HomeworkService.sinceLastAttempt(long)",
      "HomeworkService.forPlan(long)", "HomeworkService.startReview(long)", "HomeworkService.requestChanges(long)",
      "HomeworkService.approve(long)", "HomeworkService.reopen(long,LocalDate)", "HomeworkService.extend(long,LocalDate)",
      "HomeworkService.excuse(long)", "HomeworkService.reassignReviewer(long,long)",
      "HomeworkService.answerChanged(Plan,TemplateQuestion,Account)", "HomeworkService.myHomework()",
      "ReviewService.comments(long)", "ReviewService.comment(long,String,String)", "ReviewService.reply(long,String)",
      "ReviewService.queue(Long,SectionStatus,int,int)", "ReviewService.queueCount(Long,SectionStatus)",
      "ReviewService.queue(QueueFilter,int,int)", "ReviewService.queueCount(QueueFilter)", "ReviewService.recentActivity(int)",
      "ReviewService.myClients(int,int)", "ReviewService.myClientCount()",
      "NotificationService.open(long)", "NotificationService.latest(int)", "NotificationService.unread()",
      "NotificationService.markAllRead()", "NotificationService.preferMail(MailPreference)", "NotificationService.mailPreference()",
      "Reminders.peopleToRemind(LocalDate)", "Reminders.remind(long,LocalDate)"})
  void signedInToANothingOfBsHomeworkCommentsOrNotificationsCanBeReadOrChanged(TestInfo test) {
    TestTenant a = fixtures.tenant("iso-hw-a");
    Target b = seed(fixtures.tenant("iso-hw-b"));
    long bPlanId = b.plan().getId();
    long bAssigned = b.assigned();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate later = today.plusDays(30);
    Set<Object> bPeople = Rows.ofTenant(dataSource, "account", b.t().tenantId()).stream().map(p -> p.get("id")).collect(Collectors.toSet());
    Map<String, List<Map<String, Object>>> before = rowsOf(b.t());

    acting.as(a.consultant(), TestTenant.CONSULTANT);
    try (CallRecorder.Recording calls = CallRecorder.start()) {
      // A: homework of its own, waiting for review
      TemplateVersion aV1 = templates.create("A's strategy", null);
      TemplateSection aSection = templates.addSection(aV1.getId(), "Why", null);
      TemplateQuestion aWhy = templates.ask(aSection.getId(), QuestionKind.SHORT_TEXT, "Why?", null, true, QuestionSettings.NONE);
      templates.publish(aV1.getId());
      long aPlanId = plans.create(a.clientId(), aV1.getId(), "A's plan").getId();
      long aAssigned = homework.assign(aPlanId, List.of(aSection.getId()), today.plusDays(7), null).getSections().get(0).getId();
      acting.as(a.member(), TestTenant.CLIENT);
      plans.saveAnswer(aPlanId, aWhy.getKey(), new AnswerValue.Text("A's answer"),
          plans.editor(aPlanId).answer(aWhy.getKey()).orElseThrow().getVersion());
      homework.submit(aAssigned);

      acting.as(a.owner(), Groups.OWNER, Groups.CONSULTANT);
      Account aMember = clients.members(a.clientId()).get(0);

      // homework: B's section, plan and sections by id, and B's consultant as a reviewer
      assertTrue(homework.find(bAssigned).isEmpty());
      Failure.expect(UnknownEntityException.class, () -> homework.history(bAssigned));
      Failure.expect(UnknownEntityException.class, () -> homework.sinceLastAttempt(bAssigned));
      Failure.expect(UnknownEntityException.class, () -> homework.forPlan(bPlanId));
      Failure.expect(UnknownEntityException.class, () -> homework.assign(bPlanId, List.of(b.section().getId()), later, "Hijacked"));
      Failure.expect(UnknownEntityException.class,
          () -> homework.assign(aPlanId, List.of(b.section().getId()), later, "B's section in A's plan"));
      Failure.expect(UnknownEntityException.class, () -> homework.startReview(bAssigned));
      Failure.expect(UnknownEntityException.class, () -> homework.requestChanges(bAssigned));
      Failure.expect(UnknownEntityException.class, () -> homework.approve(bAssigned));
      Failure.expect(UnknownEntityException.class, () -> homework.reopen(bAssigned, later));
      Failure.expect(UnknownEntityException.class, () -> homework.extend(bAssigned, later));
      Failure.expect(UnknownEntityException.class, () -> homework.excuse(bAssigned));
      Failure.expect(UnknownEntityException.class, () -> homework.reassignReviewer(bAssigned, a.consultantId()));
      Failure.expect(UnknownEntityException.class, () -> homework.reassignReviewer(aAssigned, b.t().consultantId()));
      // the hook PlanService calls, handed B's plan and question: finds no homework of B's to move
      homework.answerChanged(b.plan(), b.why(), aMember);

      // reviews: B's comments, threads, queue and activity
      Failure.expect(UnknownEntityException.class, () -> reviews.comments(bAssigned));
      Failure.expect(UnknownEntityException.class, () -> reviews.comment(bAssigned, b.why().getKey(), "Hijacked"));
      Failure.expect(UnknownEntityException.class, () -> reviews.reply(b.comment(), "Hijacked"));
      Failure.expect(UnknownEntityException.class, () -> reviews.reply(b.reply(), "Hijacked"));
      assertEquals(List.of(aAssigned), reviews.queue(null, null, 0, 100).stream().map(QueueRow::id).toList());
      assertEquals(1, reviews.queueCount(null, null));
      assertTrue(reviews.queue(b.t().clientId(), null, 0, 100).isEmpty());
      assertEquals(0, reviews.queueCount(b.t().clientId(), null));
      assertEquals(List.of(aAssigned), reviews.queue(new QueueFilter(null, null, later), 0, 100).stream().map(QueueRow::id).toList());
      assertTrue(reviews.queue(new QueueFilter(b.t().clientId(), null, later), 0, 100).isEmpty());
      assertEquals(0, reviews.queueCount(new QueueFilter(b.t().clientId(), null, null)));
      Set<Object> aSteps = Rows.ofTenant(dataSource, "section_transition", a.tenantId()).stream().map(t -> t.get("id")).collect(Collectors.toSet());
      assertFalse(aSteps.isEmpty());
      assertEquals(aSteps, reviews.recentActivity(100).stream().map(SectionTransition::getId).collect(Collectors.toSet()));
      assertEquals(List.of(a.clientId()), reviews.myClients(0, 100).stream().map(ClientRow::clientId).toList());
      assertEquals(1, reviews.myClientCount());

      // notifications: B's by id, in the bell, marked read
      for (long note : b.memberNotes()) {
        Failure.expect(UnknownEntityException.class, () -> notifications.open(note));
      }
      for (long note : b.consultantNotes()) {
        Failure.expect(UnknownEntityException.class, () -> notifications.open(note));
      }
      assertTrue(notifications.latest(100).stream().noneMatch(n -> b.memberNotes().contains(n.getId()) || b.consultantNotes().contains(n.getId())));
      assertEquals(0, notifications.unread());
      assertEquals(0, notifications.markAllRead());

      // reminders in A's scope: B's people are not among those to remind, and B's member, named, gets nothing
      assertTrue(Collections.disjoint(bPeople, TenantScope.callAs(a.tenantId(), () -> reminders.peopleToRemind(today))));
      assertFalse(TenantScope.callAs(a.tenantId(), () -> reminders.remind(b.t().memberId(), today.plusDays(1))));
      assertTrue(Rows.ofTenant(dataSource, "digest_sent", a.tenantId()).stream().noneMatch(d -> bPeople.contains(d.get("account_id"))));

      // A's consultant, who has notifications of their own, reads and clears only those
      acting.as(a.consultant(), TestTenant.CONSULTANT);
      assertEquals(1, notifications.unread());
      assertTrue(notifications.latest(100).stream().allMatch(n -> n.getTenantId().equals(a.tenantId())));
      Failure.expect(UnknownEntityException.class, () -> notifications.open(b.consultantNotes().get(0)));
      assertEquals(1, notifications.markAllRead());

      // a client member of A: B's section, thread and notifications are not there; the mail preference is A's member's own
      acting.as(a.member(), TestTenant.CLIENT);
      Failure.expect(UnknownEntityException.class, () -> homework.submit(bAssigned));
      Failure.expect(UnknownEntityException.class, () -> homework.withdraw(bAssigned));
      assertTrue(homework.find(bAssigned).isEmpty());
      Failure.expect(UnknownEntityException.class, () -> homework.history(bAssigned));
      Failure.expect(UnknownEntityException.class, () -> reviews.comments(bAssigned));
      Failure.expect(UnknownEntityException.class, () -> reviews.reply(b.comment(), "Hijacked"));
      assertEquals(List.of(aAssigned), homework.myHomework().stream().map(AssignedSection::getId).toList());
      for (long note : b.memberNotes()) {
        Failure.expect(UnknownEntityException.class, () -> notifications.open(note));
      }
      assertEquals(List.of(), notifications.latest(100).stream().map(Notification::getId).filter(b.memberNotes()::contains).toList());
      notifications.markAllRead();
      assertEquals(MailPreference.IMMEDIATE, notifications.mailPreference(), "B's member reads a digest, A's does not");
      notifications.preferMail(MailPreference.DAILY_DIGEST);
      assertEquals(MailPreference.DAILY_DIGEST, notifications.mailPreference());

      // a caller key that names A with B's member's id (no sign-in makes one): no account, no bell
      acting.as(CallerKey.ofAccount(a.tenantId(), b.t().memberId()), TestTenant.CLIENT);
      Failure.expect(UnknownEntityException.class, () -> notifications.mailPreference());
      Failure.expect(UnknownEntityException.class, () -> notifications.preferMail(MailPreference.IMMEDIATE));
      assertEquals(0, notifications.unread());

      calls.assertExactly(listed(test));
    }

    // B is untouched, row for row, and no mail reached B's people from A
    assertEquals(before, rowsOf(b.t()));
    acting.as(b.t().member(), TestTenant.CLIENT);
    assertEquals(b.memberNotes().size(), notifications.unread());
    assertEquals(List.of(bAssigned), homework.myHomework().stream().map(AssignedSection::getId).toList());
    assertEquals(List.of(b.comment(), b.reply()), reviews.comments(bAssigned).stream().map(QuestionComment::getId).toList());
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
    Failure.expect(EJBAccessException.class, () -> clients.find(other.getId()));
    Failure.expect(EJBAccessException.class, () -> clients.members(other.getId()));
  }

  /** What B holds for A to aim at. */
  private record Target(TestTenant t, String invitationToken, String resetToken, TemplateVersion published, TemplateVersion newer,
      TemplateVersion draft, TemplateSection section, TemplateSection draftSection, TemplateQuestion why, TemplateQuestion metric,
      Plan plan, PlanAnswer answer, long assigned, long comment, long reply, List<Long> memberNotes, List<Long> consultantNotes) {}

  /**
   * Gives B rows in every tenant table, mail and open links: a logo, a pending invitation and a
   * reset link, its own platforms and starter template, a template with a published version, a
   * newer one and a draft, a plan with answers, a revision and a check-in, a section out as
   * homework (submitted, commented on, sent back, a reply in the thread), notifications, and a
   * member who reads a daily digest and got today's.
   */
  private Target seed(TestTenant b) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(b.owner(), TestTenant.OWNER);
      branding.uploadLogo(LogoImage.check(PNG));
      platforms.replace(List.of("LinkedIn", "Mastodon"));
      starter.ensure();
      staff.invite(EmailAddress.of("pending@b.example"), "Pending in B", Roles.of(Role.CONSULTANT));
      String invitation = tokenIn(mailbox, "pending@b.example");
      TenantScope.runAs(b.tenantId(), () -> signIn.requestPasswordReset(b.consultancyId(), EmailAddress.of(b.ownerEmail())));
      String reset = tokenIn(mailbox, b.ownerEmail());
      assertTrue(TenantScope.callAs(b.tenantId(), () -> signIn.invitee(invitation)).isPresent(), "B's invitation is open in B");
      assertTrue(TenantScope.callAs(b.tenantId(), () -> signIn.isResetLinkOpen(reset)), "B's reset link is open in B");

      acting.as(b.member(), TestTenant.CLIENT);
      notifications.preferMail(MailPreference.DAILY_DIGEST);

      acting.as(b.consultant(), TestTenant.CONSULTANT);
      TemplateVersion published = templates.create("B's strategy", null);
      TemplateSection section = templates.addSection(published.getId(), "Why", null);
      TemplateQuestion why = templates.ask(section.getId(), QuestionKind.LONG_TEXT, "Why?", null, true, QuestionSettings.NONE);
      TemplateQuestion metric = templates.ask(section.getId(), QuestionKind.METRIC_DEFINITION, "Main metric", null, true, QuestionSettings.NONE);
      templates.publish(published.getId());
      Plan plan = plans.create(b.clientId(), published.getId(), "B's secret plan");
      plans.saveAnswer(plan.getId(), metric.getKey(), new AnswerValue.MetricDefinition("Orders", null, BigDecimal.TEN, Cadence.WEEKLY),
          plans.editor(plan.getId()).answer(metric.getKey()).orElseThrow().getVersion());
      revisions.mark(plan.getId(), "B's first revision");
      checkIns.record(plan.getId(), metric.getKey(), today.minusDays(1), BigDecimal.ONE);
      // a newer published version, so that moving B's plan is a real possibility for B, not for A; and a draft B could still edit
      TemplateVersion newer = templates.newDraftFrom(published.getId());
      templates.publish(newer.getId());
      TemplateVersion draft = templates.newDraftFrom(newer.getId());
      TemplateSection draftSection = templates.version(draft.getId()).orElseThrow().getSections().get(0);
      long assigned = homework.assign(plan.getId(), List.of(section.getId()), today.plusDays(2), "B's message").getSections().get(0).getId();

      acting.as(b.member(), TestTenant.CLIENT);
      PlanAnswer answer = plans.saveAnswer(plan.getId(), why.getKey(), new AnswerValue.Text("B's secret"),
          plans.editor(plan.getId()).answer(why.getKey()).orElseThrow().getVersion());
      homework.submit(assigned);
      acting.as(b.consultant(), TestTenant.CONSULTANT);
      long comment = reviews.comment(assigned, why.getKey(), "B's reviewer asks").getId();
      homework.requestChanges(assigned);
      acting.as(b.member(), TestTenant.CLIENT);
      long reply = reviews.reply(comment, "B's member answers").getId();
      assertTrue(TenantScope.callAs(b.tenantId(), () -> reminders.remind(b.memberId(), today)), "B's member gets today's digest");
      List<Long> memberNotes = notifications.latest(10).stream().map(Notification::getId).toList();
      acting.as(b.consultant(), TestTenant.CONSULTANT);
      List<Long> consultantNotes = notifications.latest(10).stream().map(Notification::getId).toList();
      assertEquals(3, memberNotes.size(), "assigned, changes requested, due soon");
      assertEquals(2, consultantNotes.size(), "submitted, reply");
      return new Target(b, invitation, reset, published, newer, draft, section, draftSection, why, metric, plan, answer, assigned,
          comment, reply, memberNotes, consultantNotes);
    }
  }

  /**
   * B's rows in every tenant table, its consultancy row and the mail sent to its people; each must hold something,
   * since an empty table proves nothing.
   */
  private Map<String, List<Map<String, Object>>> rowsOf(TestTenant b) {
    List<String> tables = Rows.tenantTables(dataSource);
    assertTrue(tables.containsAll(List.of("account", "audit_entry", "digest_sent", "notification")), "tenant tables found: " + tables);
    Map<String, List<Map<String, Object>>> rows = Rows.snapshot(dataSource, b.tenantId(), tables.toArray(String[]::new));
    rows.put("consultancy", Rows.consultancy(dataSource, b.consultancyId()));
    rows.put("outbound_mail", Rows.mailTo(dataSource, rows.get("account").stream().map(p -> (String) p.get("email")).toList()));
    List<String> empty = rows.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    assertTrue(empty.isEmpty(), "B has no rows to protect in " + empty);
    return rows;
  }

  private void assertStoredIn(String table, TestTenant owner, long id) {
    assertTrue(Rows.ofTenant(dataSource, table, owner.tenantId()).stream().anyMatch(row -> Long.valueOf(id).equals(row.get("id"))),
        table + " " + id + " is " + owner.slug() + "'s");
  }

  private static String tokenIn(Mailbox mailbox, String address) {
    return URI.create(mailbox.linkIn(address)).getQuery().substring("token=".length());
  }

  private static String suffixOf(TestTenant t) {
    return t.slug().substring(t.slug().length() - 8);
  }

  private static Set<String> listed(TestInfo test) {
    return new TreeSet<>(List.of(test.getTestMethod().orElseThrow().getAnnotation(Exercises.class).value()));
  }

  /** A call the container refuses for want of a role, before any interceptor sees it. */
  private static void refused(Executable call, Class<?> service, String method, Class<?>... parameterTypes) {
    Failure.expect(EJBAccessException.class, call);
    CallRecorder.refused(service, method, parameterTypes);
  }
}
