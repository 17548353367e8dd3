package io.banyan.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.team.SignInOutcome;
import io.banyan.application.team.SignInService;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.CannotRedeemTokenException;
import io.banyan.domain.team.NewPassword;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.Slug;
import io.banyan.infrastructure.security.CallerKey;
import io.banyan.infrastructure.security.Groups;
import io.banyan.infrastructure.tenancy.TenantScope;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.Mailbox;
import io.banyan.it.support.Rows;
import io.banyan.it.support.TestTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform admin creates consultancies, whose owners follow a mailed link in; and suspends them. */
@ExtendWith(ArquillianExtension.class)
class ConsultancyServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("consultancies");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private ConsultancyService consultancies;
  @Inject private SignInService signIn;
  @Inject private AuditTrail audit;

  @Resource(lookup = "jdbc/banyan")
  private DataSource dataSource;

  @Test
  void createsAConsultancyWhoseOwnerSetsAPasswordThroughASingleUseMailedLink() {
    String slug = "acme-" + UUID.randomUUID().toString().substring(0, 8);
    String ownerEmail = "boss@" + slug + ".example";
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(CallerKey.ofPlatformAdmin(fixtures.platformAdmin()), Groups.PLATFORM_ADMIN);
      Consultancy created = consultancies.create("Acme Coaching", new Slug(slug), EmailAddress.of(ownerEmail));

      String link = mailbox.linkIn(ownerEmail);
      URI uri = URI.create(link);
      assertEquals("/t/" + slug + "/invitation", uri.getPath(), "the link opens the consultancy's invitation page");
      String token = uri.getQuery().substring("token=".length());
      assertTrue(token.length() >= 22, "at least 128 random bits");

      String tenant = created.tenantId();
      EmailAddress accepted = TenantScope.callAs(tenant, () -> signIn.acceptInvitation(token, new NewPassword("a-fine-password-1")));
      assertEquals(ownerEmail, accepted.value());

      SignInOutcome outcome = TenantScope.callAs(tenant, () -> signIn.verify(tenant, ownerEmail, "a-fine-password-1", "127.0.0.1"));
      assertTrue(outcome.person().isPresent());
      assertEquals(Set.of(Groups.OWNER), outcome.person().get().groups());
      assertEquals(tenant, outcome.person().get().key().tenantId());

      Failure.expect(CannotRedeemTokenException.class,
          () -> TenantScope.callAs(tenant, () -> signIn.acceptInvitation(token, new NewPassword("another-password-2"))));

      acting.as(outcome.person().get().key(), Groups.OWNER);
      assertTrue(audit.page(0, 50).stream().map(AuditEntry::getAction).toList()
          .containsAll(List.of(AuditAction.CONSULTANCY_CREATED, AuditAction.INVITATION_SENT, AuditAction.INVITATION_ACCEPTED)));
    }
  }

  @Test
  void refusesAUrlNameThatIsTaken() {
    TestTenant existing = fixtures.tenant("taken");
    acting.as(CallerKey.ofPlatformAdmin(fixtures.platformAdmin()), Groups.PLATFORM_ADMIN);
    BanyanException refused = Failure.expect(BanyanException.class,
        () -> consultancies.create("Copycat", new Slug(existing.slug()), EmailAddress.of("copy@cat.example")));
    assertTrue(refused.getMessage().contains("taken"));
  }

  @Test
  void aSuspendedConsultancysPeopleCannotSignInUntilItIsReactivated() {
    TestTenant t = fixtures.tenant("susp");
    acting.as(CallerKey.ofPlatformAdmin(fixtures.platformAdmin()), Groups.PLATFORM_ADMIN);

    consultancies.suspend(t.consultancyId());
    SignInOutcome whileSuspended = TenantScope.callAs(t.tenantId(), () -> signIn.verify(t.tenantId(), t.ownerEmail(), Fixtures.PASSWORD, "10.1.0.1"));
    assertTrue(whileSuspended.suspended());
    assertFalse(whileSuspended.person().isPresent());
    assertFalse(consultancies.bySlug(t.slug()).orElseThrow().isActive());

    Failure.expect(BanyanException.class,
        () -> TenantScope.callAs(t.tenantId(), () -> signIn.resetPassword("any-token", new NewPassword("another-password-1"))));

    consultancies.reactivate(t.consultancyId());
    SignInOutcome afterwards = TenantScope.callAs(t.tenantId(), () -> signIn.verify(t.tenantId(), t.ownerEmail(), Fixtures.PASSWORD, "10.1.0.1"));
    assertTrue(afterwards.person().isPresent());

    acting.as(t.owner(), Groups.OWNER);
    var actions = audit.page(0, 50).stream().map(AuditEntry::getAction).toList();
    assertTrue(actions.contains(AuditAction.CONSULTANCY_SUSPENDED) && actions.contains(AuditAction.CONSULTANCY_REACTIVATED));
  }

  @Test
  void onlyAPlatformAdminCreatesListsOrSuspendsConsultancies() {
    TestTenant t = fixtures.tenant("notadmin");
    acting.as(t.owner(), Groups.OWNER);
    Failure.expect(EJBAccessException.class, () -> consultancies.create("X", new Slug("x-" + t.slug()), EmailAddress.of("x@x.example")));
    Failure.expect(EJBAccessException.class, () -> consultancies.page(0, 10));
    Failure.expect(EJBAccessException.class, () -> consultancies.suspend(t.consultancyId()));
    assertEquals(t.consultancyId(), consultancies.mine().getId());
  }

  @Test
  void listsConsultanciesPageByPage() {
    TestTenant older = fixtures.tenant("list");
    TestTenant newer = fixtures.tenant("list");
    acting.as(CallerKey.ofPlatformAdmin(fixtures.platformAdmin()), Groups.PLATFORM_ADMIN);

    assertEquals(List.of(newer.consultancyId()), ids(consultancies.page(0, 1)), "the newest first");
    assertEquals(List.of(older.consultancyId()), ids(consultancies.page(1, 1)), "the one before on the next page");
    assertEquals(newer.slug(), consultancies.page(0, 1).get(0).getSlug().value());

    // walked page by page, the list holds every stored consultancy once
    List<Long> stored = Rows.all(dataSource, "consultancy").stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    assertEquals(stored.size(), consultancies.count());
    List<Long> walked = new ArrayList<>();
    for (int first = 0; first < stored.size() + 3; first += 3) {
      List<Consultancy> page = consultancies.page(first, 3);
      assertTrue(page.size() <= 3);
      walked.addAll(ids(page));
    }
    assertEquals(stored.size(), walked.size(), "no consultancy twice, none left out");
    assertEquals(Set.copyOf(stored), Set.copyOf(walked));
  }

  private static List<Long> ids(List<Consultancy> page) {
    return page.stream().map(Consultancy::getId).toList();
  }
}
