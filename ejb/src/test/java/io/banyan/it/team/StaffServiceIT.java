package io.banyan.it.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.team.SignInService;
import io.banyan.application.team.StaffService;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.AccountStatus;
import io.banyan.domain.team.CannotChangeAccountException;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import io.banyan.infrastructure.tenancy.TenantScope;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.Mailbox;
import io.banyan.it.support.TestTenant;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The owner's staff: invitations, roles, deactivation, and the rule of at least one owner. */
@ExtendWith(ArquillianExtension.class)
class StaffServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("staff");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private StaffService staff;
  @Inject private SignInService signIn;
  @Inject private AuditTrail audit;
  @Inject private io.banyan.application.team.AccessCheck access;

  private Account find(long id) {
    return staff.findStaff(id).orElseThrow();
  }

  @Test
  void anInvitedPersonGetsAMailedLinkAndWaitsAsInvitedWithTheirRoles() {
    TestTenant t = fixtures.tenant("staffinv");
    String email = "new-" + UUID.randomUUID().toString().substring(0, 6) + "@test.example";
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(t.owner(), TestTenant.OWNER);
      Account invited = staff.invite(EmailAddress.of(email), "Nina New", Roles.of(Role.CONSULTANT, Role.INSTRUCTOR));
      assertEquals(AccountStatus.INVITED, invited.getStatus());
      assertEquals(Roles.of(Role.CONSULTANT, Role.INSTRUCTOR), find(invited.getId()).getRoles());
      String link = mailbox.linkIn(email);
      assertTrue(link.contains("/t/" + t.slug() + "/invitation?token="));
      assertTrue(Mailbox.subjectOf(mailbox.to(email).get(0)).contains("invited"));
    }
  }

  @Test
  void anEmailThatAlreadyHasAnAccountHereIsRefused() {
    TestTenant t = fixtures.tenant("dup");
    acting.as(t.owner(), TestTenant.OWNER);
    CannotChangeAccountException refused = Failure.expect(CannotChangeAccountException.class,
        () -> staff.invite(EmailAddress.of(t.ownerEmail().toUpperCase()), "Again", Roles.of(Role.CONSULTANT)));
    assertTrue(refused.getMessage().contains("already has an account"));
  }

  @Test
  void rolesChangeWithTheVersionTheEditorSawAndAreAudited() {
    TestTenant t = fixtures.tenant("roles");
    acting.as(t.owner(), TestTenant.OWNER);
    Account consultant = find(t.consultantId());
    staff.changeRoles(t.consultantId(), consultant.getVersion(), Roles.of(Role.CONSULTANT, Role.OWNER));
    assertEquals(Roles.of(Role.CONSULTANT, Role.OWNER), find(t.consultantId()).getRoles());

    Failure.expect(ConcurrentChangeException.class,
        () -> staff.changeRoles(t.consultantId(), consultant.getVersion(), Roles.of(Role.INSTRUCTOR)));
    assertEquals(Roles.of(Role.CONSULTANT, Role.OWNER), find(t.consultantId()).getRoles(), "the stale edit changed nothing");

    AuditEntry latest = audit.page(0, 1).get(0);
    assertEquals(AuditAction.ROLES_CHANGED, latest.getAction());
    assertEquals(t.ownerEmail(), latest.getActor());
  }

  @Test
  void theLastActiveOwnerCanNeitherLoseTheRoleNorBeDeactivated() {
    TestTenant t = fixtures.tenant("lastowner");
    acting.as(t.owner(), TestTenant.OWNER);
    Account owner = find(t.ownerId());
    Failure.expect(CannotChangeAccountException.class, () -> staff.changeRoles(t.ownerId(), owner.getVersion(), Roles.of(Role.CONSULTANT)));
    Failure.expect(CannotChangeAccountException.class, () -> staff.deactivate(t.ownerId()));
    assertEquals(AccountStatus.ACTIVE, find(t.ownerId()).getStatus());

    Account consultant = find(t.consultantId());
    staff.changeRoles(t.consultantId(), consultant.getVersion(), Roles.of(Role.OWNER));
    staff.deactivate(t.ownerId());
    assertEquals(AccountStatus.DEACTIVATED, find(t.ownerId()).getStatus(), "allowed once another owner exists");
  }

  @Test
  void aDeactivatedPersonCannotSignInUntilReactivated() {
    TestTenant t = fixtures.tenant("deact");
    acting.as(t.owner(), TestTenant.OWNER);
    String email = find(t.instructorId()).getEmail().value();
    staff.deactivate(t.instructorId());
    assertFalse(TenantScope.callAs(t.tenantId(), () -> signIn.verify(t.tenantId(), email, Fixtures.PASSWORD, "10.3.0.1")).person().isPresent());
    staff.reactivate(t.instructorId());
    assertTrue(TenantScope.callAs(t.tenantId(), () -> signIn.verify(t.tenantId(), email, Fixtures.PASSWORD, "10.3.0.1")).person().isPresent());
  }

  @Test
  void staffListsOnlyStaffAndConsultantsListsOnlyActiveConsultants() {
    TestTenant t = fixtures.tenant("lists");
    acting.as(t.owner(), TestTenant.OWNER);
    assertTrue(staff.staff().stream().noneMatch(Account::isClientMember));
    assertEquals(3, staff.staff().size());
    assertEquals(java.util.List.of(t.consultantId()), staff.consultants().stream().map(Account::getId).toList());
    assertTrue(staff.findStaff(t.memberId()).isEmpty(), "a client member is not staff");
  }

  @Test
  void aSessionOpenedBeforeARoleChangeOrDeactivationNoLongerHoldsUp() {
    TestTenant t = fixtures.tenant("stale-session");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    assertTrue(access.stillSignedIn(java.util.Set.of(Role.CONSULTANT)).isPresent());
    assertFalse(access.stillSignedIn(java.util.Set.of(Role.CONSULTANT, Role.OWNER)).isPresent(), "no role the account does not hold");

    acting.as(t.owner(), TestTenant.OWNER);
    staff.changeRoles(t.consultantId(), find(t.consultantId()).getVersion(), Roles.of(Role.INSTRUCTOR));
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    assertFalse(access.stillSignedIn(java.util.Set.of(Role.CONSULTANT)).isPresent());

    acting.as(t.owner(), TestTenant.OWNER);
    staff.deactivate(t.instructorId());
    acting.as(t.instructor(), TestTenant.INSTRUCTOR);
    assertFalse(access.stillSignedIn(java.util.Set.of(Role.INSTRUCTOR)).isPresent());
  }

  @Test
  void onlyOwnersManageStaff() {
    TestTenant t = fixtures.tenant("notowner");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    Failure.expect(EJBAccessException.class, () -> staff.invite(EmailAddress.of("x@y.example"), "X", Roles.of(Role.OWNER)));
    Failure.expect(EJBAccessException.class, () -> staff.deactivate(t.ownerId()));
    Failure.expect(EJBAccessException.class, () -> staff.staff());
    acting.as(t.member(), TestTenant.CLIENT);
    Failure.expect(EJBAccessException.class, () -> staff.consultants());
  }
}
