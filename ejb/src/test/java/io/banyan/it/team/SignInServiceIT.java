package io.banyan.it.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.team.SignInOutcome;
import io.banyan.application.team.SignInService;
import io.banyan.application.team.StaffService;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.CannotRedeemTokenException;
import io.banyan.domain.team.NewPassword;
import io.banyan.domain.team.SignInThrottle;
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
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Passwords, refusals that all look alike, throttling, password reset by mail. */
@ExtendWith(ArquillianExtension.class)
class SignInServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("signin");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private SignInService signIn;
  @Inject private StaffService staff;
  @Inject private AuditTrail audit;

  @Resource(lookup = "jdbc/banyan")
  private DataSource dataSource;

  private static String address() {
    return "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
  }

  private SignInOutcome verify(TestTenant t, String email, String password, String address) {
    return TenantScope.callAs(t.tenantId(), () -> signIn.verify(t.tenantId(), email, password, address));
  }

  @Test
  void theRightPasswordSignsInWithTheTenantInThePrincipalAndTheRolesAsGroups() {
    TestTenant t = fixtures.tenant("right");
    SignInOutcome outcome = verify(t, "  " + t.ownerEmail().toUpperCase() + " ", Fixtures.PASSWORD, address());
    assertTrue(outcome.person().isPresent(), "e-mail matched whatever its case and spaces");
    assertEquals(t.owner(), outcome.person().get().key());
    assertEquals(Set.of(Groups.OWNER), outcome.person().get().groups());
  }

  @Test
  void signingInDoesNotTouchTheVersionAnEditorHolds() {
    TestTenant t = fixtures.tenant("version");
    acting.as(t.owner(), TestTenant.OWNER);
    Account before = staff.findStaff(t.consultantId()).orElseThrow();
    String email = before.getEmail().value();
    assertTrue(verify(t, email, Fixtures.PASSWORD, address()).person().isPresent());
    Account after = staff.findStaff(t.consultantId()).orElseThrow();
    assertEquals(before.getVersion(), after.getVersion());
    staff.changeRoles(t.consultantId(), before.getVersion(), io.banyan.domain.team.Roles.of(io.banyan.domain.team.Role.INSTRUCTOR));
  }

  @Test
  void aWrongPasswordAnUnknownEmailAndADeactivatedAccountAreRefusedAlike() {
    TestTenant t = fixtures.tenant("alike");
    acting.as(t.owner(), TestTenant.OWNER);
    staff.deactivate(t.consultantId());
    String consultantEmail = staff.staff().stream().filter(a -> a.getId() == t.consultantId()).findFirst().orElseThrow().getEmail().value();

    SignInOutcome wrongPassword = verify(t, t.ownerEmail(), "not-the-password", address());
    SignInOutcome unknownEmail = verify(t, "nobody@nowhere.example", Fixtures.PASSWORD, address());
    SignInOutcome deactivated = verify(t, consultantEmail, Fixtures.PASSWORD, address());

    assertEquals(wrongPassword, unknownEmail);
    assertEquals(wrongPassword, deactivated);
    assertFalse(wrongPassword.person().isPresent());
    assertFalse(wrongPassword.throttled());
  }

  @Test
  void fiveFailuresForOneEmailThrottleEvenTheRightPassword() {
    TestTenant t = fixtures.tenant("throttle");
    for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
      assertFalse(verify(t, t.ownerEmail(), "guess-" + i, address()).throttled());
    }
    SignInOutcome sixth = verify(t, t.ownerEmail(), Fixtures.PASSWORD, address());
    assertTrue(sixth.throttled());
    assertFalse(sixth.person().isPresent());

    acting.as(t.owner(), TestTenant.OWNER);
    List<AuditAction> actions = audit.page(0, 50).stream().map(AuditEntry::getAction).toList();
    assertEquals(SignInThrottle.MAX_FAILURES, actions.stream().filter(a -> a == AuditAction.SIGN_IN_FAILED).count());
    assertTrue(actions.contains(AuditAction.SIGN_IN_THROTTLED));
  }

  @Test
  void aSuccessfulSignInIsAudited() {
    TestTenant t = fixtures.tenant("audited");
    verify(t, t.ownerEmail(), Fixtures.PASSWORD, "10.20.30.40");
    acting.as(t.owner(), TestTenant.OWNER);
    AuditEntry entry = audit.page(0, 1).get(0);
    assertEquals(AuditAction.SIGNED_IN, entry.getAction());
    assertEquals(t.ownerEmail(), entry.getActor());
    assertTrue(entry.getDetail().contains("10.20.30.40"));
  }

  @Test
  void passwordsAreStoredAsPbkdf2WithSha512At210000IterationsAndA32ByteSaltOfTheirOwn() {
    TestTenant t = fixtures.tenant("hash");
    String same = "the-same-password-1";
    List<String> emails = List.of(newcomer(), newcomer());
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(t.owner(), TestTenant.OWNER);
      for (String email : emails) {
        staff.invite(EmailAddress.of(email), "Newcomer " + email.substring(9, 17), io.banyan.domain.team.Roles.of(io.banyan.domain.team.Role.INSTRUCTOR));
        String token = URI.create(mailbox.linkIn(email)).getQuery().substring("token=".length());
        TenantScope.callAs(t.tenantId(), () -> signIn.acceptInvitation(token, new NewPassword(same)));
      }
    }

    List<String> stored = emails.stream().map(email -> storedHash(t, email)).toList();
    for (String hash : stored) {
      String[] parts = hash.split(":");
      assertEquals("PBKDF2WithHmacSHA512", parts[0]);
      assertTrue(Integer.parseInt(parts[1]) >= 210_000, hash);
      assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
      assertEquals(64, Base64.getDecoder().decode(parts[3]).length);
      assertFalse(hash.contains(same));
    }
    assertNotEquals(stored.get(0).split(":")[2], stored.get(1).split(":")[2], "one password, two salts");
    assertNotEquals(stored.get(0), stored.get(1));
    for (String email : emails) {
      assertTrue(verify(t, email, same, address()).person().isPresent());
    }
  }

  @Test
  void theFixturesGiveEveryAccountASaltOfItsOwnThatSignsIn() {
    TestTenant t = fixtures.tenant("salts");
    List<String> hashes = Rows.ofTenant(dataSource, "account", t.tenantId()).stream()
        .map(r -> String.valueOf(r.get("password_hash")))
        .toList();
    assertEquals(4, hashes.size(), "owner, consultant, instructor and client member");
    assertEquals(hashes.size(), hashes.stream().map(h -> h.split(":")[2]).distinct().count(), "no salt shared: " + hashes);
    assertTrue(verify(t, t.ownerEmail(), Fixtures.PASSWORD, address()).person().isPresent());
    assertTrue(verify(t, t.memberEmail(), Fixtures.PASSWORD, address()).person().isPresent());
  }

  @Test
  void aResetLinkByMailSetsANewPasswordOnce() {
    TestTenant t = fixtures.tenant("reset");
    try (Mailbox mailbox = Mailbox.start()) {
      TenantScope.runAs(t.tenantId(), () -> signIn.requestPasswordReset(t.consultancyId(), EmailAddress.of(t.ownerEmail())));
      URI link = URI.create(mailbox.linkIn(t.ownerEmail()));
      assertEquals("/t/" + t.slug() + "/reset", link.getPath());
      String token = link.getQuery().substring("token=".length());

      assertTrue(TenantScope.callAs(t.tenantId(), () -> signIn.isResetLinkOpen(token)));
      TenantScope.callAs(t.tenantId(), () -> signIn.resetPassword(token, new NewPassword("brand-new-secret-9")));

      assertTrue(verify(t, t.ownerEmail(), "brand-new-secret-9", address()).person().isPresent());
      assertFalse(verify(t, t.ownerEmail(), Fixtures.PASSWORD, address()).person().isPresent());
      Failure.expect(CannotRedeemTokenException.class,
          () -> TenantScope.callAs(t.tenantId(), () -> signIn.resetPassword(token, new NewPassword("third-secret-999"))));
    }
  }

  @Test
  void aResetForAnUnknownEmailSendsNothingAndSaysNothing() {
    TestTenant t = fixtures.tenant("noreset");
    String stranger = "stranger-" + UUID.randomUUID() + "@nowhere.example";
    try (Mailbox mailbox = Mailbox.start()) {
      TenantScope.runAs(t.tenantId(), () -> signIn.requestPasswordReset(t.consultancyId(), EmailAddress.of(stranger)));
      assertTrue(mailbox.to(stranger).isEmpty());
    }
  }

  @Test
  void anInvitationLinkGreetsItsPersonAndStopsWorkingOnceUsed() {
    TestTenant t = fixtures.tenant("invite");
    String email = "newbie-" + UUID.randomUUID().toString().substring(0, 6) + "@test.example";
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(t.owner(), TestTenant.OWNER);
      staff.invite(EmailAddress.of(email), "New Person", io.banyan.domain.team.Roles.of(io.banyan.domain.team.Role.INSTRUCTOR));
      String token = URI.create(mailbox.linkIn(email)).getQuery().substring("token=".length());

      assertEquals("New Person", TenantScope.callAs(t.tenantId(), () -> signIn.invitee(token)).orElseThrow().getDisplayName());
      assertFalse(verify(t, email, "whatever-password", address()).person().isPresent(), "no password yet");

      TenantScope.callAs(t.tenantId(), () -> signIn.acceptInvitation(token, new NewPassword("my-own-password-1")));
      assertTrue(TenantScope.callAs(t.tenantId(), () -> signIn.invitee(token)).isEmpty());
      assertEquals(Set.of(Groups.INSTRUCTOR), verify(t, email, "my-own-password-1", address()).person().orElseThrow().groups());
    }
  }

  @Test
  void aPlatformAdminSignsInOnlyWithTheirOwnPassword() {
    long adminId = fixtures.platformAdmin();
    String email = adminEmail(adminId);
    assertTrue(signIn.verifyPlatformAdmin(email, Fixtures.PASSWORD, address()).person().isPresent());
    assertFalse(signIn.verifyPlatformAdmin(email, "wrong-password", address()).person().isPresent());
  }

  private String adminEmail(long id) {
    try (var c = dataSource.getConnection(); var ps = c.prepareStatement("select email from platform_admin where id = ?")) {
      ps.setLong(1, id);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String newcomer() {
    return "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
  }

  private String storedHash(TestTenant t, String email) {
    return Rows.ofTenant(dataSource, "account", t.tenantId()).stream()
        .filter(r -> email.equals(r.get("email")))
        .map(r -> String.valueOf(r.get("password_hash")))
        .findFirst()
        .orElseThrow();
  }
}
