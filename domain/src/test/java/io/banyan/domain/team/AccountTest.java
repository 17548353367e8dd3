package io.banyan.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");
  private static final EmailAddress ANA = EmailAddress.of("ana@example.com");

  private static Account consultant() {
    return Account.staff(ANA, "Ana Pérez", Roles.of(Role.CONSULTANT), NOW);
  }

  private static Account member() {
    return Account.clientMember(ANA, "Ana Pérez", new ClientOrganisation("Bakery Ltd", NOW), NOW);
  }

  @Test
  void staffStartsInvitedWithoutPasswordAndCannotSignIn() {
    Account a = consultant();
    assertEquals(AccountStatus.INVITED, a.getStatus());
    assertEquals(Optional.empty(), a.passwordHash());
    assertFalse(a.canSignIn());
    assertFalse(a.isClientMember());
    assertNull(a.getOrganisation());
    assertEquals(Roles.of(Role.CONSULTANT), a.getRoles());
    assertEquals(ANA, a.getEmail());
    assertEquals(NOW, a.getCreatedAt());
  }

  @Test
  void staffRefusesClientRoles() {
    assertThrows(CannotChangeAccountException.class, () -> Account.staff(ANA, "Ana", Roles.client(), NOW));
  }

  @Test
  void ownerIsRecognised() {
    assertTrue(Account.staff(ANA, "Ana", Roles.of(Role.OWNER, Role.CONSULTANT), NOW).isOwner());
    assertFalse(consultant().isOwner());
  }

  @Test
  void aBlankNameFallsBackToTheEmailAddress() {
    assertEquals("ana@example.com", Account.staff(ANA, "  ", Roles.of(Role.OWNER), NOW).getDisplayName());
    assertEquals("ana@example.com", Account.staff(ANA, null, Roles.of(Role.OWNER), NOW).getDisplayName());
  }

  @Test
  void theNameIsTrimmed() {
    assertEquals("Ana", Account.staff(ANA, "  Ana ", Roles.of(Role.OWNER), NOW).getDisplayName());
  }

  @Test
  void clientMemberHoldsClientRoleAndBelongsToTheOrganisation() {
    ClientOrganisation bakery = new ClientOrganisation("Bakery Ltd", NOW);
    Account a = Account.clientMember(ANA, "Ana", bakery, NOW);
    assertTrue(a.isClientMember());
    assertSame(bakery, a.getOrganisation());
    assertEquals(Roles.client(), a.getRoles());
    assertFalse(a.isOwner());
    assertEquals(AccountStatus.INVITED, a.getStatus());
  }

  @Test
  void activateSetsThePasswordAndMakesItActive() {
    Account a = consultant();
    a.activate("hash-1");
    assertEquals(AccountStatus.ACTIVE, a.getStatus());
    assertEquals(Optional.of("hash-1"), a.passwordHash());
    assertTrue(a.canSignIn());
  }

  @Test
  void aDeactivatedAccountCannotBeActivated() {
    Account a = consultant();
    a.deactivate();
    assertThrows(CannotChangeAccountException.class, () -> a.activate("hash-1"));
    assertEquals(AccountStatus.DEACTIVATED, a.getStatus());
    assertEquals(Optional.empty(), a.passwordHash());
  }

  @Test
  void aDeactivatedAccountCannotSignInEvenWithAPassword() {
    Account a = consultant();
    a.activate("hash-1");
    a.deactivate();
    assertFalse(a.canSignIn());
  }

  @Test
  void changePasswordReplacesTheHashOfAnActiveAccount() {
    Account a = consultant();
    a.activate("hash-1");
    a.changePassword("hash-2");
    assertEquals(Optional.of("hash-2"), a.passwordHash());
    assertTrue(a.canSignIn());
  }

  @Test
  void changePasswordIsRefusedWhileInvited() {
    Account a = consultant();
    assertThrows(CannotChangeAccountException.class, () -> a.changePassword("hash-2"));
    assertEquals(Optional.empty(), a.passwordHash());
  }

  @Test
  void changePasswordIsRefusedWhenDeactivated() {
    Account a = consultant();
    a.activate("hash-1");
    a.deactivate();
    assertThrows(CannotChangeAccountException.class, () -> a.changePassword("hash-2"));
    assertEquals(Optional.of("hash-1"), a.passwordHash());
  }

  @Test
  void assignRolesChangesAStaffMembersRoles() {
    Account a = consultant();
    a.assignRoles(Roles.of(Role.OWNER, Role.INSTRUCTOR));
    assertEquals(Roles.of(Role.OWNER, Role.INSTRUCTOR), a.getRoles());
    assertTrue(a.isOwner());
  }

  @Test
  void assignRolesRefusesClientRolesForStaff() {
    Account a = consultant();
    assertThrows(CannotChangeAccountException.class, () -> a.assignRoles(Roles.client()));
    assertEquals(Roles.of(Role.CONSULTANT), a.getRoles());
  }

  @Test
  void assignRolesRefusesToMakeAClientMemberStaff() {
    Account a = member();
    assertThrows(CannotChangeAccountException.class, () -> a.assignRoles(Roles.of(Role.OWNER)));
    assertEquals(Roles.client(), a.getRoles());
  }

  @Test
  void assignRolesRefusesEvenClientRolesForAClientMember() {
    assertThrows(CannotChangeAccountException.class, () -> member().assignRoles(Roles.client()));
  }

  @Test
  void reactivateReturnsToInvitedWhenNoPasswordWasEverSet() {
    Account a = consultant();
    a.deactivate();
    a.reactivate();
    assertEquals(AccountStatus.INVITED, a.getStatus());
    assertFalse(a.canSignIn());
  }

  @Test
  void reactivateReturnsToActiveWhenAPasswordWasSet() {
    Account a = consultant();
    a.activate("hash-1");
    a.deactivate();
    a.reactivate();
    assertEquals(AccountStatus.ACTIVE, a.getStatus());
    assertTrue(a.canSignIn());
  }

  @Test
  void reactivateLeavesAnInvitedAccountInvited() {
    Account a = consultant();
    a.reactivate();
    assertEquals(AccountStatus.INVITED, a.getStatus());
  }


  @Test
  void renameTrims() {
    Account a = consultant();
    a.rename("  Ana P. ");
    assertEquals("Ana P.", a.getDisplayName());
  }

  @Test
  void aClientMemberWithoutAnOrganisationIsRefused() {
    assertThrows(CannotChangeAccountException.class,
        () -> Account.clientMember(EmailAddress.of("lost@client.example"), "Lost", null, NOW));
  }
}
